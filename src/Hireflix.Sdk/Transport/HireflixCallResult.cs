namespace Hireflix.Sdk.Transport;

/// <summary>The typed data of a call, with what its retries tell.</summary>
internal readonly record struct HireflixCallResult<TData>(TData Data, int Attempts, bool EarlierAttemptMayHaveExecuted);
