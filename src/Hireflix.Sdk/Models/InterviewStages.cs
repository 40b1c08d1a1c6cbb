namespace Hireflix.Sdk.Models;

/// <summary>Derives an interview's stage from its dates: discarded and shortlisted win over completion.</summary>
internal static class InterviewStages
{
    public static InterviewStage From(string? status, DateTimeOffset? completed, DateTimeOffset? completedAt, DateTimeOffset? shortlistedAt, DateTimeOffset? discardedAt)
    {
        if (discardedAt is not null)
        {
            return InterviewStage.Discarded;
        }

        if (shortlistedAt is not null)
        {
            return InterviewStage.Shortlisted;
        }

        return completed is not null || completedAt is not null || string.Equals(status, "completed", StringComparison.OrdinalIgnoreCase)
            ? InterviewStage.ToEvaluate
            : InterviewStage.Pending;
    }

    public static InterviewListStatus ToListStatus(InterviewStage stage) => stage switch
    {
        InterviewStage.Pending => InterviewListStatus.Pending,
        InterviewStage.ToEvaluate => InterviewListStatus.ToEvaluate,
        InterviewStage.Shortlisted => InterviewListStatus.Shortlisted,
        InterviewStage.Discarded => InterviewListStatus.Discarded,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), "Not an interview stage."),
    };
}
