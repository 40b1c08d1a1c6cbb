// Native AOT smoke test: positions → invite → list → results → score through the real SDK pipeline
// (DI, resilience, generated operations) against canned responses. Exits 0 only if every step checks out.
using System.Text.Json.Nodes;
using Hireflix.Sdk;
using Hireflix.Sdk.AotSmoke;
using Hireflix.Sdk.Models;

var canned = new CannedHireflix();
using var hireflix = new HireflixClient(new HireflixClientOptions { ApiKey = "aot-smoke-key", Endpoint = new Uri("http://hireflix.smoke/me") }, canned);

var positions = await hireflix.Positions.ListAsync();
Check(positions.Count == 2 && positions[0].IsArchived && !positions[1].IsArchived, "positions");

var invitation = await hireflix.Interviews.InviteAsync(positions[1].Id, new CandidateInvite
{
    FirstName = "Ada",
    Email = "ada@example.com",
    Metadata = new JsonObject { ["ats"] = "R-1" },
});
Check(invitation.Interview.Id == "68d4164f19367e041b2030c0" && !invitation.AlreadyExisted, "invite");

var listed = new List<InterviewSummary>();
await foreach (var interview in hireflix.Interviews.ListAsync(positions[1].Id))
{
    listed.Add(interview);
}

Check(listed.Count == 1 && listed[0].Stage == InterviewStage.ToEvaluate, "list");

var results = await hireflix.Interviews.GetAsync(listed[0].Id);
Check(results.Questions?[0]?.Answer?.Transcription?.Words?[0]?.Text == "Hello" && results.UserMetadata?.GetProperty("ats").GetString() == "R-1", "results");

var scores = await hireflix.Interviews.ScoreAsync(listed[0].Id, 4.5);
Check(scores.Score?.Value == 4.5 && scores.Scores?[0]?.OverriddenScore?.CreatedAt == DateTimeOffset.FromUnixTimeMilliseconds(1758830984015), "score");

Console.WriteLine($"AOT smoke: 5 steps passed, {canned.Requests} requests.");
return 0;

static void Check(bool condition, string step)
{
    if (!condition)
    {
        Console.Error.WriteLine($"AOT smoke: step '{step}' returned unexpected data.");
        Environment.Exit(1);
    }

    Console.WriteLine($"ok  {step}");
}
