using System.Text.Json;

namespace Hireflix.Sdk.Webhooks;

// The five documented events differ only in their name, so they share one small file.

/// <summary><c>interview.create</c>: a candidate was invited and the interview exists.</summary>
public sealed class InterviewCreated : HireflixInterviewWebhookEvent
{
    /// <summary>Creates the event (parsers, tests and fakes).</summary>
    /// <param name="interview">The interview data.</param>
    /// <param name="occurredAt">The envelope's date, if any.</param>
    /// <param name="rawJson">The envelope as received; <c>default</c> when built in code.</param>
    public InterviewCreated(HireflixWebhookInterview interview, DateTimeOffset? occurredAt = null, JsonElement rawJson = default)
        : base(interview, occurredAt, rawJson)
    {
    }

    /// <inheritdoc />
    public override string EventName => HireflixWebhookEventNames.InterviewCreate;
}

/// <summary><c>interview.finish</c>: the candidate completed the interview.</summary>
public sealed class InterviewFinished : HireflixInterviewWebhookEvent
{
    /// <summary>Creates the event (parsers, tests and fakes).</summary>
    /// <param name="interview">The interview data.</param>
    /// <param name="occurredAt">The envelope's date, if any.</param>
    /// <param name="rawJson">The envelope as received; <c>default</c> when built in code.</param>
    public InterviewFinished(HireflixWebhookInterview interview, DateTimeOffset? occurredAt = null, JsonElement rawJson = default)
        : base(interview, occurredAt, rawJson)
    {
    }

    /// <inheritdoc />
    public override string EventName => HireflixWebhookEventNames.InterviewFinish;
}

/// <summary><c>interview.status-change</c>: the interview moved stage; see <see cref="HireflixWebhookInterview.Status"/>.</summary>
public sealed class InterviewStatusChanged : HireflixInterviewWebhookEvent
{
    /// <summary>Creates the event (parsers, tests and fakes).</summary>
    /// <param name="interview">The interview data.</param>
    /// <param name="occurredAt">The envelope's date, if any.</param>
    /// <param name="rawJson">The envelope as received; <c>default</c> when built in code.</param>
    public InterviewStatusChanged(HireflixWebhookInterview interview, DateTimeOffset? occurredAt = null, JsonElement rawJson = default)
        : base(interview, occurredAt, rawJson)
    {
    }

    /// <inheritdoc />
    public override string EventName => HireflixWebhookEventNames.InterviewStatusChange;
}

/// <summary><c>interview.delete</c>: the interview was deleted.</summary>
public sealed class InterviewDeleted : HireflixInterviewWebhookEvent
{
    /// <summary>Creates the event (parsers, tests and fakes).</summary>
    /// <param name="interview">The interview data (possibly only its id).</param>
    /// <param name="occurredAt">The envelope's date, if any.</param>
    /// <param name="rawJson">The envelope as received; <c>default</c> when built in code.</param>
    public InterviewDeleted(HireflixWebhookInterview interview, DateTimeOffset? occurredAt = null, JsonElement rawJson = default)
        : base(interview, occurredAt, rawJson)
    {
    }

    /// <inheritdoc />
    public override string EventName => HireflixWebhookEventNames.InterviewDelete;
}

/// <summary><c>interview.score-updated</c>: the score changed; see <see cref="HireflixWebhookInterview.Score"/>.</summary>
public sealed class InterviewScoreUpdated : HireflixInterviewWebhookEvent
{
    /// <summary>Creates the event (parsers, tests and fakes).</summary>
    /// <param name="interview">The interview data.</param>
    /// <param name="occurredAt">The envelope's date, if any.</param>
    /// <param name="rawJson">The envelope as received; <c>default</c> when built in code.</param>
    public InterviewScoreUpdated(HireflixWebhookInterview interview, DateTimeOffset? occurredAt = null, JsonElement rawJson = default)
        : base(interview, occurredAt, rawJson)
    {
    }

    /// <inheritdoc />
    public override string EventName => HireflixWebhookEventNames.InterviewScoreUpdated;
}
