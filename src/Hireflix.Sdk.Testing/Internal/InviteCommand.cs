namespace Hireflix.Sdk.Testing.Internal;

/// <summary>An already validated invitation, from <c>inviteCandidateToInterview</c> or the legacy <c>Position.invite</c>.</summary>
internal sealed record InviteCommand(
    string PositionId,
    string FirstName,
    string? LastName,
    string Email,
    string? Phone,
    string? ExternalId,
    bool DisableNotifications,
    object? Metadata,
    string Source);

/// <summary>The "errors as data" members the invite can answer, with the real API's names and codes.</summary>
internal static class InviteErrors
{
    public static ErrorView PositionNotFound() => new(404, "PositionNotFoundError", "Position not found");

    public static ErrorView PositionNotReady() =>
        new(400, "PositionNotReadyToAcceptInvitesError", "Position is archived and does not accept new invites");

    public static ErrorView ExceededInvites() =>
        new(403, "ExceededInvitesThisPeriodError", "You have exceeded the number of invites allowed this period");

    public static ErrorView AlreadyExists() =>
        new(409, "InterviewAlreadyExistsInPositionError", "An interview for this candidate already exists in this position");

    public static ErrorView ExternalIdExists() =>
        new(409, "InterviewExternalIdAlreadyExistsInPositionError", "An interview with this externalId already exists in this position");
}
