using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Hireflix.Sdk.Testing.Internal;
using Hireflix.Sdk.Testing.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Hireflix.Sdk.Testing.Tests;

/// <summary>Hireflix's documented behaviour: stages, per-reviewer scores, comments, position lifecycle, invites.</summary>
public sealed class BehaviourTests
{
    private static readonly DateTimeOffset Start = new(2025, 10, 13, 14, 0, 46, TimeSpan.Zero);

    [Fact]
    public async Task Stages_move_pending_to_evaluate_shortlisted_discarded_and_back()
    {
        var time = new FakeTimeProvider(Start);
        await using var fake = await FakeHost.StartAsync(time: time);
        var positionId = fake.SeedPosition("Designer");
        var id = fake.SeedInterview(positionId, new FakeCandidate("Dora", null, "dora@example.com"));
        using var http = fake.CreateClient();
        fake.GetInterview(id)!.Stage.Should().Be("pending");

        time.Advance(TimeSpan.FromHours(1));
        fake.CompleteInterview(id);
        var completed = await SummaryAsync(http, id);
        completed.GetProperty("status").GetString().Should().Be("completed");
        completed.GetProperty("completed").GetInt64().Should().Be(Start.AddHours(1).ToUnixTimeMilliseconds());
        fake.GetInterview(id)!.Stage.Should().Be("to_evaluate");

        time.Advance(TimeSpan.FromHours(1));
        var shortlisted = await MutateAsync(http, "SetInterviewShortlisted", new { id, finalist = true }, "finalist");
        shortlisted.GetProperty("shortlistedAt").GetInt64().Should().Be(Start.AddHours(2).ToUnixTimeMilliseconds());
        fake.GetInterview(id)!.Stage.Should().Be("shortlisted");

        await MutateAsync(http, "SetInterviewDiscarded", new { id, archive = true }, "archive");
        fake.GetInterview(id)!.Stage.Should().Be("discarded");
        await MutateAsync(http, "SetInterviewDiscarded", new { id, archive = false }, "archive");
        fake.GetInterview(id)!.Stage.Should().Be("shortlisted", "restoring a discard returns to the earlier stage");

        var back = await MutateAsync(http, "SetInterviewShortlisted", new { id, finalist = false }, "finalist");
        back.GetProperty("shortlistedAt").ValueKind.Should().Be(JsonValueKind.Null);
        fake.GetInterview(id)!.Stage.Should().Be("to_evaluate");
    }

    [Fact]
    public async Task Scores_are_per_reviewer_with_team_average_and_null_unsets()
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        fake.AddApiKey("second-key", "Second Reviewer");
        using var first = fake.CreateClient();
        using var second = fake.CreateClient("second-key");
        var id = world.CompletedInterviewId;

