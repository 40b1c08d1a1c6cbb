using Hireflix.Sdk.Models;

namespace Hireflix.Sdk.EndToEndTests.Infrastructure;

internal static class Invites
{
    public static CandidateInvite Candidate(string email = "ada@example.com", string? externalId = null, bool disableNotifications = false) => new()
    {
        FirstName = "Ada",
        LastName = "Lovelace",
        Email = email,
        ExternalId = externalId,
        DisableNotifications = disableNotifications,
    };
}
