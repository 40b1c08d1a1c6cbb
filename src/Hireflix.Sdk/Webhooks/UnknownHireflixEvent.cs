using System.Text.Json;

namespace Hireflix.Sdk.Webhooks;

/// <summary>
/// A delivery whose event name this SDK version does not know. Returned instead of failing so that
/// Hireflix adding an event never breaks a receiver; read <see cref="Data"/> to handle it yourself.
/// </summary>
public sealed class UnknownHireflixEvent : HireflixWebhookEvent
{
    /// <summary>Creates the event (parsers, tests and fakes).</summary>
    /// <param name="eventName">The envelope's <c>event</c> field.</param>
    /// <param name="occurredAt">The envelope's date, if any.</param>
    /// <param name="rawJson">The envelope as received; <c>default</c> when built in code.</param>
    /// <exception cref="ArgumentException"><paramref name="eventName"/> is null or empty.</exception>
    public UnknownHireflixEvent(string eventName, DateTimeOffset? occurredAt = null, JsonElement rawJson = default)
        : base(occurredAt, rawJson)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        EventName = eventName;
    }

    /// <inheritdoc />
    public override string EventName { get; }

    /// <summary>The envelope's <c>data</c> value, or null when absent. Contains candidate data: do not log it.</summary>
    public JsonElement? Data
        => RawJson.ValueKind == JsonValueKind.Object && RawJson.TryGetProperty("data", out JsonElement data) ? data : null;
}
