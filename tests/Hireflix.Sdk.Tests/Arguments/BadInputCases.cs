using System.Text.Json.Nodes;
using Hireflix.Sdk.Models;

namespace Hireflix.Sdk.Tests.Arguments;

/// <summary>Every public method × every invalid argument class, with the parameter name the exception must carry.</summary>
public static class BadInputCases
{
    private const string Position = "68d53cf0a3d3c03c50f103c3";
    private const string Interview = "68d4164f19367e041b2030c0";

    public static IEnumerable<(string Name, string Param, Func<HireflixClient, Task> Call)> All()
    {
        foreach (var (label, id) in BadIds())
        {
            yield return ($"Positions.GetAsync id {label}", "positionId", c => c.Positions.GetAsync(id!));
            yield return ($"Positions.RenameAsync id {label}", "positionId", c => c.Positions.RenameAsync(id!, "Name"));
            yield return ($"Positions.ArchiveAsync id {label}", "positionId", c => c.Positions.ArchiveAsync(id!));
            yield return ($"Positions.DeleteAsync id {label}", "positionId", c => c.Positions.DeleteAsync(id!));
            yield return ($"Interviews.InviteAsync positionId {label}", "positionId", c => c.Interviews.InviteAsync(id!, Valid()));
            yield return ($"Interviews.GetAsync id {label}", "interviewId", c => c.Interviews.GetAsync(id!));
            yield return ($"Interviews.ListAsync positionId {label}", "positionId", c => Drain(c.Interviews.ListAsync(id!)));
            yield return ($"Interviews.GetPageAsync positionId {label}", "positionId", c => c.Interviews.GetPageAsync(id!));
            yield return ($"Interviews.ScoreAsync id {label}", "interviewId", c => c.Interviews.ScoreAsync(id!, 4));
            yield return ($"Interviews.ClearScoreAsync id {label}", "interviewId", c => c.Interviews.ClearScoreAsync(id!));
            yield return ($"Interviews.CommentAsync id {label}", "interviewId", c => c.Interviews.CommentAsync(id!, "ok"));
            yield return ($"Interviews.ShortlistAsync id {label}", "interviewId", c => c.Interviews.ShortlistAsync(id!));
            yield return ($"Interviews.UnshortlistAsync id {label}", "interviewId", c => c.Interviews.UnshortlistAsync(id!));
            yield return ($"Interviews.DiscardAsync id {label}", "interviewId", c => c.Interviews.DiscardAsync(id!));
            yield return ($"Interviews.RestoreAsync id {label}", "interviewId", c => c.Interviews.RestoreAsync(id!));
            yield return ($"Interviews.ShareAsync id {label}", "interviewId", c => c.Interviews.ShareAsync(id!, 30));
        }

        foreach (var (label, name) in BadNames())
        {
            yield return ($"Positions.RenameAsync name {label}", "name", c => c.Positions.RenameAsync(Position, name!));
            yield return ($"InviteAsync firstName {label}", "candidate.FirstName", c => c.Interviews.InviteAsync(Position, Valid() with { FirstName = name! }));
        }

        foreach (var (label, name) in BadNames().Where(n => n.Label != "null"))
        {
            yield return ($"InviteAsync lastName {label}", "candidate.LastName", c => c.Interviews.InviteAsync(Position, Valid() with { LastName = name }));
        }

        foreach (var email in new[] { null, "", "  ", "plainaddress", "@example.com", "ada@", "ada@example", "ada@@example.com", "ada example@example.com", "ada@example.com,bob@example.com", "ada@example.", new string('a', 250) + "@example.com" })
        {
            yield return ($"InviteAsync email '{Short(email)}'", "candidate.Email", c => c.Interviews.InviteAsync(Position, Valid() with { Email = email! }));
        }

        foreach (var phone in new[] { "", "12345", "0470123456", "+12ab345678", "+1234567890123456789" })
        {
            yield return ($"InviteAsync phone '{phone}'", "candidate.Phone", c => c.Interviews.InviteAsync(Position, Valid() with { Phone = phone }));
        }

        foreach (var externalId in new[] { "", "   ", new string('x', 256) })
        {
            yield return ($"InviteAsync externalId length {externalId.Length}", "candidate.ExternalId", c => c.Interviews.InviteAsync(Position, Valid() with { ExternalId = externalId }));
        }

        yield return ("InviteAsync metadata 26 keys", "candidate.Metadata", c => c.Interviews.InviteAsync(Position, Valid() with { Metadata = Wide(26) }));
        yield return ("InviteAsync metadata 4 levels", "candidate.Metadata", c => c.Interviews.InviteAsync(Position, Valid() with { Metadata = Deep(4) }));
        yield return ("InviteAsync candidate null", "candidate", c => c.Interviews.InviteAsync(Position, null!));

        foreach (var score in new[] { 0, 0.25, 5.5, -1, 3.3, 4.75, double.NaN, double.PositiveInfinity })
        {
            yield return ($"ScoreAsync score {score}", "score", c => c.Interviews.ScoreAsync(Interview, score));
        }

        foreach (var comment in new[] { null, "", "   " })
        {
            yield return ($"CommentAsync comment '{Short(comment)}'", "comment", c => c.Interviews.CommentAsync(Interview, comment!));
        }

        foreach (var days in new[] { 0, -1, int.MinValue })
        {
            yield return ($"ShareAsync durationInDays {days}", "durationInDays", c => c.Interviews.ShareAsync(Interview, days));
        }

        foreach (var size in new[] { 0, -5, 101 })
        {
            yield return ($"ListAsync pageSize {size}", "pageSize", c => Drain(c.Interviews.ListAsync(Position, pageSize: size)));
            yield return ($"GetPageAsync pageSize {size}", "pageSize", c => c.Interviews.GetPageAsync(Position, pageSize: size));
        }

        yield return ("ListAsync stage undefined", "stage", c => Drain(c.Interviews.ListAsync(Position, (InterviewStage)42)));
        yield return ("GetPageAsync cursor whitespace", "cursor", c => c.Interviews.GetPageAsync(Position, cursor: " "));
    }

