using System.Text.Json.Nodes;
using Hireflix.Sdk.Samples.Operations;

namespace Hireflix.Sdk.Samples;

/// <summary>Fields the typed API does not cover: an operation generated from this project's own .graphql file, then a raw document.</summary>
internal static class OwnOperationsDemo
{
    public static async Task RunAsync(HireflixClient hireflix, string interviewId, CancellationToken cancellationToken)
    {
        Output.Step("Your own operations: a typed query from Hireflix/Session.graphql, then a raw document");
        var session = await hireflix.ExecuteAsync(new InterviewSessionQuery { Id = interviewId }, cancellationToken);
        Output.Line($"typed: {session.Interview?.Thumbnails?.Count ?? 0} thumbnails, {session.Interview?.IpAddresses?.Count ?? 0} IP addresses, {session.Interview?.UserAgents?.Count ?? 0} user agents");

        var raw = await hireflix.ExecuteRawAsync(
            new HireflixRawRequest
            {
                Document = "query Thumbnails($id: String!) { interview(id: $id) { thumbnails } }",
                Variables = new JsonObject { ["id"] = interviewId },
            },
            cancellationToken);
        Output.Line($"raw:   {raw["interview"]?["thumbnails"]?.AsArray().Count ?? 0} thumbnails, as JSON");
    }
}
