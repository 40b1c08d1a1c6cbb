using Hireflix.Sdk.Models;
using Hireflix.Sdk.Operations;
using Hireflix.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Hireflix.Sdk.Tests.Wire;

/// <summary>
/// What the live graphql-js server does when a selected field does not exist (HTTP 400, double quotes, the location of
/// the selection in our one-line document), and what the SDK does about it.
/// </summary>
public sealed class WirePruningTests : IDisposable
{
    private const string Completed = """
        {"data":{"position":{"interviewList":{"results":[{"id":"68d4164f19367e041b2030c0","status":"completed","completed":1761566424331,"discardedAt":null}],"lastCursor":"c1"}}}}
        """;

    private readonly MockHireflix _mock = new();
    private readonly FakeLoggerProvider _logs = new();
    private readonly TestClients _clients;

    public WirePruningTests() => _clients = new TestClients(_mock.Endpoint, logs: _logs);

    [Fact]
    public async Task A_rejected_optional_field_is_dropped_once_per_endpoint_and_its_member_reads_unknown()
    {
        var column = ListInterviewsQuery.DocumentText.IndexOf("shortlistedAt", StringComparison.Ordinal) + 1;
        RejectWhenQueryContains("shortlistedAt", $$$"""{"errors":[{"message":"Cannot query field \"shortlistedAt\" on type \"InterviewType\". Did you mean \"completedAt\"?","locations":[{"line":1,"column":{{{column}}}}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""");

        var first = await _clients.Client.Interviews.GetPageAsync(TestIds.PositionId);
        var second = await _clients.Client.Interviews.GetPageAsync(TestIds.PositionId);

        _mock.Bodies.Should().HaveCount(3, "one extra request the first time, none after");
        var queries = _mock.Bodies.Select(b => b.GetProperty("query").GetString()!).ToList();
        queries[0].Should().Contain("shortlistedAt");
        queries[1].Should().NotContain("shortlistedAt").And.Contain(" completed discardedAt ", "the other fields are still sent");
        queries[2].Should().Be(queries[1]);
        foreach (var page in new[] { first, second })
        {
            var interview = page.Items.Should().ContainSingle().Subject;
            interview.ShortlistedAt.Should().BeNull();
            interview.Stage.Should().Be(InterviewStage.Unknown, "without shortlistedAt a completed interview may be shortlisted");
        }

        var warnings = _logs.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning && r.Message.Contains("stays null", StringComparison.Ordinal)).ToList();
        warnings.Should().ContainSingle().Which.Message.Should().Contain("InterviewSummary.ShortlistedAt").And.Contain("'shortlistedAt' on 'InterviewType'");
    }

    [Fact]
    public async Task A_discarded_interview_is_still_discarded_when_shortlistedAt_is_unknown()
    {
        RejectWhenQueryContains("shortlistedAt", """{"errors":[{"message":"Cannot query field 'shortlistedAt' on type 'InterviewType'."}]}""", discarded: true);

        var page = await _clients.Client.Interviews.GetPageAsync(TestIds.PositionId);

        page.Items.Single().Stage.Should().Be(InterviewStage.Discarded);
        _mock.Bodies.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_rejected_required_field_is_a_schema_mismatch_after_one_request()
    {
        _mock.Respond("ListInterviews", """{"errors":[{"message":"Cannot query field \"id\" on type \"InterviewType\".","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""", status: 400);

        var act = () => _clients.Client.Interviews.GetPageAsync(TestIds.PositionId);

        var error = (await act.Should().ThrowAsync<HireflixSchemaMismatchException>()).Which;
        error.Differences.Should().ContainSingle().Which.Should().Be("field 'id' on type 'InterviewType', which the SDK requires (InterviewSummary.Id)");
        _mock.Bodies.Should().ContainSingle();
    }

    [Fact]
    public async Task A_server_that_keeps_rejecting_ends_in_a_mismatch_not_a_loop()
    {
        // The same answer whatever is sent: after the one pruning, the rejected field is gone and the SDK stops.
        _mock.Respond("ListInterviews", """{"errors":[{"message":"Cannot query field \"total\" on type \"InterviewListType\"."}]}""", status: 400);

        var act = () => _clients.Client.Interviews.GetPageAsync(TestIds.PositionId);

        await act.Should().ThrowAsync<HireflixSchemaMismatchException>();
        _mock.Bodies.Should().HaveCount(2);
    }

    [Fact]
    public async Task An_unknown_argument_is_never_dropped()
    {
        _mock.Respond("ShareInterview", """{"errors":[{"message":"Unknown argument \"durationInDays\" on field \"InterviewMutationType.share\"."}]}""", status: 400);

        var act = () => _clients.Client.Interviews.ShareAsync(TestIds.InterviewId, 30);

        var error = (await act.Should().ThrowAsync<HireflixSchemaMismatchException>()).Which;
        error.Differences.Should().Equal("argument 'durationInDays' on field 'InterviewMutationType.share'");
        _mock.Bodies.Should().ContainSingle();
    }

    [Fact]
    public async Task Clearing_a_score_where_Hireflix_requires_one_names_the_expected_type()
    {
        _mock.Respond("ClearInterviewScore", """{"errors":[{"message":"Expected value of type \"Float!\", found null.","locations":[{"line":1,"column":60}]}]}""", status: 400);

        var act = () => _clients.Client.Interviews.ClearScoreAsync(TestIds.InterviewId);

        var error = (await act.Should().ThrowAsync<HireflixSchemaMismatchException>()).Which;
        error.Differences.Should().Equal("a value written into the document where Hireflix expects 'Float!'");
        _mock.Bodies.Should().ContainSingle();
    }

    public void Dispose()
    {
        _clients.Dispose();
        _mock.Dispose();
        _logs.Dispose();
    }

    private void RejectWhenQueryContains(string field, string errors, bool discarded = false)
    {
        _mock.Server.Given(Request.Create().WithPath("/me").UsingPost().WithBody((string? body) => body is not null && body.Contains(field, StringComparison.Ordinal)))
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json").WithBody(errors));
        _mock.Server.Given(Request.Create().WithPath("/me").UsingPost())
            .AtPriority(2)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(discarded ? Completed.Replace("\"discardedAt\":null", "\"discardedAt\":1761566424999", StringComparison.Ordinal) : Completed));
    }
}
