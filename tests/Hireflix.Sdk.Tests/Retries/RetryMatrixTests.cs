using Hireflix.Sdk.Models;
using Hireflix.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using WireMock.ResponseBuilders;

namespace Hireflix.Sdk.Tests.Retries;

/// <summary>
/// {query, idempotent mutation, invite, comment} × {500, 503, 408, 429 + Retry-After, attempt timeout, connection refused}:
/// the exact number of attempts, driven by a fake clock. MaxRetries = 3, so "retried" means 4 attempts. Every cell runs
/// on a registered client and on one made without dependency injection: their pipelines are composed apart.
/// </summary>
public sealed class RetryMatrixTests
{
    public enum Call
    {
        Query,
        IdempotentMutation,
        Invite,
        Comment,
    }

    public enum Fault
    {
        Status500,
        Status503,
        Status408,
        Status429RetryAfter,
        AttemptTimeout,
        ConnectionRefused,
    }

    public enum Construction
    {
        AddHireflix,
        WithoutDependencyInjection,
    }

    public static TheoryData<Construction, Call, Fault, int> Matrix()
    {
        var data = new TheoryData<Construction, Call, Fault, int>();
        foreach (var construction in Enum.GetValues<Construction>())
        {
            foreach (var call in Enum.GetValues<Call>())
            {
                foreach (var fault in Enum.GetValues<Fault>())
                {
                    var retried = call != Call.Comment || fault is Fault.Status429RetryAfter or Fault.ConnectionRefused;
                    data.Add(construction, call, fault, retried ? 4 : 1);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Attempts_follow_the_operation_rule(Construction construction, Call call, Fault fault, int expectedAttempts)
    {
        using var mock = new MockHireflix();
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T10:00:00Z"));
        var endpoint = fault == Fault.ConnectionRefused ? new Uri($"http://127.0.0.1:{FakeClock.FreeLoopbackPort()}/me") : mock.Endpoint;
        // The fake clock runs about 100 times faster than real time while the call is driven: only the timeout cell may
        // use a short attempt timeout, or a loaded machine's slow real answer reads as a timeout.
        void Configure(HireflixClientOptions o)
        {
            o.AttemptTimeout = fault == Fault.AttemptTimeout ? TimeSpan.FromSeconds(2) : TimeSpan.FromMinutes(10);
            o.TotalTimeout = TimeSpan.FromHours(1);
        }

        using var clients = Clients(construction, endpoint, Configure, time);
        var operationName = OperationName(call);
        var response = fault switch
        {
            Fault.Status500 => Response.Create().WithStatusCode(500),
            Fault.Status503 => Response.Create().WithStatusCode(503),
            Fault.Status408 => Response.Create().WithStatusCode(408),
            Fault.Status429RetryAfter => Response.Create().WithStatusCode(429).WithHeader("Retry-After", "5"),
            // Real 2 s delay against a fake-clock 2 s attempt timeout: the timeouts fire at once, and the server's
            // shutdown (which waits for delayed responses) stays short.
            Fault.AttemptTimeout => Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(2)).WithBody("{}"),
            _ => Response.Create().WithStatusCode(200),
        };
        mock.Server.Given(MockHireflix.ForOperation(operationName)).RespondWith(response);
        var started = time.GetUtcNow();

        var error = await FakeClock.DriveAsync(time, () => Invoke(clients.Client, call));

        error.Should().BeAssignableTo<HireflixException>();
        clients.Attempts.Value.Should().Be(expectedAttempts);
        if (fault is not (Fault.ConnectionRefused or Fault.AttemptTimeout))
        {
            mock.Requests.Should().HaveCount(expectedAttempts, "the server sees every attempt");
        }

        var expectedError = fault switch
        {
            Fault.Status429RetryAfter => typeof(HireflixRateLimitException),
            Fault.AttemptTimeout => typeof(HireflixTimeoutException),
            Fault.ConnectionRefused => typeof(HireflixConnectionException),
            _ => typeof(HireflixHttpException),
        };
        error.Should().BeOfType(expectedError);
        if (fault == Fault.Status429RetryAfter)
        {
            ((HireflixRateLimitException)error!).RetryAfter.Should().Be(TimeSpan.FromSeconds(5));
            (time.GetUtcNow() - started).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(15), "each of the 3 retries waited Retry-After");
        }
    }

    [Theory]
    [InlineData(Construction.AddHireflix, Call.Query)]
    [InlineData(Construction.AddHireflix, Call.IdempotentMutation)]
    [InlineData(Construction.AddHireflix, Call.Invite)]
    [InlineData(Construction.WithoutDependencyInjection, Call.Query)]
    [InlineData(Construction.WithoutDependencyInjection, Call.Invite)]
    public async Task A_transient_failure_then_success_returns_the_value(Construction construction, Call call)
    {
        using var mock = new MockHireflix();
        var time = new FakeTimeProvider();
        using var clients = Clients(construction, mock.Endpoint, time: time);
        var name = OperationName(call);
        mock.Server.Given(MockHireflix.ForOperation(name)).InScenario(name).WillSetStateTo("failed-once")
            .RespondWith(Response.Create().WithStatusCode(503));
        mock.Server.Given(MockHireflix.ForOperation(name)).InScenario(name).WhenStateIs("failed-once")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(SuccessBody(call)));

        var error = await FakeClock.DriveAsync(time, () => Invoke(clients.Client, call));

        error.Should().BeNull();
        mock.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_retried_invite_answered_already_exists_returns_the_interview_the_first_attempt_created()
    {
        using var mock = new MockHireflix();
        var time = new FakeTimeProvider();
        using var clients = new TestClients(mock.Endpoint, time: time);
        mock.Server.Given(MockHireflix.ForOperation("InviteCandidate")).InScenario("invite").WillSetStateTo("sent")
            .RespondWith(Response.Create().WithStatusCode(502));
        mock.Server.Given(MockHireflix.ForOperation("InviteCandidate")).InScenario("invite").WhenStateIs("sent")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Responses.InviteError("InterviewAlreadyExistsInPositionError", "alreadyExistsMessage", 409, "exists")));
        mock.Respond("FindInterviewByEmail", """{"data":{"position":{"interviewList":{"results":[""" + (Responses.InterviewSummaryJson) + "]}}}}");
        CandidateInvitation? invitation = null;

        var error = await FakeClock.DriveAsync(time, async () => invitation = await clients.Client.Interviews.InviteAsync(
            TestIds.PositionId, new CandidateInvite { FirstName = "Ada", Email = "ada@example.com" }));

        error.Should().BeNull();
        invitation!.AlreadyExisted.Should().BeTrue();
        invitation.Interview.Id.Should().Be(TestIds.InterviewId);
        var operations = mock.Bodies.Select(b => b.GetProperty("operationName").GetString()).ToList();
        operations.Should().Equal("InviteCandidate", "InviteCandidate", "FindInterviewByEmail");
        mock.Bodies[2].GetProperty("variables").GetProperty("email").GetString().Should().Be("ada@example.com");
    }

