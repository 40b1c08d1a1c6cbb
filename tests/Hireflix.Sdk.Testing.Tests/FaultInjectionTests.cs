using System.Diagnostics;
using System.Net;
using Hireflix.Sdk.Testing.Tests.Infrastructure;

namespace Hireflix.Sdk.Testing.Tests;

/// <summary>Injected transport faults: served as configured, counted, with before/after side-effect semantics.</summary>
public sealed class FaultInjectionTests
{
    public static TheoryData<int, string?, bool> StatusCases()
    {
        var data = new TheoryData<int, string?, bool>();
        foreach (var loopback in new[] { false, true })
        {
            data.Add(500, null, loopback);
            data.Add(502, null, loopback);
            data.Add(503, "2", loopback);
            data.Add(504, null, loopback);
            data.Add(408, null, loopback);
            data.Add(429, "1", loopback);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StatusCases))]
    public async Task Status_fault_is_served_with_retry_after_then_requests_succeed(int status, string? retryAfter, bool loopback)
    {
        await using var fake = await FakeHost.StartAsync(loopback);
        using var http = fake.CreateClient();
        fake.Faults.Enqueue(FakeFault.Status(status, retryAfter));

        var faulted = await http.OperationAsync("GetPositions");

        ((int)faulted.Status).Should().Be(status);
        faulted.Message.Headers.TryGetValues("Retry-After", out var values).Should().Be(retryAfter is not null);
        if (retryAfter is not null)
        {
            values.Should().Equal(retryAfter);
        }

        (await http.OperationAsync("GetPositions")).ShouldSucceed();
        fake.Faults.Served.Should().Be(1);
        fake.Faults.Pending.Should().Be(0);
        fake.RequestsFor("GetPositions").Should().Be(2);
    }

    [Fact]
    public async Task Before_execution_fault_leaves_no_side_effect()
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();
        fake.Faults.Enqueue(FakeFault.Status(503));

        var faulted = await http.OperationAsync("InviteCandidate", Invite(world));

        faulted.Status.Should().Be(HttpStatusCode.ServiceUnavailable);
        fake.Interviews.Should().HaveCount(2);
        fake.EmailsSent.Should().Be(0);
        var retried = (await http.OperationAsync("InviteCandidate", Invite(world))).ShouldSucceed();
        retried.GetProperty("inviteCandidateToInterview").GetProperty("__typename").GetString().Should().Be("InterviewType");
        fake.EmailsSent.Should().Be(1);
    }

    [Fact]
    public async Task After_execution_fault_loses_the_response_but_the_side_effect_happened()
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();
        fake.Faults.Enqueue(FakeFault.Status(502) with { Timing = FaultTiming.AfterExecution });

        var faulted = await http.OperationAsync("InviteCandidate", Invite(world));

        faulted.Status.Should().Be(HttpStatusCode.BadGateway);
        fake.Interviews.Should().HaveCount(3);
        fake.EmailsSent.Should().Be(1);
        var retried = (await http.OperationAsync("InviteCandidate", Invite(world))).ShouldSucceed();
        retried.GetProperty("inviteCandidateToInterview").GetProperty("__typename").GetString().Should().Be("InterviewAlreadyExistsInPositionError");
        fake.EmailsSent.Should().Be(1, "the retry must not e-mail the candidate twice");
    }

    [Theory]
    [MemberData(nameof(FakeHost.Modes), MemberType = typeof(FakeHost))]
    public async Task Dropped_connection_is_a_network_error_before_and_after(bool loopback)
    {
        await using var fake = await FakeHost.StartAsync(loopback);
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        fake.Faults.Enqueue(FakeFault.Drop());
        var before = () => http.OperationAsync("CommentInterview", new { id = world.CompletedInterviewId, comment = "first" });
        await before.Should().ThrowAsync<HttpRequestException>();
        fake.GetInterview(world.CompletedInterviewId)!.Comments.Should().BeEmpty();

        fake.Faults.Enqueue(FakeFault.Drop() with { Timing = FaultTiming.AfterExecution });
        var after = () => http.OperationAsync("CommentInterview", new { id = world.CompletedInterviewId, comment = "second" });
        await after.Should().ThrowAsync<HttpRequestException>();
        fake.GetInterview(world.CompletedInterviewId)!.Comments.Select(c => c.Text).Should().Equal("second");

        fake.Faults.Served.Should().Be(2);
        fake.RequestsFor("CommentInterview").Should().Be(2);
        (await http.OperationAsync("GetPositions")).ShouldSucceed();
    }

    [Fact]
    public async Task Latency_fault_delays_then_serves_normally()
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();
        fake.Faults.Enqueue(FakeFault.Latency(TimeSpan.FromMilliseconds(300)));

        var watch = Stopwatch.StartNew();
        (await http.OperationAsync("GetPositions")).ShouldSucceed();

        watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290));
        fake.Faults.Served.Should().Be(1);
    }

    [Fact]
    public async Task Latency_with_status_delays_the_status()
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();
        fake.Faults.Enqueue(FakeFault.Status(504) with { Delay = TimeSpan.FromMilliseconds(200) });

        var watch = Stopwatch.StartNew();
        var response = await http.OperationAsync("GetPositions");

        response.Status.Should().Be(HttpStatusCode.GatewayTimeout);
        watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(190));
    }

    [Fact]
    public async Task Client_timeout_during_latency_is_seen_as_a_timeout()
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();
        http.Timeout = TimeSpan.FromMilliseconds(200);
        fake.Faults.Enqueue(FakeFault.Latency(TimeSpan.FromSeconds(5)));

        var call = () => http.OperationAsync("GetPositions");

        await call.Should().ThrowAsync<TaskCanceledException>();
    }

    [Fact]
    public async Task Fault_for_an_operation_skips_other_operations()
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();
        fake.Faults.Enqueue(FakeFault.Status(500) with { OperationName = "InviteCandidate" }, times: 2);

        (await http.OperationAsync("GetPositions")).ShouldSucceed();
        fake.Faults.Pending.Should().Be(2);

        (await http.OperationAsync("InviteCandidate", Invite(world))).Status.Should().Be(HttpStatusCode.InternalServerError);
        (await http.OperationAsync("InviteCandidate", Invite(world))).Status.Should().Be(HttpStatusCode.InternalServerError);
        (await http.OperationAsync("InviteCandidate", Invite(world))).ShouldSucceed();
        fake.Faults.Served.Should().Be(2);
        fake.RequestsFor("InviteCandidate").Should().Be(3);
    }

    [Fact]
    public async Task Clear_drops_pending_faults()
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();
        fake.Faults.Enqueue(FakeFault.Status(500), times: 3);

        fake.Faults.Clear();

        (await http.OperationAsync("GetPositions")).ShouldSucceed();
        fake.Faults.Served.Should().Be(0);
    }

    private static object Invite(World world) => new { positionId = world.PositionId, firstName = "Retry", email = "retry@example.com" };
}
