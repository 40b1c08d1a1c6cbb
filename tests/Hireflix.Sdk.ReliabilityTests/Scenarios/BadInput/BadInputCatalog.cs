using System.Text.Json.Nodes;
using Hireflix.Sdk.Models;

namespace Hireflix.Sdk.Reliability.BadInput;

/// <summary>One invalid call: the parameter the ArgumentException must name, and the call.</summary>
public sealed record BadInputCase(string Name, string Param, Func<HireflixClient, Task> Call);

/// <summary>
/// Every public method × every invalid argument class (null, empty, whitespace, too long, malformed id, invalid
/// e-mail, out-of-range / off-step score, non-positive duration, metadata too wide / too deep, bad page size, bad
/// stage, bad cursor). A superset of tests/Hireflix.Sdk.Tests/Arguments/BadInputCases.cs.
/// </summary>
public static class BadInputCatalog
{
    private const string Position = "68d53cf0a3d3c03c50f103c3";
    private const string Interview = "68d4164f19367e041b2030c0";

    public static IReadOnlyList<BadInputCase> All { get; } = Build().ToList();

    private static IEnumerable<BadInputCase> Build()
    {
        foreach (var (label, id) in BadIds())
        {
            yield return new($"Positions.GetAsync positionId {label}", "positionId", c => c.Positions.GetAsync(id!));
            yield return new($"Positions.RenameAsync positionId {label}", "positionId", c => c.Positions.RenameAsync(id!, "Name"));
            yield return new($"Positions.ArchiveAsync positionId {label}", "positionId", c => c.Positions.ArchiveAsync(id!));
            yield return new($"Positions.DeleteAsync positionId {label}", "positionId", c => c.Positions.DeleteAsync(id!));
            yield return new($"Interviews.InviteAsync positionId {label}", "positionId", c => c.Interviews.InviteAsync(id!, Valid()));
            yield return new($"Interviews.GetAsync interviewId {label}", "interviewId", c => c.Interviews.GetAsync(id!));
            yield return new($"Interviews.ListAsync positionId {label}", "positionId", c => Drain(c.Interviews.ListAsync(id!)));
            yield return new($"Interviews.GetPageAsync positionId {label}", "positionId", c => c.Interviews.GetPageAsync(id!));
            yield return new($"Interviews.ScoreAsync interviewId {label}", "interviewId", c => c.Interviews.ScoreAsync(id!, 4));
            yield return new($"Interviews.ClearScoreAsync interviewId {label}", "interviewId", c => c.Interviews.ClearScoreAsync(id!));
            yield return new($"Interviews.CommentAsync interviewId {label}", "interviewId", c => c.Interviews.CommentAsync(id!, "ok"));
            yield return new($"Interviews.ShortlistAsync interviewId {label}", "interviewId", c => c.Interviews.ShortlistAsync(id!));
            yield return new($"Interviews.UnshortlistAsync interviewId {label}", "interviewId", c => c.Interviews.UnshortlistAsync(id!));
            yield return new($"Interviews.DiscardAsync interviewId {label}", "interviewId", c => c.Interviews.DiscardAsync(id!));
            yield return new($"Interviews.RestoreAsync interviewId {label}", "interviewId", c => c.Interviews.RestoreAsync(id!));
            yield return new($"Interviews.ShareAsync interviewId {label}", "interviewId", c => c.Interviews.ShareAsync(id!, 30));
            yield return new($"Interviews.InviteManyAsync positionId {label}", "positionId", c => c.Interviews.InviteManyAsync(id!, [Valid()]));
            yield return new($"Interviews.FindByEmailAsync positionId {label}", "positionId", c => c.Interviews.FindByEmailAsync(id!, "ada@example.com"));
            yield return new($"Interviews.FindByExternalIdAsync positionId {label}", "positionId", c => c.Interviews.FindByExternalIdAsync(id!, "ats-1"));
            yield return new($"Interviews.GetSessionDetailsAsync interviewId {label}", "interviewId", c => c.Interviews.GetSessionDetailsAsync(id!));
        }

        foreach (var (label, name) in BadNames())
        {
            yield return new($"Positions.FindByNameAsync name {label}", "name", c => c.Positions.FindByNameAsync(name!));
        }

        foreach (var (label, candidates) in BadBulks())
        {
            yield return new($"Interviews.InviteManyAsync candidates {label}", "candidates", c => c.Interviews.InviteManyAsync(Position, candidates!));
        }

        foreach (var size in new[] { 0, -1, 51, int.MaxValue, int.MinValue })
        {
            yield return new($"Interviews.InviteManyAsync options.BatchSize {size}", "options.BatchSize", c => c.Interviews.InviteManyAsync(Position, [Valid()], new BulkInviteOptions { BatchSize = size }));
            yield return new($"Interviews.InviteManyAsync options.MaxConcurrency {size}", "options.MaxConcurrency", c => c.Interviews.InviteManyAsync(Position, [Valid()], new BulkInviteOptions { MaxConcurrency = size }));
        }

        foreach (var (label, name) in BadNames())
        {
            yield return new($"Positions.RenameAsync name {label}", "name", c => c.Positions.RenameAsync(Position, name!));
            yield return new($"Interviews.InviteAsync candidate.FirstName {label}", "candidate.FirstName", c => c.Interviews.InviteAsync(Position, Valid(firstName: name!)));
        }

        foreach (var (label, name) in BadNames().Where(n => n.Label != "null"))
        {
            yield return new($"Interviews.InviteAsync candidate.LastName {label}", "candidate.LastName", c => c.Interviews.InviteAsync(Position, Valid(lastName: name)));
        }

        string?[] emails =
        [
            null, "", "  ", "plainaddress", "@example.com", "ada@", "ada@example", "ada@@example.com", "ada example@example.com",
            "ada@example.com,bob@example.com", "ada@example.com;bob@example.com", "ada@example.", "ada@.com", "<ada@example.com>",
            "\"ada\"@example.com", "ada@exa\tmple.com", "ada\n@example.com", new string('a', 250) + "@example.com",
        ];
        foreach (var email in emails)
        {
            yield return new($"Interviews.InviteAsync candidate.Email '{Short(email)}'", "candidate.Email", c => c.Interviews.InviteAsync(Position, Valid(email: email!)));
        }

        foreach (var phone in new[] { "", "   ", "12345", "0470123456", "+12ab345678", "+1234567890123456789", "+", "++14155550123", "+1 (415) 555-01x3" })
        {
            yield return new($"Interviews.InviteAsync candidate.Phone '{phone}'", "candidate.Phone", c => c.Interviews.InviteAsync(Position, Valid(phone: phone)));
        }

        foreach (var externalId in new[] { "", "   ", "\t", new string('x', 256), new string('x', 10_000) })
        {
            yield return new($"Interviews.InviteAsync candidate.ExternalId length {externalId.Length}", "candidate.ExternalId", c => c.Interviews.InviteAsync(Position, Valid(externalId: externalId)));
        }

        yield return new("Interviews.InviteAsync candidate.Metadata 26 keys", "candidate.Metadata", c => c.Interviews.InviteAsync(Position, Valid(metadata: Wide(26))));
        yield return new("Interviews.InviteAsync candidate.Metadata 1000 keys", "candidate.Metadata", c => c.Interviews.InviteAsync(Position, Valid(metadata: Wide(1000))));
        yield return new("Interviews.InviteAsync candidate.Metadata 4 object levels", "candidate.Metadata", c => c.Interviews.InviteAsync(Position, Valid(metadata: Deep(4))));
        yield return new("Interviews.InviteAsync candidate.Metadata 50 object levels", "candidate.Metadata", c => c.Interviews.InviteAsync(Position, Valid(metadata: Deep(50))));
        yield return new("Interviews.InviteAsync candidate.Metadata 4 levels through arrays", "candidate.Metadata", c => c.Interviews.InviteAsync(Position, Valid(metadata: DeepArrays(4))));
        yield return new("Interviews.InviteAsync candidate null", "candidate", c => c.Interviews.InviteAsync(Position, null!));

        string?[] lookupEmails = [null, "", "  ", "plainaddress", "ada@", "ada@@example.com", "ada@example.com,bob@example.com", new string('a', 250) + "@example.com"];
        foreach (var email in lookupEmails)
        {
            yield return new($"Interviews.FindByEmailAsync email '{Short(email)}'", "email", c => c.Interviews.FindByEmailAsync(Position, email!));
        }

        foreach (var externalId in new string?[] { null, "", "   ", "\t", new string('x', 256) })
        {
            yield return new($"Interviews.FindByExternalIdAsync externalId '{Short(externalId)}'", "externalId", c => c.Interviews.FindByExternalIdAsync(Position, externalId!));
        }

        foreach (var score in new[] { 0, 0.25, 0.49, 5.5, 6, -1, -0.5, 3.3, 4.75, 1.1, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.MinValue, double.Epsilon })
        {
            yield return new($"Interviews.ScoreAsync score {score}", "score", c => c.Interviews.ScoreAsync(Interview, score));
        }

        foreach (var comment in new[] { null, "", "   ", "\t\r\n" })
        {
            yield return new($"Interviews.CommentAsync comment '{Short(comment)}'", "comment", c => c.Interviews.CommentAsync(Interview, comment!));
        }

        foreach (var days in new[] { 0, -1, -365, int.MinValue })
        {
            yield return new($"Interviews.ShareAsync durationInDays {days}", "durationInDays", c => c.Interviews.ShareAsync(Interview, days));
        }

        foreach (var size in new[] { 0, -1, -5, 101, 1000, int.MaxValue, int.MinValue })
        {
            yield return new($"Interviews.ListAsync pageSize {size}", "options", c => Drain(c.Interviews.ListAsync(Position, new InterviewListOptions { PageSize = size })));
            yield return new($"Interviews.GetPageAsync pageSize {size}", "options", c => c.Interviews.GetPageAsync(Position, options: new InterviewListOptions { PageSize = size }));
        }

        foreach (var stage in new[] { (InterviewStage)42, (InterviewStage)(-1), (InterviewStage)4 })
        {
            yield return new($"Interviews.ListAsync stage {(int)stage}", "options", c => Drain(c.Interviews.ListAsync(Position, new InterviewListOptions { Stage = stage })));
            yield return new($"Interviews.GetPageAsync stage {(int)stage}", "options", c => c.Interviews.GetPageAsync(Position, options: new InterviewListOptions { Stage = stage }));
        }

        foreach (var cursor in new[] { "", " ", "\t" })
        {
            yield return new($"Interviews.GetPageAsync cursor '{cursor}'", "cursor", c => c.Interviews.GetPageAsync(Position, cursor: cursor));
        }
    }

