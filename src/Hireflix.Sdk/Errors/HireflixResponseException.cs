namespace Hireflix.Sdk;

/// <summary>
/// Hireflix's answer could not be read: not JSON, cut short, or not the shape the operation expects.
/// The call may have taken effect on the server.
/// </summary>
public sealed class HireflixResponseException : HireflixException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong with the response.</param>
    /// <param name="innerException">The parsing error.</param>
    public HireflixResponseException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
