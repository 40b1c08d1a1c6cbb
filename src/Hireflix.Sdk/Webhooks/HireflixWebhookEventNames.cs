namespace Hireflix.Sdk.Webhooks;

/// <summary>The event names Hireflix documents for webhook deliveries (the envelope's <c>event</c> field).</summary>
public static class HireflixWebhookEventNames
{
    /// <summary>A candidate was invited: an interview was created.</summary>
    public const string InterviewCreate = "interview.create";

    /// <summary>A candidate finished recording the interview.</summary>
    public const string InterviewFinish = "interview.finish";

    /// <summary>The interview's stage changed (for example shortlisted or discarded).</summary>
    public const string InterviewStatusChange = "interview.status-change";

    /// <summary>The interview was deleted.</summary>
    public const string InterviewDelete = "interview.delete";

    /// <summary>The interview's score changed.</summary>
    public const string InterviewScoreUpdated = "interview.score-updated";
}
