using System.Text.Json;

namespace Hireflix.Sdk.Webhooks;

/// <summary>A webhook event about one interview; every documented Hireflix event is one.</summary>
public abstract class HireflixInterviewWebhookEvent : HireflixWebhookEvent
{
    private protected HireflixInterviewWebhookEvent(HireflixWebhookInterview interview, DateTimeOffset? date, JsonElement rawJson)
        : base(date, rawJson)
    {
        ArgumentNullException.ThrowIfNull(interview);
        Interview = interview;
    }

    /// <summary>The interview as sent in the envelope's <c>data</c>.</summary>
    public HireflixWebhookInterview Interview { get; }

    /// <summary>Describes the event without candidate data.</summary>
    /// <returns>The type, event name, date and interview id.</returns>
    public override string ToString()
        => $"{GetType().Name} {{ EventName = {EventName}, OccurredAt = {OccurredAt?.ToString("O") ?? "null"}, InterviewId = {Interview.Id} }}";
}
