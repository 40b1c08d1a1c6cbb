namespace Hireflix.Sdk.Transport;

/// <summary>The typed data of a call, with what its retries tell: whether an earlier attempt may have run on the server.</summary>
internal readonly record struct HireflixCallResult<TData>(TData Data, bool EarlierAttemptMayHaveExecuted);
