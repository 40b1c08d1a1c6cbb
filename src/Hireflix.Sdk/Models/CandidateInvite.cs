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

    /// <summary>Describes the invite without candidate data.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() =>
        $"CandidateInvite {{ ExternalId set = {ExternalId is not null}, DisableNotifications = {DisableNotifications}, Metadata keys = {Metadata?.Count ?? 0} }}";
}