    private static IEnumerable<(string Label, string? Value)> BadIds() =>
    [
        ("null", null), ("empty", ""), ("whitespace", "   "), ("too short", "68d4164f"), ("too long", "68d4164f19367e041b2030c0ff"),
        ("not hex", "68d4164f19367e041b2030zz"), ("with spaces", " 68d4164f19367e041b2030c"), ("full-width digits", "６８d4164f19367e041b2030c0"),
        ("with newline", "68d4164f19367e041b2030c\n"), ("GraphQL injection", "\") { id } x: positions { id"),
    ];

    /// <summary>Bulk inputs with at least one bad candidate: one ArgumentException for the whole sequence, named "candidates".</summary>
    private static IEnumerable<(string Label, CandidateInvite[]? Value)> BadBulks() =>
    [
        ("null", null),
        ("empty", []),
        ("a null candidate", [Valid(), null!]),
        ("a bad e-mail among good ones", [Valid(email: "a@example.com"), Valid(email: "nope"), Valid(email: "c@example.com")]),
        ("a bad first name", [Valid(firstName: " ")]),
        ("a bad phone", [Valid(phone: "12345")]),
        ("metadata too wide", [Valid(metadata: Wide(26))]),
        ("the same e-mail twice", [Valid(email: "a@example.com"), Valid(email: "A@example.com")]),
        ("the same external id twice", [Valid(email: "a@example.com", externalId: "x"), Valid(email: "b@example.com", externalId: "x")]),
        ("many problems at once", [Valid(firstName: ""), Valid(email: ""), Valid(externalId: "")]),
    ];

    private static IEnumerable<(string Label, string? Value)> BadNames() =>
        [("null", null), ("empty", ""), ("whitespace", "   "), ("tabs and newlines", "\t\r\n"), ("too long", new string('n', 51)), ("too long after trimming", " " + new string('n', 51) + " ")];

    private static CandidateInvite Valid(string firstName = "Ada", string? lastName = "Lovelace", string email = "ada@example.com", string? phone = null, string? externalId = null, JsonObject? metadata = null) =>
        new() { FirstName = firstName, LastName = lastName, Email = email, Phone = phone, ExternalId = externalId, Metadata = metadata };

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

    private static JsonObject DeepArrays(int levels)
    {
        JsonNode leaf = 1;
        for (var i = 0; i < levels - 1; i++)
        {
            leaf = new JsonArray(leaf);
        }

        return new JsonObject { ["list"] = leaf };
    }

    private static string Short(string? s) => s is null ? "null" : s.Length > 20 ? s[..20] + "…" : s.Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    private static async Task Drain<T>(IAsyncEnumerable<T> items)
    {
        await foreach (var _ in items.ConfigureAwait(false))
        {
        }
    }
}