        await MutateAsync(first, "ScoreInterview", new { id, score = 4.5 }, "score");
        var both = await MutateAsync(second, "ScoreInterview", new { id, score = 3.5 }, "score");
        both.GetProperty("score").GetProperty("value").GetDouble().Should().Be(4);
        both.GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("scorer").GetProperty("name").GetString())
            .Should().Equal("Michiel", "Second Reviewer");

        var changed = await MutateAsync(first, "ScoreInterview", new { id, score = 2.5 }, "score");
        changed.GetProperty("score").GetProperty("value").GetDouble().Should().Be(3);

        var unset = await MutateAsync(second, "ScoreInterview", new { id, score = (double?)null }, "score");
        unset.GetProperty("score").GetProperty("value").GetDouble().Should().Be(2.5);
        unset.GetProperty("scores").GetArrayLength().Should().Be(1);
        fake.GetInterview(id)!.Score.Should().Be(2.5);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5.5)]
    [InlineData(3.3)]
    public async Task Out_of_range_score_is_an_error(double score)
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var response = await http.OperationAsync("ScoreInterview", new { id = world.CompletedInterviewId, score });

        response.Errors[0].GetProperty("message").GetString().Should().Contain("score");
        fake.GetInterview(world.CompletedInterviewId)!.Score.Should().BeNull();
    }

    [Fact]
    public async Task Comments_are_stored_with_author_and_time()
    {
        var time = new FakeTimeProvider(Start);
        await using var fake = await FakeHost.StartAsync(time: time);
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        await MutateAsync(http, "CommentInterview", new { id = world.CompletedInterviewId, comment = "Great energy." }, "comment");
        time.Advance(TimeSpan.FromMinutes(3));
        var result = await MutateAsync(http, "CommentInterview", new { id = world.CompletedInterviewId, comment = "Follow up on SQL." }, "comment");

        var comments = result.GetProperty("comments").EnumerateArray().ToList();
        comments.Select(c => c.GetProperty("text").GetString()).Should().Equal("Great energy.", "Follow up on SQL.");
        comments[1].GetProperty("createdAt").GetInt64().Should().Be(Start.AddMinutes(3).ToUnixTimeMilliseconds());
        comments[1].GetProperty("author").GetProperty("name").GetString().Should().Be("Michiel");
        fake.GetInterview(world.CompletedInterviewId)!.Comments.Should().HaveCount(2);
        (await http.OperationAsync("CommentInterview", new { id = world.CompletedInterviewId, comment = " " })).HasErrors.Should().BeTrue();
    }

    [Fact]
    public async Task Rename_archive_legacy_and_delete_cascade()
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var renamed = await http.OperationAsync("RenamePosition", new { id = world.PositionId, name = "Platform Engineer" });
        renamed.ShouldSucceed().GetProperty("Position").GetProperty("save").GetProperty("name").GetString().Should().Be("Platform Engineer");
        (await http.OperationAsync("RenamePosition", new { id = world.PositionId, name = new string('n', 51) })).HasErrors.Should().BeTrue();

        var archived = await http.QueryAsync($"mutation {{ Position(id: \"{world.PositionId}\") {{ archive(archive: true) {{ archived }} }} }}");
        archived.ShouldSucceed().GetProperty("Position").GetProperty("archive").GetProperty("archived").ValueKind.Should().Be(JsonValueKind.Number);
        var reopened = await http.QueryAsync($"mutation {{ Position(id: \"{world.PositionId}\") {{ archive(archive: false) {{ archived }} }} }}");
        reopened.ShouldSucceed().GetProperty("Position").GetProperty("archive").GetProperty("archived").ValueKind.Should().Be(JsonValueKind.Null);

        var deleted = await http.OperationAsync("DeletePosition", new { id = world.PositionId });
        deleted.ShouldSucceed().GetProperty("Position").GetProperty("delete").GetBoolean().Should().BeTrue();
        fake.Interviews.Should().BeEmpty("deleting a position removes its interviews");
        fake.Positions.Select(p => p.Id).Should().Equal(world.ArchivedPositionId);
        (await http.OperationAsync("GetInterview", new { id = world.CompletedInterviewId })).ShouldSucceed()
            .GetProperty("interview").ValueKind.Should().Be(JsonValueKind.Null);

        var again = await http.OperationAsync("DeletePosition", new { id = world.PositionId });
        again.Errors[0].GetProperty("extensions").GetProperty("code").GetInt32().Should().Be(404);
    }

    [Fact]
    public async Task Save_without_id_creates_a_position()
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();

        var created = await http.QueryAsync("mutation { Position { save(position: { name: \"New\", questions: [{ title: \"Hi?\" }] }) { id name } } }");

        created.ShouldSucceed().GetProperty("Position").GetProperty("save").GetProperty("id").GetString().Should().MatchRegex("^[0-9a-f]{24}$");
        fake.Positions.Should().ContainSingle(p => p.Name == "New");
    }

    [Fact]
    public async Task Invite_sends_an_email_unless_notifications_are_disabled()
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        await http.OperationAsync("InviteCandidate", new { positionId = world.PositionId, firstName = "Mail", email = "mail@example.com" });
        await http.OperationAsync("InviteCandidate", new { positionId = world.PositionId, firstName = "Quiet", email = "quiet@example.com", disableNotifications = true });

        fake.EmailsSent.Should().Be(1);
        fake.SentEmails.Single().To.Should().Be("mail@example.com");
        fake.Interviews.Single(i => i.Email == "quiet@example.com").DisableNotifications.Should().BeTrue();
        fake.InvitesThisPeriod.Should().Be(2);
    }

    [Fact]
    public async Task Invite_quota_counts_accepted_invites()
    {
        await using var fake = await FakeHost.StartAsync(inviteQuota: 1);
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var first = await http.OperationAsync("InviteCandidate", new { positionId = world.PositionId, firstName = "One", email = "one@example.com" });
        var second = await http.OperationAsync("InviteCandidate", new { positionId = world.PositionId, firstName = "Two", email = "two@example.com" });

        first.ShouldSucceed().GetProperty("inviteCandidateToInterview").GetProperty("__typename").GetString().Should().Be("InterviewType");
        second.ShouldSucceed().GetProperty("inviteCandidateToInterview").GetProperty("__typename").GetString().Should().Be("ExceededInvitesThisPeriodError");
        fake.SetInviteQuota(null);
        (await http.OperationAsync("InviteCandidate", new { positionId = world.PositionId, firstName = "Two", email = "two@example.com" }))
            .ShouldSucceed().GetProperty("inviteCandidateToInterview").GetProperty("__typename").GetString().Should().Be("InterviewType");
    }

    [Theory]
    [MemberData(nameof(FakeHost.Modes), MemberType = typeof(FakeHost))]
    public async Task Concurrent_invites_for_one_email_create_exactly_one_interview(bool loopback)
    {
        await using var fake = await FakeHost.StartAsync(loopback);
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ =>
            http.OperationAsync("InviteCandidate", new { positionId = world.PositionId, firstName = "Race", email = "race@example.com" })));

        results.Select(r => r.ShouldSucceed().GetProperty("inviteCandidateToInterview").GetProperty("__typename").GetString())
            .Count(t => t == "InterviewType").Should().Be(1);
        fake.EmailsSent.Should().Be(1);
    }

    [Fact]
    public async Task Every_change_goes_through_one_event()
    {
        await using var fake = await FakeHost.StartAsync();
        var events = new ConcurrentQueue<FakeStateChange>();
        fake.State.Changed += events.Enqueue;
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        await http.OperationAsync("SetInterviewShortlisted", new { id = world.CompletedInterviewId, finalist = true });
        await http.OperationAsync("ScoreInterview", new { id = world.CompletedInterviewId, score = 4 });
        await http.OperationAsync("DeletePosition", new { id = world.PositionId });

        events.Select(e => e.Event).Should().ContainInOrder(
            "position.create", "interview.create", "interview.finish", "interview.status-change", "interview.score-updated", "interview.delete", "position.delete");
    }

    [Fact]
    public async Task Unknown_ids_in_seeding_hooks_throw()
    {
        await using var fake = await FakeHost.StartAsync();

        var seed = () => fake.SeedInterview("000000000000000000000000", new FakeCandidate("X", null, "x@example.com"));
        var complete = () => fake.CompleteInterview("000000000000000000000000");

        seed.Should().Throw<InvalidOperationException>();
        complete.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public async Task Dispose_stops_the_loopback_listener()
    {
        var fake = await FakeHost.StartAsync(loopback: true);
        var endpoint = fake.Endpoint;
        await fake.DisposeAsync();

        using var http = new HttpClient { BaseAddress = endpoint };
        var call = () => http.PostAsync(string.Empty, new StringContent("{}"));

        await call.Should().ThrowAsync<HttpRequestException>();
    }

    private static async Task<JsonElement> SummaryAsync(HttpClient http, string id) =>
        (await http.OperationAsync("GetInterview", new { id })).ShouldSucceed().GetProperty("interview");

    private static async Task<JsonElement> MutateAsync(HttpClient http, string operation, object variables, string field)
    {
        var response = await http.OperationAsync(operation, variables);
        response.Status.Should().Be(HttpStatusCode.OK);
        return response.ShouldSucceed().GetProperty("Interview").GetProperty(field);
    }
}