    private static IEnumerable<(string Label, string? Value)> BadIds() =>
    [
        ("null", null), ("empty", ""), ("whitespace", "   "), ("too short", "68d4164f"), ("too long", "68d4164f19367e041b2030c0ff"),
        ("not hex", "68d4164f19367e041b2030zz"), ("ObjectId with spaces", " 68d4164f19367e041b2030c"),
    ];

    private static IEnumerable<(string Label, string? Value)> BadNames() =>
        [("null", null), ("empty", ""), ("whitespace", "   "), ("too long", new string('n', 51))];

    private static CandidateInviteDraft Valid() => new("Ada", "Lovelace", "ada@example.com", null, null, null);

    private static JsonObject Wide(int keys)
    {
        var o = new JsonObject();
        for (var i = 0; i < keys; i++)
        {
            o[$"k{i}"] = i;
        }

        return o;
    }

    private static JsonObject Deep(int levels)
    {
        JsonNode leaf = 1;
        for (var i = 0; i < levels; i++)
        {
            leaf = new JsonObject { ["n"] = leaf };
        }

        return (JsonObject)leaf;
    }

    private static string Short(string? s) => s is null ? "null" : s.Length > 20 ? s[..20] + "…" : s;

    private static async Task Drain<T>(IAsyncEnumerable<T> items)
    {
        await foreach (var _ in items)
        {
        }
    }

    /// <summary>A record to vary one field of a valid invite at a time.</summary>
    private sealed record CandidateInviteDraft(string FirstName, string? LastName, string Email, string? Phone, string? ExternalId, JsonObject? Metadata)
    {
        public static implicit operator CandidateInvite(CandidateInviteDraft d) => new()
        {
            FirstName = d.FirstName,
            LastName = d.LastName,
            Email = d.Email,
            Phone = d.Phone,
            ExternalId = d.ExternalId,
            Metadata = d.Metadata,
        };
    }
}
