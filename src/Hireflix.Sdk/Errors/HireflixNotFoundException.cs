namespace Hireflix.Sdk;

/// <summary>
/// The position or interview an id names does not exist, or this API key cannot see it. Catch this to handle both alike;
/// <see cref="PositionNotFoundException"/> and <see cref="InterviewNotFoundException"/> tell them apart.
/// </summary>
public abstract class HireflixNotFoundException : HireflixApiErrorException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errorName">The error's name (Hireflix's type name where it sends one).</param>
    /// <param name="code">The numeric code Hireflix gave, if any.</param>
    /// <param name="serverMessage">The message Hireflix gave, if any.</param>
    /// <param name="fallbackMessage">The message to use when Hireflix gave none.</param>
    private protected HireflixNotFoundException(string errorName, int? code, string? serverMessage, string fallbackMessage)
        : base(errorName, code, serverMessage, fallbackMessage)
    {
    }
}