    [Fact]
    public async Task A_first_attempt_already_exists_is_the_callers_duplicate_and_throws()
    {
        using var mock = new MockHireflix();
        using var clients = new TestClients(mock.Endpoint);
        mock.Respond("InviteCandidate", Responses.InviteError("InterviewAlreadyExistsInPositionError", "alreadyExistsMessage", 409, "exists"));

        var act = () => clients.Client.Interviews.InviteAsync(TestIds.PositionId, new CandidateInvite { FirstName = "Ada", Email = "ada@example.com" });

        await act.Should().ThrowAsync<InterviewAlreadyExistsException>();
        mock.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_comment_rate_limited_before_execution_is_retried_and_stored_once()
    {
        using var mock = new MockHireflix();
        var time = new FakeTimeProvider();
        using var clients = new TestClients(mock.Endpoint, time: time);
        mock.Server.Given(MockHireflix.ForOperation("CommentInterview")).InScenario("c").WillSetStateTo("limited")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        mock.Server.Given(MockHireflix.ForOperation("CommentInterview")).InScenario("c").WhenStateIs("limited")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(SuccessBody(Call.Comment)));

        var error = await FakeClock.DriveAsync(time, () => Invoke(clients.Client, Call.Comment));

        error.Should().BeNull();
        mock.Requests.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(Construction.AddHireflix)]
    [InlineData(Construction.WithoutDependencyInjection)]
    public async Task Max_retries_zero_sends_once(Construction construction)
    {
        using var mock = new MockHireflix();
        using var clients = Clients(construction, mock.Endpoint, o => o.MaxRetries = 0);
        mock.Server.Given(MockHireflix.ForOperation("GetPositions")).RespondWith(Response.Create().WithStatusCode(503));

        await FluentActions.Awaiting(() => clients.Client.Positions.ListAsync()).Should().ThrowAsync<HireflixHttpException>();

        mock.Requests.Should().HaveCount(1);
    }

    private static TestClients Clients(Construction construction, Uri endpoint, Action<HireflixClientOptions>? configure = null, TimeProvider? time = null) =>
        construction == Construction.AddHireflix
            ? new TestClients(endpoint, configure, time)
            : TestClients.WithoutDependencyInjection(endpoint, configure, time);

    private static string OperationName(Call call) => call switch
    {
        Call.Query => "GetPositions",
        Call.IdempotentMutation => "SetInterviewShortlisted",
        Call.Invite => "InviteCandidate",
        _ => "CommentInterview",
    };

    private static Task Invoke(HireflixClient client, Call call) => call switch
    {
        Call.Query => client.Positions.ListAsync(),
        Call.IdempotentMutation => client.Interviews.ShortlistAsync(TestIds.InterviewId),
        Call.Invite => client.Interviews.InviteAsync(TestIds.PositionId, new CandidateInvite { FirstName = "Ada", Email = "ada@example.com" }),
        _ => client.Interviews.CommentAsync(TestIds.InterviewId, "Strong answer"),
    };

    private static string SuccessBody(Call call) => call switch
    {
        Call.Query => Responses.Positions,
        Call.IdempotentMutation => """{"data":{"Interview":{"finalist":""" + (Responses.InterviewSummaryJson) + "}}}",
        Call.Invite => Responses.InviteSuccess,
        _ => """{"data":{"Interview":{"comment":{"id":"68d4164f19367e041b2030c0","comments":[]}}}}""",
    };
}
