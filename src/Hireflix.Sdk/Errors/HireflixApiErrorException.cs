namespace Hireflix.Sdk;

/// <summary>
/// Hireflix answered with one of its typed error results (errors as data, HTTP 200), such as
/// <c>PositionNotFoundError</c>. Each kind has its own subclass so callers can catch exactly what they handle.
/// These answers are deterministic: retrying the same call gives the same error.
/// </summary>
public abstract class HireflixApiErrorException : HireflixException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errorName">The GraphQL type name of the error (e.g. <c>PositionNotFoundError</c>).</param>
    /// <param name="code">The numeric code Hireflix gave, if any.</param>
    /// <param name="serverMessage">The message Hireflix gave, if any.</param>
    /// <param name="fallbackMessage">The message to use when Hireflix gave none.</param>
    protected HireflixApiErrorException(string errorName, int? code, string? serverMessage, string fallbackMessage)
        : base(string.IsNullOrWhiteSpace(serverMessage) ? fallbackMessage : serverMessage)
    {
        ErrorName = errorName;
        Code = code;
    }

    /// <summary>The GraphQL type name of the error, e.g. <c>PositionNotFoundError</c>.</summary>
    public string ErrorName { get; }

    /// <summary>The numeric code Hireflix gave (e.g. 404), if any.</summary>
    public int? Code { get; }
}
