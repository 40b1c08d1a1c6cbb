using System.Text.Json.Nodes;

namespace Hireflix.Sdk.Models;

/// <summary>Who to invite to a position's interview, and how.</summary>
public sealed class CandidateInvite
{
    /// <summary>The candidate's first name: 1–50 characters after trimming.</summary>
    public required string FirstName { get; init; }

    /// <summary>The candidate's last name (optional): 1–50 characters after trimming.</summary>
    public string? LastName { get; init; }

    /// <summary>The candidate's e-mail; one interview per e-mail per position.</summary>
    public required string Email { get; init; }

    /// <summary>The phone number in international format with the country code (e.g. +14155550123), optional.</summary>
    public string? Phone { get; init; }

    /// <summary>Your system's id for this application (at most 255 characters; unique per position), optional.</summary>
    public string? ExternalId { get; init; }

    /// <summary>True to create the interview without Hireflix e-mailing the candidate (you send the link yourself).</summary>
    public bool DisableNotifications { get; init; }

    /// <summary>Your own data kept with the interview (at most 25 keys and 3 levels), read back as <see cref="Interview.UserMetadata"/>.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>
    /// True for invite-or-get: when the e-mail (or the <see cref="ExternalId"/>) already has an interview in the position,
    /// that interview is returned with <see cref="CandidateInvitation.AlreadyExisted"/> set, instead of
    /// <see cref="InterviewAlreadyExistsException"/> / <see cref="InterviewExternalIdAlreadyExistsException"/>. Hireflix
    /// creates nothing and sends no e-mail in that case. When the external id is taken, the interview holding it is
    /// found by scanning the position (no filter on external ids is documented).
    /// </summary>
    public bool ReturnExisting { get; init; }

    /// <summary>Describes the invite without candidate data.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() =>
        $"CandidateInvite {{ ExternalId set = {ExternalId is not null}, DisableNotifications = {DisableNotifications}, ReturnExisting = {ReturnExisting}, Metadata keys = {Metadata?.Count ?? 0} }}";
}
