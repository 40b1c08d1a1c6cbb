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
    /// How long a processed delivery is remembered to drop redeliveries of it. Hireflix signs no timestamp,
    /// so this window is also the replay protection. Default 24 hours.
    /// </summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(24);
}
