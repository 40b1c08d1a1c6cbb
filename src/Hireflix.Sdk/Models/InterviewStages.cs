namespace Hireflix.Sdk.Models;

/// <summary>
/// Derives an interview's stage from its dates: discarded and shortlisted win over completion. A field the response
/// did not carry (Hireflix rejected it and the SDK stopped selecting it) makes the answer Unknown rather than a stage
/// that may be wrong; a timestamp that came as <c>true</c> counts as set.
/// </summary>
internal static class InterviewStages
{
    /// <summary>What the reader knows about one date field.</summary>
    internal readonly record struct DateField(DateTimeOffset? Value, bool Omitted, bool TrueWithoutDate)
    {
        public bool IsSet => Value is not null || TrueWithoutDate;
    }

    public static InterviewStage From(string? status, bool statusOmitted, DateField completedAt, DateField shortlistedAt, DateField discardedAt)
    {
        if (discardedAt.IsSet)
        {
            return InterviewStage.Discarded;
        }

        if (discardedAt.Omitted)
        {
            return InterviewStage.Unknown;
        }

        if (shortlistedAt.IsSet)
        {
            return InterviewStage.Shortlisted;
        }

        if (shortlistedAt.Omitted)
        {
            return InterviewStage.Unknown;
        }

        if (completedAt.IsSet || string.Equals(status, "completed", StringComparison.OrdinalIgnoreCase))
        {
            return InterviewStage.ToEvaluate;
        }

        return completedAt.Omitted && statusOmitted ? InterviewStage.Unknown : InterviewStage.Pending;
    }

    public static InterviewListStatus ToListStatus(InterviewStage stage) => stage switch
    {
        InterviewStage.Pending => InterviewListStatus.Pending,
        InterviewStage.ToEvaluate => InterviewListStatus.ToEvaluate,
        InterviewStage.Shortlisted => InterviewListStatus.Shortlisted,
        InterviewStage.Discarded => InterviewListStatus.Discarded,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), "Not an interview stage to filter by."),
    };
}
