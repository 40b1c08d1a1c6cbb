namespace Hireflix.Sdk.Transport;

/// <summary>
/// What the attempts of one call leave open, for the callers whose recovery depends on it (delete, invite): the retry
/// pipeline fills it in, the caller reads it after the call returns or throws. It is a fact about the call, so it lives
/// beside the call instead of being copied onto whichever exception ends it.
/// </summary>
internal sealed class AttemptRecord
{
    /// <summary>True once an attempt failed in a way that leaves open whether the server executed it (5xx, timeout, reset) and was retried.</summary>
    public bool EarlierAttemptMayHaveExecuted { get; set; }
}
