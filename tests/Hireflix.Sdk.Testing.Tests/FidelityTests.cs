using System.Text.Json;
using Hireflix.Sdk.Testing.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Hireflix.Sdk.Testing.Tests;

/// <summary>Each request Hireflix documents answered with the shape it documents.</summary>
public sealed class FidelityTests
{
    private static readonly DateTimeOffset Start = new(2025, 9, 25, 13, 24, 7, TimeSpan.Zero);

    [Fact]
    public async Task ArchivePosition_success_is_MutationArchivePositionSuccess_with_epoch_ms_archived()
    {
        var time = new FakeTimeProvider(Start);
        await using var fake = await FakeHost.StartAsync(time: time);
        var positionId = fake.SeedPosition("DevRel Manager");
        using var http = fake.CreateClient();
        time.Advance(TimeSpan.FromMinutes(5));

        var data = (await http.OperationAsync("ArchivePosition", new { id = positionId })).ShouldSucceed();

        var result = data.GetProperty("archivePosition");
        result.GetProperty("__typename").GetString().Should().Be("MutationArchivePositionSuccess");
        var position = result.GetProperty("data");
        position.GetProperty("id").GetString().Should().Be(positionId);
        position.GetProperty("name").GetString().Should().Be("DevRel Manager");
        position.GetProperty("archived").ValueKind.Should().Be(JsonValueKind.Number);
        position.GetProperty("archived").GetInt64().Should().Be(time.GetUtcNow().ToUnixTimeMilliseconds());
        position.GetProperty("active").GetBoolean().Should().BeTrue("docs: active may remain true even when archived");
    }

    [Fact]
    public async Task ArchivePosition_unknown_id_is_PositionNotFoundError_404()
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();

        var data = (await http.OperationAsync("ArchivePosition", new { id = "68d53cf0a3d3c03c50f103c3" })).ShouldSucceed();

