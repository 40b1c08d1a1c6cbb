namespace Hireflix.Sdk;

/// <summary>Hireflix answered <c>null</c> for the interview id: it does not exist or this API key cannot see it.</summary>
public sealed class InterviewNotFoundException(string message) : HireflixException(message);
