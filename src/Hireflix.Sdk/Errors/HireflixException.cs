namespace Hireflix.Sdk;

/// <summary>
/// The root of every error the SDK raises for a failed Hireflix call: transport, HTTP, GraphQL and API errors.
/// Messages never contain the API key or candidate data.
/// </summary>
public class HireflixException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public HireflixException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public HireflixException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The GraphQL operation that failed, when known (e.g. <c>GetPositions</c>).</summary>
    public string? OperationName { get; init; }
}
