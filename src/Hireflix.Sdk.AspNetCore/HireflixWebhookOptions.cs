namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// Settings of the Hireflix webhook endpoint, registered with
/// <see cref="HireflixWebhookServiceCollectionExtensions.AddHireflixWebhooks(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{HireflixWebhookOptions})"/>
/// and validated when the host starts.
/// </summary>
public sealed class HireflixWebhookOptions
{
    /// <summary>The default <see cref="MaxBodyBytes"/>: 1 MiB, far above any Hireflix delivery.</summary>
    public const int DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>The largest accepted <see cref="MaxBodyBytes"/> (1 GiB).</summary>
    public const int MaxBodyBytesUpperLimit = 1024 * 1024 * 1024;

    /// <summary>
    /// The webhook secrets ("Reveal Key" in the Hireflix dashboard). A delivery signed with any of them is
    /// accepted, so during a rotation list both the new and the old secret, then remove the old one.
    /// At least one is required. Configuration key: <c>Secrets</c> (an array).
    /// </summary>
    public IList<string> Secrets { get; set; } = new List<string>();

    /// <summary>
    /// The largest body read, in bytes; a larger <c>Content-Length</c>, or a body that grows past it,
    /// is answered 413 without being buffered. Default <see cref="DefaultMaxBodyBytes"/>.
    /// </summary>
    public int MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>
    /// The longest the whole body may take to arrive, from the first read to the last byte; a slower sender is
    /// answered 408. Kestrel's own minimum data rate (240 bytes/s) lets a trickling sender hold a connection for
    /// an hour, so this deadline is what bounds it. Hireflix posts a few KB at once. Default 10 seconds.
    /// </summary>
    public TimeSpan BodyReadTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a processed delivery is remembered to drop redeliveries of it. Hireflix signs no timestamp,
    /// so this window is also the replay protection. Default 24 hours.
    /// </summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a delivery stays claimed while its handler runs. A redelivery arriving meanwhile is answered 503
    /// with <c>Retry-After</c>; if the receiver dies mid-handler, the claim expires after this and the next
    /// redelivery runs the handler. Make it longer than your slowest handler. Default 2 minutes.
    /// </summary>
    public TimeSpan ProcessingLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Computes the de-duplication key of a delivery. Default <see cref="HireflixWebhookDeliveryKeys.Default"/>
    /// (read its remarks for what it assumes about Hireflix's payloads).
    /// </summary>
    public HireflixWebhookDeliveryKeySelector DeliveryKey { get; set; } = HireflixWebhookDeliveryKeys.Default;
}
