using System.Diagnostics;
using Hireflix.Sdk.Models;
using Hireflix.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Testing;
using WireMock.ResponseBuilders;

namespace Hireflix.Sdk.Tests.Security;

/// <summary>The canary API key and candidate data never appear in logs (at Trace), exception messages, ToString or span tags.</summary>
[Collection(GlobalListenersCollection.Name)]
public sealed class SecretRedactionTests : IDisposable
{
    private const string CandidateEmail = "canary.candidate@example.com";
    private const string CandidateName = "Canaryfirstname";

    private readonly MockHireflix _mock = new();
    private readonly FakeLoggerProvider _logs = new();
    private readonly List<Activity> _activities = [];
    private readonly ActivityListener _listener;

    public SecretRedactionTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == HireflixDiagnostics.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (_activities) { _activities.Add(a); } },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public async Task The_key_and_candidate_data_appear_nowhere_across_success_error_and_retry_flows()
    {
        using var clients = new TestClients(_mock.Endpoint, o => o.RetryDelay = TimeSpan.Zero, logs: _logs);
        var client = clients.Client;
        _mock.Respond("GetPositions", Responses.Positions);
        _mock.Respond("InviteCandidate", Responses.InviteSuccess.Replace("stef@example.com", CandidateEmail));
        _mock.Respond("GetInterview", """{"errors":[{"message":"boom"}]}""");
        _mock.Server.Given(MockHireflix.ForOperation("SetInterviewShortlisted")).RespondWith(Response.Create().WithStatusCode(503).WithBody("upstream down"));
        _mock.Respond("SetInterviewDiscarded", """{"message":"Unauthorized"}""", 401);
        _mock.Respond("ShareInterview", "not json");

        var messages = new List<string>();
        await client.Positions.ListAsync();
        await client.Interviews.InviteAsync(TestIds.PositionId, new CandidateInvite { FirstName = CandidateName, Email = CandidateEmail });
        messages.Add((await Record.ExceptionAsync(() => client.Interviews.GetAsync(TestIds.InterviewId)))!.ToString());
        messages.Add((await Record.ExceptionAsync(() => client.Interviews.ShortlistAsync(TestIds.InterviewId)))!.ToString());
        messages.Add((await Record.ExceptionAsync(() => client.Interviews.DiscardAsync(TestIds.InterviewId)))!.ToString());
        messages.Add((await Record.ExceptionAsync(() => client.Interviews.ShareAsync(TestIds.InterviewId, 30)))!.ToString());
        messages.Add((await Record.ExceptionAsync(() => client.Interviews.InviteAsync(TestIds.PositionId, new CandidateInvite { FirstName = CandidateName, Email = "not-an-email" })))!.ToString());
        messages.Add(new HireflixClientOptions { ApiKey = TestIds.ApiKey }.ToString());
        messages.Add(new CandidateInvite { FirstName = CandidateName, Email = CandidateEmail }.ToString());

        var logLines = _logs.Collector.GetSnapshot().Select(r => $"{r.Message} {string.Join(",", r.StructuredState ?? [])} {r.Exception}").ToList();
        List<string> tags;
        lock (_activities)
        {
            tags = _activities.SelectMany(a => a.TagObjects.Select(t => $"{t.Key}={t.Value}").Append(a.DisplayName)).ToList();
        }

        logLines.Should().NotBeEmpty("logging at Trace captured the HTTP pipeline and the SDK");
        tags.Should().NotBeEmpty();
        var everything = logLines.Concat(messages).Concat(tags).ToList();
        everything.Should().NotContain(line => line.Contains(TestIds.ApiKey), "the API key is redacted everywhere");
        everything.Should().NotContain(line => line.Contains(CandidateEmail) || line.Contains(CandidateName), "candidate data is not logged by default");
    }

    [Fact]
    public async Task Content_logging_is_opt_in()
    {
        using var clients = new TestClients(_mock.Endpoint, o => o.LogContent = true, logs: _logs);
        _mock.Respond("InviteCandidate", Responses.InviteSuccess);

        await clients.Client.Interviews.InviteAsync(TestIds.PositionId, new CandidateInvite { FirstName = CandidateName, Email = CandidateEmail });

        var lines = _logs.Collector.GetSnapshot().Select(r => r.Message).ToList();
        lines.Should().Contain(l => l.Contains(CandidateEmail), "the user asked for content logging");
        lines.Should().NotContain(l => l.Contains(TestIds.ApiKey), "the key is a header, never content");
    }

    public void Dispose()
    {
        _listener.Dispose();
        _logs.Dispose();
        _mock.Dispose();
    }
}
