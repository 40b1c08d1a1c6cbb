namespace Hireflix.Sdk.Testing.Webhooks;

/// <summary>
/// How the fake delivers webhooks (<see cref="HireflixFakeServerOptions.Webhooks"/>): retries, back-off, timeouts
/// and the HTTP handler deliveries go through.
/// </summary>
public sealed class FakeWebhookOptions
{
    /// <summary>
    /// Retries after a failed attempt (a non-2xx answer, a connection failure or a timeout); 0 to 10. Default 3,
    /// so a delivery is tried at most 4 times and then abandoned.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Wait before the first retry; it doubles for each further retry, capped by <see cref="MaxRetryDelay"/>. Default 200 ms.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest wait between two attempts. Default 5 seconds.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one attempt may take before it counts as failed. Default 10 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The handler deliveries are sent through, e.g. a <c>TestServer</c>'s <c>CreateHandler()</c> to reach an
    /// in-memory receiver. The caller owns it (the fake does not dispose it). When <see langword="null"/> (default)
    /// the fake uses its own <see cref="SocketsHttpHandler"/>.
    /// </summary>
    public HttpMessageHandler? DeliveryHandler { get; set; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRetries, 10, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRetryDelay, TimeSpan.Zero, nameof(MaxRetryDelay));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(AttemptTimeout, TimeSpan.Zero, nameof(AttemptTimeout));
    }
}
