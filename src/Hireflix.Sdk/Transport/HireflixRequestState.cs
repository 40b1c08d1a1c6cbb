namespace Hireflix.Sdk.Transport;

/// <summary>
/// Per-call state carried on the request through the resilience pipeline: the retry rule to apply and what the
/// attempts so far tell about whether the server may already have executed the operation.
/// </summary>
internal sealed class HireflixRequestState(string operationName, HireflixRetryMode retryMode, int maxResponseSize, AttemptRecord? attempts)
{
    public static readonly HttpRequestOptionsKey<HireflixRequestState> Key = new("Hireflix.RequestState");

    public string OperationName { get; } = operationName;

    public HireflixRetryMode RetryMode { get; } = retryMode;

    /// <summary>The calling client's <see cref="HireflixClientOptions.MaxResponseSize"/>: the handler is shared, the cap is per client.</summary>
    public int MaxResponseSize { get; } = maxResponseSize;

    /// <summary>When the call started (<see cref="TimeProvider.GetTimestamp"/>), to tell what remains of TotalTimeout.</summary>
    public long StartedTimestamp { get; init; }

    /// <summary>Where the retries record what they leave open, when the caller asked (null otherwise: nothing to record).</summary>
    public AttemptRecord? Attempts { get; } = attempts;
}
