namespace Hireflix.Sdk.Models;

/// <content>Convenience members the GraphQL fields do not carry directly.</content>
public sealed partial class Position
{
    /// <summary>
    /// True when the position is archived (<see cref="ArchivedAt"/> is set, or Hireflix reported it as a flag without a
    /// date); it then accepts no new invitations.
    /// </summary>
    public bool IsArchived => ArchivedAt is not null || WasTrueWithoutDate("archived");
}

/// <content>Convenience members the GraphQL fields do not carry directly.</content>
public partial class InterviewSummary
{
    /// <summary>
    /// The interview's stage, derived from its completion, shortlist and discard dates; <see cref="InterviewStage.Unknown"/>
    /// when Hireflix did not return a date it depends on. An <see cref="Interview"/> (results) has it too.
    /// </summary>
    public InterviewStage Stage => InterviewStages.From(
        Status,
        WasOmitted("status"),
        new(CompletedAt, WasOmitted("completed"), WasTrueWithoutDate("completed")),
        new(ShortlistedAt, WasOmitted("shortlistedAt"), WasTrueWithoutDate("shortlistedAt")),
        new(DiscardedAt, WasOmitted("discardedAt"), WasTrueWithoutDate("discardedAt")));
}
