namespace Hireflix.Sdk.Webhooks;

/// <summary>
/// Base type of every error raised while receiving a Hireflix webhook delivery.
/// Messages never contain the delivery body, candidate data or secrets.
/// </summary>
public class HireflixWebhookException : HireflixException
{
    /// <summary>Creates the exception with a default message.</summary>
    public HireflixWebhookException()
        : base("The Hireflix webhook delivery could not be processed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong; must not contain body content or secrets.</param>
    public HireflixWebhookException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong; must not contain body content or secrets.</param>
    /// <param name="innerException">The cause.</param>
    public HireflixWebhookException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
