namespace Hireflix.Sdk.Models;

/// <content>Convenience members the GraphQL fields do not carry directly.</content>
public sealed partial class Position
{
    /// <summary>True when the position is archived (<see cref="Archived"/> is set); it then accepts no new invitations.</summary>
    public bool IsArchived => Archived is not null;
}

/// <content>Convenience members the GraphQL fields do not carry directly.</content>
public sealed partial class InterviewSummary
{
    /// <summary>The interview's stage, derived from its completion, shortlist and discard dates.</summary>
    public InterviewStage Stage => InterviewStages.From(Status, Completed, CompletedAt, ShortlistedAt, DiscardedAt);
}

/// <content>Convenience members the GraphQL fields do not carry directly.</content>
public sealed partial class Interview
{
    /// <summary>The interview's stage, derived from its completion, shortlist and discard dates.</summary>
    public InterviewStage Stage => InterviewStages.From(Status, Completed, CompletedAt, ShortlistedAt, DiscardedAt);
}
