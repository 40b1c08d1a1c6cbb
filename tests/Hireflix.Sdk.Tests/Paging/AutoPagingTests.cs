using Hireflix.Sdk.Models;
using Hireflix.Sdk.Tests.Infrastructure;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Hireflix.Sdk.Tests.Paging;

public sealed class AutoPagingTests : IDisposable
{
    private readonly MockHireflix _mock = new();
    private readonly TestClients _clients;

    public AutoPagingTests() => _clients = new TestClients(_mock.Endpoint);

    [Fact]
    public async Task Three_pages_then_an_empty_page_yield_every_interview_once()
    {
        RespondToCursor(null, Page(["000000000000000000000001", "000000000000000000000002"], "c1"));
        RespondToCursor("c1", Page(["000000000000000000000003", "000000000000000000000004"], "c2"));
        RespondToCursor("c2", Page(["000000000000000000000005"], "c3"));
        RespondToCursor("c3", Page([], "c3"));

        var ids = new List<string>();
        await foreach (var interview in _clients.Client.Interviews.ListAsync(TestIds.PositionId, new InterviewListOptions { PageSize = 2 }))
        {
            ids.Add(interview.Id);
        }

        ids.Should().Equal("000000000000000000000001", "000000000000000000000002", "000000000000000000000003", "000000000000000000000004", "000000000000000000000005");
        _mock.Requests.Should().HaveCount(4);
        _mock.Bodies.Select(b => b.GetProperty("variables").GetProperty("limit").GetInt32()).Should().AllBeEquivalentTo(2);
    }

    [Fact]
    public async Task A_cursor_that_repeats_throws_instead_of_looping()
    {
        RespondToCursor(null, Page(["000000000000000000000001"], "same"));
        RespondToCursor("same", Page(["000000000000000000000002"], "same"));

        var act = async () =>
        {
            await foreach (var _ in _clients.Client.Interviews.ListAsync(TestIds.PositionId))
            {
            }
        };

        (await act.Should().ThrowAsync<HireflixResponseException>()).Which.Message.Should().Contain("cursor");
        _mock.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Listing_by_stage_sends_the_stage_on_every_page()
    {
        _mock.Server.Given(MockHireflix.ForOperation("ListInterviewsByStage").WithBody(new JsonPartialMatcher("""{"variables":{"lastCursor":"c1"}}""")))
            .AtPriority(1)
            .RespondWith(Response.Create().WithBody(Page([], "c1")));
        _mock.Server.Given(MockHireflix.ForOperation("ListInterviewsByStage")).AtPriority(2)
            .RespondWith(Response.Create().WithBody(Page(["000000000000000000000009"], "c1")));

        var all = new List<InterviewSummary>();
        await foreach (var interview in _clients.Client.Interviews.ListAsync(TestIds.PositionId, new InterviewListOptions { Stage = InterviewStage.Shortlisted }))
        {
            all.Add(interview);
        }

        all.Should().ContainSingle();
        _mock.Bodies.Select(b => b.GetProperty("query").GetString()!.Contains("filter:{status:{equal:shortlisted}}", StringComparison.Ordinal)).Should().Equal(true, true);
    }

    [Fact]
    public async Task Cancelling_between_pages_stops_the_listing()
    {
        RespondToCursor(null, Page(["000000000000000000000001"], "c1"));
        RespondToCursor("c1", Page(["000000000000000000000002"], "c2"));
        using var cts = new CancellationTokenSource();

        var act = async () =>
        {
            await foreach (var _ in _clients.Client.Interviews.ListAsync(TestIds.PositionId, cancellationToken: cts.Token))
            {
                await cts.CancelAsync();
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        _mock.Requests.Should().HaveCount(1);
    }

    private void RespondToCursor(string? cursor, string body)
    {
        var request = cursor is null
            ? Request.Create().WithPath("/me").UsingPost().WithBody(IsFirstPageRequest)
            : MockHireflix.ForOperation("ListInterviews").WithBody(new JsonPartialMatcher("{\"variables\":{\"lastCursor\":\"" + cursor + "\"}}"));
        _mock.Server.Given(request).RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(body));
    }

    private static bool IsFirstPageRequest(string? body)
    {
        if (body is null)
        {
            return false;
        }

        using var json = System.Text.Json.JsonDocument.Parse(body);
        return json.RootElement.GetProperty("operationName").GetString() == "ListInterviews"
            && !json.RootElement.GetProperty("variables").TryGetProperty("lastCursor", out _);
    }

    private static string Page(string[] ids, string cursor)
    {
        var items = string.Join(",", ids.Select(id => Responses.InterviewSummaryJson.Replace(TestIds.InterviewId, id)));
        return "{\"data\":{\"position\":{\"interviewList\":{\"results\":[" + items + "],\"lastCursor\":\"" + cursor + "\",\"count\":" + ids.Length + ",\"total\":5}}}}";
    }

    public void Dispose()
    {
        _clients.Dispose();
        _mock.Dispose();
    }
}