        var error = data.GetProperty("archivePosition");
        error.GetProperty("__typename").GetString().Should().Be("PositionNotFoundError");
        error.GetProperty("code").GetInt32().Should().Be(404);
        error.GetProperty("name").GetString().Should().Be("PositionNotFoundError");
        error.GetProperty("positionNotFoundMessage").GetString().Should().Be("Position not found");
    }

    [Fact]
    public async Task Invite_success_is_InterviewType_with_hash_urls_and_ids()
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var data = (await http.OperationAsync("InviteCandidate", Invite(world.PositionId, "linus@example.com"))).ShouldSucceed();

        var interview = data.GetProperty("inviteCandidateToInterview");
        interview.GetProperty("__typename").GetString().Should().Be("InterviewType");
        interview.GetProperty("id").GetString().Should().MatchRegex("^[0-9a-f]{24}$");
        var hash = interview.GetProperty("hash").GetString();
        hash.Should().MatchRegex("^[A-Za-z0-9]{8}$");
        interview.GetProperty("url").GetProperty("public").GetString().Should().Be($"https://app.hireflix.com/{hash}");
        interview.GetProperty("url").GetProperty("short").GetString().Should().Be($"https://hflx.io/c/{hash}");
        interview.GetProperty("url").GetProperty("private").GetString().Should().StartWith("https://admin.hireflix.com/");
        interview.GetProperty("status").GetString().Should().Be("pending");
        interview.GetProperty("createdAt").ValueKind.Should().Be(JsonValueKind.Number);
        interview.GetProperty("candidate").GetProperty("fullName").GetString().Should().Be("Linus Torvalds");
        fake.EmailsSent.Should().Be(1);
        fake.GetInterview(interview.GetProperty("id").GetString()!)!.Metadata.Should().NotBeNull();
    }

    public static TheoryData<string, string, int> InviteErrorCases => new()
    {
        { "duplicate-email", "InterviewAlreadyExistsInPositionError", 409 },
        { "duplicate-external-id", "InterviewExternalIdAlreadyExistsInPositionError", 409 },
        { "unknown-position", "PositionNotFoundError", 404 },
        { "archived-position", "PositionNotReadyToAcceptInvitesError", 400 },
        { "quota", "ExceededInvitesThisPeriodError", 403 },
        { "validation", "ValidationError", 400 },
    };

    [Theory]
    [MemberData(nameof(InviteErrorCases))]
    public async Task Invite_errors_are_union_members_with_code_name_message(string scenario, string typeName, int code)
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();
        object variables = scenario switch
        {
            "duplicate-email" => Invite(world.PositionId, World.CompletedEmail.ToUpperInvariant()),
            "duplicate-external-id" => Invite(world.PositionId, "new@example.com", externalId: "ats-42"),
            "unknown-position" => Invite("68d53cf0a3d3c03c50f103c3", "new@example.com"),
            "archived-position" => Invite(world.ArchivedPositionId, "new@example.com"),
            "quota" => Invite(world.PositionId, "new@example.com"),
            _ => Invite(world.PositionId, "not-an-email", firstName: "  "),
        };
        if (scenario == "quota")
        {
            fake.SetInviteQuota(0);
        }

        var data = (await http.OperationAsync("InviteCandidate", variables)).ShouldSucceed();

        var error = data.GetProperty("inviteCandidateToInterview");
        error.GetProperty("__typename").GetString().Should().Be(typeName);
        error.GetProperty("name").GetString().Should().Be(typeName);
        error.GetProperty("code").GetInt32().Should().Be(code);
        error.EnumerateObject().Single(p => p.Name.EndsWith("Message", StringComparison.Ordinal)).Value.GetString().Should().NotBeNullOrWhiteSpace();
        fake.Interviews.Should().HaveCount(2, "a failed invite creates nothing");
        fake.EmailsSent.Should().Be(0);
        if (typeName == "ValidationError")
        {
            var fieldErrors = error.GetProperty("fieldErrors").EnumerateArray().Select(e => e.GetProperty("flattenedPath").GetString()).ToList();
            fieldErrors.Should().BeEquivalentTo(["candidate.firstName", "candidate.email"]);
        }
    }

    [Theory]
    [InlineData("externalId", 256)]
    [InlineData("firstName", 51)]
    public async Task Invite_validates_lengths(string field, int length)
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();
        var text = new string('x', length);
        var variables = field == "externalId"
            ? Invite(world.PositionId, "new@example.com", externalId: text)
            : Invite(world.PositionId, "new@example.com", firstName: text);

        var error = (await http.OperationAsync("InviteCandidate", variables)).ShouldSucceed().GetProperty("inviteCandidateToInterview");

        error.GetProperty("__typename").GetString().Should().Be("ValidationError");
        error.GetProperty("fieldErrors")[0].GetProperty("flattenedPath").GetString().Should().EndWith(field);
    }

    [Fact]
    public async Task Invite_validates_metadata_keys_and_depth()
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();
        var tooMany = Enumerable.Range(0, 26).ToDictionary(i => $"k{i}", i => (object)i);
        var tooDeep = new { a = new { b = new { c = new { d = 1 } } } };
        var deepEnough = new { a = new { b = new { c = 1 } } };

        foreach (var (metadata, expected) in new (object, string)[] { (tooMany, "ValidationError"), (tooDeep, "ValidationError"), (deepEnough, "InterviewType") })
        {
            var variables = new { positionId = world.PositionId, firstName = "Meta", email = $"{Guid.NewGuid():N}@example.com", metadata };
            var result = (await http.OperationAsync("InviteCandidate", variables)).ShouldSucceed().GetProperty("inviteCandidateToInterview");
            result.GetProperty("__typename").GetString().Should().Be(expected);
        }
    }

    [Fact]
    public async Task Interview_archive_sets_discardedAt_as_epoch_ms_and_restore_clears_it()
    {
        var time = new FakeTimeProvider(Start);
        await using var fake = await FakeHost.StartAsync(time: time);
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var discarded = (await http.OperationAsync("SetInterviewDiscarded", new { id = world.CompletedInterviewId, archive = true }))
            .ShouldSucceed().GetProperty("Interview").GetProperty("archive");
        discarded.GetProperty("discardedAt").GetInt64().Should().Be(Start.ToUnixTimeMilliseconds());
        fake.GetInterview(world.CompletedInterviewId)!.Stage.Should().Be("discarded");

        var restored = (await http.OperationAsync("SetInterviewDiscarded", new { id = world.CompletedInterviewId, archive = false }))
            .ShouldSucceed().GetProperty("Interview").GetProperty("archive");
        restored.GetProperty("discardedAt").ValueKind.Should().Be(JsonValueKind.Null);
        fake.GetInterview(world.CompletedInterviewId)!.Stage.Should().Be("to_evaluate");
    }

    [Fact]
    public async Task Share_returns_externalLink_url_and_expiry_defaulting_to_75_days()
    {
        var time = new FakeTimeProvider(Start);
        await using var fake = await FakeHost.StartAsync(time: time);
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var shared = (await http.OperationAsync("ShareInterview", new { id = world.CompletedInterviewId, durationInDays = 365 }))
            .ShouldSucceed().GetProperty("Interview").GetProperty("share");
        shared.GetProperty("externalId").GetString().Should().Be("ats-42");
        var url = shared.GetProperty("externalLink").GetProperty("url").GetString();
        url.Should().MatchRegex("^https://shared\\.hireflix\\.com/interview/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
        shared.GetProperty("externalLink").GetProperty("expires").GetInt64().Should().Be(Start.AddDays(365).ToUnixTimeMilliseconds());

        var byDefault = (await http.QueryAsync(
            "mutation($id: String) { Interview(id: $id) { share { externalLink { url expires id interviewId positionId labels } } } }",
            new { id = world.CompletedInterviewId })).ShouldSucceed().GetProperty("Interview").GetProperty("share").GetProperty("externalLink");
        byDefault.GetProperty("expires").GetInt64().Should().Be(Start.AddDays(75).ToUnixTimeMilliseconds());
        byDefault.GetProperty("url").GetString().Should().Be(url, "sharing again keeps the same public link");
        byDefault.GetProperty("interviewId").GetString().Should().Be(world.CompletedInterviewId);
        byDefault.GetProperty("positionId").GetString().Should().Be(world.PositionId);
    }

    [Fact]
    public async Task Score_returns_team_value_and_per_reviewer_overridenScore()
    {
        var time = new FakeTimeProvider(Start);
        await using var fake = await FakeHost.StartAsync(time: time);
        var world = World.Seed(fake);
        using var http = fake.CreateClient();
        const string Query = """
            mutation { Interview(id: "ID") { score(score: 4.5) { id score { value }
              scores { computedScore overridenScore { createdAt updatedAt value __typename } scorer { name } } } } }
            """;

        var scored = (await http.QueryAsync(Query.Replace("ID", world.CompletedInterviewId, StringComparison.Ordinal)))
            .ShouldSucceed().GetProperty("Interview").GetProperty("score");

        scored.GetProperty("id").GetString().Should().Be(world.CompletedInterviewId);
        scored.GetProperty("score").GetProperty("value").GetDouble().Should().Be(4.5);
        var mine = scored.GetProperty("scores").EnumerateArray().Single();
        mine.GetProperty("computedScore").GetDouble().Should().Be(0);
        mine.GetProperty("scorer").GetProperty("name").GetString().Should().Be("Michiel");
        var overriden = mine.GetProperty("overridenScore");
        overriden.GetProperty("__typename").GetString().Should().Be("InterviewTeamMemberOverridenScore");
        overriden.GetProperty("value").GetDouble().Should().Be(4.5);
        overriden.GetProperty("createdAt").GetInt64().Should().Be(Start.ToUnixTimeMilliseconds());
        overriden.GetProperty("updatedAt").GetInt64().Should().Be(Start.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Finalist_answers_the_interview_id()
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var data = (await http.QueryAsync($"mutation {{ Interview(id: \"{world.CompletedInterviewId}\") {{ finalist(finalist: true) {{ id }} }} }}")).ShouldSucceed();

        data.GetProperty("Interview").GetProperty("finalist").GetProperty("id").GetString().Should().Be(world.CompletedInterviewId);
    }

    [Fact]
    public async Task Positions_query_lists_open_and_archived()
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var positions = (await http.QueryAsync("query GetPositions { positions { id name archived } }")).ShouldSucceed().GetProperty("positions");

        positions.GetArrayLength().Should().Be(2);
        positions.EnumerateArray().Single(p => p.GetProperty("id").GetString() == world.ArchivedPositionId)
            .GetProperty("archived").ValueKind.Should().Be(JsonValueKind.Number);
        positions.EnumerateArray().Single(p => p.GetProperty("id").GetString() == world.PositionId)
            .GetProperty("archived").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Interview_results_carry_video_and_transcription_words()
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var interview = (await http.OperationAsync("GetInterview", new { id = world.CompletedInterviewId })).ShouldSucceed().GetProperty("interview");

        interview.GetProperty("status").GetString().Should().Be("completed");
        interview.GetProperty("completed").ValueKind.Should().Be(JsonValueKind.Number);
        var answer = interview.GetProperty("questions")[1].GetProperty("answer");
        answer.GetProperty("url").GetString().Should().StartWith("https://");
        var transcription = answer.GetProperty("transcription");
        transcription.GetProperty("text").GetString().Should().Be("Because video interviews.");
        transcription.GetProperty("languageCode").GetString().Should().Be("en");
        var word = transcription.GetProperty("words")[0];
        word.GetProperty("text").GetString().Should().Be("Because");
        word.GetProperty("end").GetDouble().Should().Be(0.5);
        interview.GetProperty("position").GetProperty("id").GetString().Should().Be(world.PositionId);
    }

    [Fact]
    public async Task Unknown_interview_query_is_null_and_unknown_namespace_mutation_is_a_404_error()
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();

        (await http.OperationAsync("GetInterview", new { id = "699d9212c1700764a4fff102" })).ShouldSucceed()
            .GetProperty("interview").ValueKind.Should().Be(JsonValueKind.Null);

        var response = await http.OperationAsync("ScoreInterview", new { id = "699d9212c1700764a4fff102", score = 3 });
        response.Errors[0].GetProperty("message").GetString().Should().Be("Interview not found");
        response.Errors[0].GetProperty("extensions").GetProperty("code").GetInt32().Should().Be(404);
    }

    [Fact]
    public async Task Legacy_invite_duplicate_is_candidate_already_exists_409()
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();
        const string Mutation = "mutation invite($positionId: String, $candidate: inputCandidate) { Position(id: $positionId) { invite(candidate: $candidate) { id hash } } }";

        var first = await http.QueryAsync(Mutation, new { positionId = world.PositionId, candidate = new { name = "Alan Turing", email = "alan@example.com" } });
        first.ShouldSucceed().GetProperty("Position").GetProperty("invite").GetProperty("hash").GetString().Should().HaveLength(8);

        var again = await http.QueryAsync(Mutation, new { positionId = world.PositionId, candidate = new { name = "Alan Turing", email = "alan@example.com" } });
        again.Errors[0].GetProperty("message").GetString().Should().Be("candidate-already-exists");
        again.Errors[0].GetProperty("extensions").GetProperty("code").GetInt32().Should().Be(409);
    }

    private static object Invite(string positionId, string email, string firstName = "Linus", string? externalId = null) => new
    {
        positionId,
        firstName,
        lastName = "Torvalds",
        email,
        externalId,
        metadata = new { source = "ats" },
    };
}
