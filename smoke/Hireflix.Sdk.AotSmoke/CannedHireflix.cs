using System.Net;
using System.Text;
using System.Text.Json;

namespace Hireflix.Sdk.AotSmoke;

/// <summary>Answers each operation with a documented-shape response, so the smoke test needs no network.</summary>
internal sealed class CannedHireflix : HttpMessageHandler
{
    private const string Summary = """
        {"id":"68d4164f19367e041b2030c0","hash":"HQ2oCtTC","status":"completed","createdAt":1761566424331,"completed":1761569000000,
         "completedAt":1761569000000,"shortlistedAt":null,"discardedAt":null,
         "candidate":{"firstName":"Ada","lastName":"Lovelace","email":"ada@example.com"},
         "url":{"public":"https://app.hireflix.com/HQ2oCtTC","short":"https://hflx.io/c/HQ2oCtTC"},"score":{"value":4.5}}
        """;

    public int Requests { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        if (!request.Headers.Contains("X-API-KEY"))
        {
            return Json(HttpStatusCode.Unauthorized, """{"message":"Unauthorized"}""");
        }

        using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
        var operation = body.RootElement.GetProperty("operationName").GetString();
        return operation switch
        {
            "GetPositions" => Json(HttpStatusCode.OK, """{"data":{"positions":[{"id":"68d53cf0a3d3c03c50f103c3","name":"DevRel Manager","archived":1758806647378},{"id":"68b43e38b19cf131a17c543f","name":"Backend Engineer","archived":null}]}}"""),
            "InviteCandidate" => Json(HttpStatusCode.OK, """{"data":{"inviteCandidateToInterview":{"__typename":"InterviewType",""" + Summary.Trim()[1..] + "}}"),
            "ListInterviews" => Json(HttpStatusCode.OK, body.RootElement.GetProperty("variables").TryGetProperty("lastCursor", out _)
                ? """{"data":{"position":{"interviewList":{"results":[],"lastCursor":"c1","count":0,"total":1}}}}"""
                : """{"data":{"position":{"interviewList":{"results":[""" + Summary + """],"lastCursor":"c1","count":1,"total":1}}}}"""),
            "GetInterview" => Json(HttpStatusCode.OK, """{"data":{"interview":{"id":"68d4164f19367e041b2030c0","status":"completed","questions":[{"id":"q1","title":"Why us?","answer":{"id":"a1","url":"https://cdn.example/a1.mp4","transcription":{"languageCode":"en","text":"Hello there","words":[{"text":"Hello","start":0.1,"end":0.5}]}}}],"userMetadata":{"ats":"R-1"}}}}"""),
            "ScoreInterview" => Json(HttpStatusCode.OK, """{"data":{"Interview":{"score":{"id":"68d4164f19367e041b2030c0","score":{"value":4.5},"scores":[{"computedScore":0,"overriddenScore":{"value":4.5,"createdAt":1758830984015}}]}}}}"""),
            _ => Json(HttpStatusCode.OK, """{"errors":[{"message":"Unknown operation"}]}"""),
        };
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
