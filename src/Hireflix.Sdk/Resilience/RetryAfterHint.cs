namespace Hireflix.Sdk.Resilience;

/// <summary>
/// Reads <c>Retry-After</c> as a wait worth honouring. A date already past (clock skew, a stale cache) or a zero
/// delay asks for no particular wait, so it gives null: the normal exponential back-off applies, instead of the
/// zero back-off that let a server turn every retry into an immediate resend.
/// </summary>
internal static class RetryAfterHint
{
    public static TimeSpan? Wait(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait > TimeSpan.Zero ? wait : null;
    }

    /// <summary>True when the server asks for a longer wait than what is left of the operation's TotalTimeout.</summary>
    public static bool ExceedsRemaining(HttpResponseMessage response, TimeProvider time, long startedTimestamp, TimeSpan totalTimeout) =>
        Wait(response, time) is { } wait && wait > totalTimeout - time.GetElapsedTime(startedTimestamp);
}
