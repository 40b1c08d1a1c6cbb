// A user's app: the SDK's typed API plus operations generated from this project's own Hireflix/*.graphql files, and a raw
// document, against the Hireflix at the endpoint given (the fake, from eng/consumer-check.sh). Exits 0 only if every step checks out.
using System.Text.Json.Nodes;
using ConsumerApp.Hireflix.Operations;
using Hireflix.Sdk;
using Hireflix.Sdk.Models;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Hireflix.Sdk.Consumer <endpoint> <api-key>");
    return 2;
}

using var hireflix = new HireflixClient(new HireflixClientOptions { Endpoint = new Uri(args[0]), ApiKey = args[1] });

var positions = await hireflix.Positions.ListAsync();
Check(positions.Count > 0, "typed: list positions");
var positionId = positions[0].Id;

var invitation = await hireflix.Interviews.InviteAsync(positionId, new CandidateInvite { FirstName = "Grace", Email = $"grace+{Guid.NewGuid():N}@example.com" });
Check(invitation.Interview.Id.Length == 24, "typed: invite");

var listed = await hireflix.ExecuteAsync(new PositionInterviewsQuery { PositionId = positionId });
Check(listed.Position?.InterviewList?.Results?.Any(i => i?.Id == invitation.Interview.Id) == true, "own query: the position's interviews include the invited one");

var session = await hireflix.ExecuteAsync(new InterviewSessionQuery { Id = invitation.Interview.Id });
Check(session.Interview?.Id == invitation.Interview.Id, $"own query: session details (ips: {Count(session.Interview?.IpAddresses)}, user agents: {Count(session.Interview?.UserAgents)}, thumbnails: {Count(session.Interview?.Thumbnails)}, steps: {Count(session.Interview?.Steps)})");

var renamed = await hireflix.ExecuteAsync(new RenameRoleMutation { Id = positionId, Name = "Staff Engineer" });
Check(renamed.Position?.Save?.Name == "Staff Engineer" && (await hireflix.Positions.GetAsync(positionId)).Name == "Staff Engineer", "own @idempotent mutation: rename");

var raw = await hireflix.ExecuteRawAsync(new HireflixRawRequest
{
    Document = "query Devices($id: String!) { interview(id: $id) { id userAgents } }",
    Variables = new JsonObject { ["id"] = invitation.Interview.Id },
});
Check(raw["interview"]?["id"]?.GetValue<string>() == invitation.Interview.Id, "raw query");

Console.WriteLine("consumer: 6 steps passed");
return 0;

static int Count<T>(IReadOnlyList<T>? list) => list?.Count ?? -1;

static void Check(bool condition, string step)
{
    if (!condition)
    {
        Console.Error.WriteLine($"consumer: step '{step}' returned unexpected data.");
        Environment.Exit(1);
    }

    Console.WriteLine($"ok  {step}");
}
