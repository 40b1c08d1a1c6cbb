namespace Hireflix.Sdk.Testing;

/// <summary>When an injected fault strikes relative to the GraphQL operation.</summary>
public enum FaultTiming
{
    /// <summary>The fault replaces the request: the operation never runs, so nothing changes on the server.</summary>
    BeforeExecution,

    /// <summary>The operation runs (its side effect happens) and then the fault replaces the response: the client never learns the outcome.</summary>
    AfterExecution,
}

/// <summary>
/// A transport fault served to one request, for resilience tests. Combine <see cref="Delay"/> with a
/// <see cref="StatusCode"/> or <see cref="DropConnection"/>, or use it alone for plain latency.
/// </summary>
public sealed record FakeFault
{
    /// <summary>Latency added before the response (real time, not the data clock, so it also elapses under a frozen fake clock).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>HTTP status to answer with instead of the GraphQL response (e.g. 500, 502, 503, 504, 408, 429).</summary>
    public int? StatusCode { get; init; }

    /// <summary>Value of the <c>Retry-After</c> header sent with <see cref="StatusCode"/> (seconds or an HTTP date).</summary>
    public string? RetryAfter { get; init; }

    /// <summary>Abort the connection instead of answering (the client sees a network error).</summary>
    public bool DropConnection { get; init; }

    /// <summary>Before (no side effect) or after (side effect, response lost) the operation executes.</summary>
    public FaultTiming Timing { get; init; } = FaultTiming.BeforeExecution;

    /// <summary>Only requests for this GraphQL operation name are affected; <see langword="null"/> matches any request.</summary>
    public string? OperationName { get; init; }

    /// <summary>A fault answering <paramref name="statusCode"/>, optionally with a <c>Retry-After</c> header.</summary>
    /// <param name="statusCode">HTTP status code.</param>
    /// <param name="retryAfter">Optional <c>Retry-After</c> value.</param>
    /// <returns>The fault.</returns>
    public static FakeFault Status(int statusCode, string? retryAfter = null) => new() { StatusCode = statusCode, RetryAfter = retryAfter };

    /// <summary>A fault that aborts the connection.</summary>
    /// <returns>The fault.</returns>
    public static FakeFault Drop() => new() { DropConnection = true };

    /// <summary>A fault that only adds latency; the request is then served normally.</summary>
    /// <param name="delay">Added latency.</param>
    /// <returns>The fault.</returns>
    public static FakeFault Latency(TimeSpan delay) => new() { Delay = delay };
}
