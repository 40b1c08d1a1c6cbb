using System.Text.Json;
using Hireflix.Sdk.Testing.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Hireflix.Sdk.Testing.Tests;

/// <summary><c>interviewList</c> cursor paging: newest first, always a cursor, an empty page ends the list.</summary>
public sealed class PagingTests
{
    [Fact]
    public async Task Three_pages_then_an_empty_page_newest_first()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 10, 1, 8, 0, 0, TimeSpan.Zero));
        await using var fake = await FakeHost.StartAsync(time: time);
        var positionId = fake.SeedPosition("Support Agent");
        var created = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            created.Add(fake.SeedInterview(positionId, new FakeCandidate($"C{i}", null, $"c{i}@example.com")));
            time.Advance(TimeSpan.FromMinutes(1));
        }

        using var http = fake.CreateClient();
        var seen = new List<string>();
        var pageSizes = new List<int>();
        string? cursor = null;
        for (var page = 0; page < 10; page++)
        {
            var list = (await http.OperationAsync("ListInterviews", new { positionId, limit = 3, lastCursor = cursor }))
                .ShouldSucceed().GetProperty("position").GetProperty("interviewList");
            list.GetProperty("lastCursor").ValueKind.Should().Be(JsonValueKind.String, "the API always returns a lastCursor");
            list.GetProperty("total").GetInt32().Should().Be(7);
            var results = list.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
            list.GetProperty("count").GetInt32().Should().Be(results.Count);
            pageSizes.Add(results.Count);
            if (results.Count == 0)
            {
                break;
            }

            seen.AddRange(results);
            cursor = list.GetProperty("lastCursor").GetString();
        }

        pageSizes.Should().Equal(3, 3, 1, 0);
        seen.Should().Equal(Enumerable.Reverse(created));
    }

    [Fact]
    public async Task Stage_filter_returns_only_that_stage()
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        var shortlisted = fake.SeedInterview(world.PositionId, new FakeCandidate("S", null, "s@example.com"), completed: true);
        using var http = fake.CreateClient();
        await http.OperationAsync("SetInterviewShortlisted", new { id = shortlisted, finalist = true });

        async Task<List<string>> StageAsync(string stage) =>
            (await http.OperationAsync("ListInterviewsByStage", new { positionId = world.PositionId, stage, limit = 50 }))
                .ShouldSucceed().GetProperty("position").GetProperty("interviewList").GetProperty("results")
                .EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();

        (await StageAsync("pending")).Should().Equal(world.PendingInterviewId);
        (await StageAsync("to_evaluate")).Should().Equal(world.CompletedInterviewId);
        (await StageAsync("shortlisted")).Should().Equal(shortlisted);
        (await StageAsync("discarded")).Should().BeEmpty();
    }

    [Fact]
    public async Task Unknown_stage_is_a_validation_error()
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var response = await http.OperationAsync("ListInterviewsByStage", new { positionId = world.PositionId, stage = "completed", limit = 5 });

        response.HasErrors.Should().BeTrue();
        response.Json.TryGetProperty("data", out _).Should().BeFalse();
    }

    [Fact]
    public async Task Email_filters_equal_and_regex_and_ascending_sort()
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var found = (await http.OperationAsync("FindInterviewByEmail", new { positionId = world.PositionId, email = "GRACE@example.com" }))
            .ShouldSucceed().GetProperty("position").GetProperty("interviewList").GetProperty("results");
        found.EnumerateArray().Single().GetProperty("id").GetString().Should().Be(world.CompletedInterviewId);

        var list = (await http.QueryAsync("""
            query($p: String!) { position(id: $p) { interviewList(input: {
              filter: { email: { regex: "^(ada|grace)@" } }, sort: [{ field: createdAt, direction: ASC }] }) { results { id } count total } } }
            """, new { p = world.PositionId })).ShouldSucceed().GetProperty("position").GetProperty("interviewList");
        list.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetString())
            .Should().Equal(world.PendingInterviewId, world.CompletedInterviewId);
        list.GetProperty("total").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task Score_filter_uses_the_team_average()
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();
        await http.OperationAsync("ScoreInterview", new { id = world.CompletedInterviewId, score = 4 });

        var results = (await http.QueryAsync(
            "query($p: String!) { position(id: $p) { interviewList(input: { filter: { score: { greaterThanOrEqual: 3.5 } } }) { results { id } } } }",
            new { p = world.PositionId })).ShouldSucceed().GetProperty("position").GetProperty("interviewList").GetProperty("results");

        results.EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal(world.CompletedInterviewId);
    }
}
