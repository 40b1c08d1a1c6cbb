using System.Net;
using System.Text;
using System.Text.Json;

namespace Hireflix.Sdk.EndToEndTests;

/// <summary>Retries, lost responses, authentication and GraphQL validation, end to end against the fake.</summary>
public sealed class ReliabilityEndToEndTests
{
    public static TheoryData<FakeMode, bool> ModesAndLostResponseKinds => new()
    {
        { FakeMode.InMemory, false },
        { FakeMode.InMemory, true },
        { FakeMode.Loopback, false },
        { FakeMode.Loopback, true },
    };

    [Theory]
    [MemberData(nameof(ModesAndLostResponseKinds))]
    public async Task Invite_whose_first_response_is_lost_returns_the_interview_it_created_exactly_once(FakeMode mode, bool dropConnection)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Backend Engineer");
        var lost = (dropConnection ? FakeFault.Drop() : FakeFault.Status(503)) with { Timing = FaultTiming.AfterExecution, OperationName = "InviteCandidate" };
        h.Fake.Faults.Enqueue(lost);

        var invitation = await h.Interviews.InviteAsync(positionId, Invites.Candidate("ada@example.com", externalId: "ats-1"));

        invitation.AlreadyExisted.Should().BeTrue();
        h.Fake.Interviews.Should().ContainSingle();
        var stored = h.Fake.Interviews.Single();
        invitation.Interview.Id.Should().Be(stored.Id);
        invitation.Interview.Candidate!.Email.Should().Be("ada@example.com");
        invitation.Interview.ExternalId.Should().Be("ats-1");
        h.Fake.EmailsSent.Should().Be(1, "the candidate must be e-mailed exactly once");
        h.Fake.Faults.Served.Should().Be(1);
        h.Fake.RequestsFor("InviteCandidate").Should().Be(2);
        h.Fake.RequestsFor("FindInterviewByEmail").Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Invite_failing_before_execution_is_retried_and_created_normally(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Backend Engineer");
        h.Fake.Faults.Enqueue(FakeFault.Status(503) with { OperationName = "InviteCandidate" }, times: 2);

        var invitation = await h.Interviews.InviteAsync(positionId, Invites.Candidate());

        invitation.AlreadyExisted.Should().BeFalse("the attempt that got through created it");
        h.Fake.Interviews.Should().ContainSingle();
        h.Fake.EmailsSent.Should().Be(1);
        h.Fake.RequestsFor("InviteCandidate").Should().Be(3);
    }

    [Theory]
    [MemberData(nameof(ModesAndLostResponseKinds))]
    public async Task Comment_whose_response_is_lost_is_not_retried(FakeMode mode, bool dropConnection)
    {
        await using var h = await Harness.StartAsync(mode);
        var (_, interviewId) = h.SeedCompleted();
        var lost = (dropConnection ? FakeFault.Drop() : FakeFault.Status(503)) with { Timing = FaultTiming.AfterExecution, OperationName = "CommentInterview" };
        h.Fake.Faults.Enqueue(lost);

        await h.Invoking(x => x.Interviews.CommentAsync(interviewId, "Only once")).Should().ThrowAsync<HireflixException>();

        h.Fake.GetInterview(interviewId)!.Comments.Select(c => c.Text).Should().Equal("Only once");
        h.Fake.RequestsFor("CommentInterview").Should().Be(1, "a comment that may have been stored is never sent again");
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Comment_refused_with_429_before_execution_is_retried_once_stored(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var (_, interviewId) = h.SeedCompleted();
        h.Fake.Faults.Enqueue(FakeFault.Status(429, retryAfter: "0") with { OperationName = "CommentInterview" });

        var comments = await h.Interviews.CommentAsync(interviewId, "After the rate limit");

        comments.Select(c => c.Text).Should().Equal("After the rate limit");
        h.Fake.RequestsFor("CommentInterview").Should().Be(2);
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Idempotent_mutation_whose_response_is_lost_is_retried_to_the_same_state(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var (_, interviewId) = h.SeedCompleted();
        h.Fake.Faults.Enqueue(FakeFault.Status(502) with { Timing = FaultTiming.AfterExecution, OperationName = "SetInterviewShortlisted" });

        var shortlisted = await h.Interviews.ShortlistAsync(interviewId);

        shortlisted.Stage.Should().Be(InterviewStage.Shortlisted);
        h.Fake.RequestsFor("SetInterviewShortlisted").Should().Be(2);
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Delete_whose_response_is_lost_still_counts_as_deleted(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var (positionId, _) = h.SeedCompleted();
        h.Fake.Faults.Enqueue(FakeFault.Status(503) with { Timing = FaultTiming.AfterExecution, OperationName = "DeletePosition" });

        await h.Positions.DeleteAsync(positionId);

        h.Fake.Positions.Should().BeEmpty();
        h.Fake.Interviews.Should().BeEmpty();
        h.Fake.RequestsFor("DeletePosition").Should().Be(2);
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Wrong_api_key_is_HireflixAuthenticationException(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode, apiKey: "not-the-right-key");

        var error = await h.Invoking(x => x.Positions.ListAsync()).Should().ThrowAsync<HireflixAuthenticationException>();

        error.Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        error.Which.Message.Should().NotContain("not-the-right-key", "the API key is never echoed");
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Revoked_api_key_is_HireflixAuthenticationException(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        (await h.Positions.ListAsync()).Should().BeEmpty();

        h.Fake.RemoveApiKey(h.Fake.ApiKey).Should().BeTrue();

        await h.Invoking(x => x.Positions.ListAsync()).Should().ThrowAsync<HireflixAuthenticationException>();
    }

    public static TheoryData<FakeMode, string, string> InvalidDocuments()
    {
        var data = new TheoryData<FakeMode, string, string>();
        foreach (var mode in new[] { FakeMode.InMemory, FakeMode.Loopback })
        {
            data.Add(mode, "query GetPositions { positions { id nmae } }", "nmae");
            data.Add(mode, "query GetPosition($id: ID!) { position(id: $id) { id name } }", "ID");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public async Task Invalid_document_sent_raw_gets_a_GraphQL_validation_error(FakeMode mode, string query, string mentioned)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Backend Engineer");
        using var http = h.Fake.CreateClient();
        var body = JsonSerializer.Serialize(new { query, variables = new { id = positionId } });

        using var response = await http.PostAsync(string.Empty, new StringContent(body, Encoding.UTF8, "application/json"));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var errors = json.RootElement.GetProperty("errors");
        errors.GetArrayLength().Should().BeGreaterThan(0);
        errors[0].GetProperty("message").GetString().Should().Contain(mentioned);
        (json.RootElement.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null).Should().BeFalse("an invalid document is never executed");
    }
}
