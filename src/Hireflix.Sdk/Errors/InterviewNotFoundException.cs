namespace Hireflix.Sdk;

/// <summary>
/// Hireflix answered <c>null</c> (or a 404 error) for the interview id: it does not exist or this API key cannot see it.
/// Hireflix sends no error type for it, so <see cref="HireflixApiErrorException.ErrorName"/> is <c>InterviewNotFound</c>.
/// </summary>
/// <param name="message">What happened.</param>
public sealed class InterviewNotFoundException(string message) : HireflixNotFoundException("InterviewNotFound", null, message, "Interview not found.");
