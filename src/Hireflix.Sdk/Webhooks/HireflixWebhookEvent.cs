using System.Text.Json;

namespace Hireflix.Sdk.Webhooks;

/// <summary>
/// A parsed Hireflix webhook delivery. Match on the concrete type
/// (<see cref="InterviewCreated"/>, <see cref="InterviewFinished"/>, <see cref="InterviewStatusChanged"/>,
/// <see cref="InterviewDeleted"/>, <see cref="InterviewScoreUpdated"/>, <see cref="UnknownHireflixEvent"/>).
/// </summary>
/// <remarks>The hierarchy is closed: only this assembly can add event types.</remarks>
public abstract class HireflixWebhookEvent
{
    private protected HireflixWebhookEvent(DateTimeOffset? date, JsonElement rawJson)
    {
        OccurredAt = date;
        RawJson = rawJson;
    }

    /// <summary>The envelope's <c>event</c> field, for example <c>interview.create</c>.</summary>
    public abstract string EventName { get; }

    /// <summary>The envelope's <c>date</c> (sent as epoch milliseconds), or null when Hireflix did not send one.</summary>
    public DateTimeOffset? OccurredAt { get; }

    /// <summary>
    /// The whole envelope as received, for fields this SDK does not model. Independent of the request
    /// buffer, so it stays valid after the request ends. <see cref="JsonValueKind.Undefined"/> for events
    /// built in code rather than parsed. Contains candidate data: do not log it.
    /// </summary>
    public JsonElement RawJson { get; }

    /// <summary>Describes the event without candidate data.</summary>
    /// <returns>The type, event name and date.</returns>
    public override string ToString() => $"{GetType().Name} {{ EventName = {EventName}, OccurredAt = {OccurredAt?.ToString("O") ?? "null"} }}";
}
