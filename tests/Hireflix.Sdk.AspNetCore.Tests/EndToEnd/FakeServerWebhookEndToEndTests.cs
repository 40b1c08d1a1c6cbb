using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Hireflix.Sdk.Models;
using Hireflix.Sdk.Testing;
using Hireflix.Sdk.Testing.Webhooks;
using Hireflix.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hireflix.Sdk.AspNetCore.Tests.EndToEnd;

/// <summary>
/// The fake Hireflix (driven through the SDK) emits signed deliveries over real loopback HTTP to a Kestrel app
/// using MapHireflixWebhooks: the whole path a production integration takes.
/// </summary>
public sealed class FakeServerWebhookEndToEndTests
{
    private const string Secret = "e2e-fake-webhook-secret";
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(20);

    private static HireflixFakeServerOptions FastRetries(TimeProvider? time = null) => new()
    {
        TimeProvider = time ?? TimeProvider.System,
        Webhooks = new FakeWebhookOptions { MaxRetries = 3, RetryDelay = TimeSpan.FromMilliseconds(20), AttemptTimeout = TimeSpan.FromSeconds(5) },
    };

    private static ServiceProvider SdkFor(HireflixFakeServer fake)
    {
        var services = new ServiceCollection();
        services.AddHireflix(o =>
        {
            o.ApiKey = fake.ApiKey;
            o.Endpoint = fake.Endpoint;
        }).ConfigureHttpClient(http => http.ConfigurePrimaryHttpMessageHandler(fake.CreateHandler));
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task A_full_lifecycle_reaches_the_handler_once_each_in_order_with_retry_and_redelivery()
    {
        var failNext = new FailSwitch();
        await using var receiver = await LoopbackWebhookHost.StartAsync(o => o.Secrets.Add(Secret), configureApp: failNext.Install);
        await using var fake = await HireflixFakeServer.StartAsync(FastRetries());
        await using var sdk = SdkFor(fake);
        var hireflix = sdk.GetRequiredService<HireflixClient>();
        var hook = fake.Webhooks.Register(receiver.EndpointUrl, Secret);
        var positionId = fake.SeedPosition("Backend Engineer");

        var invitation = await hireflix.Interviews.InviteAsync(positionId, new CandidateInvite { FirstName = "Ada", LastName = "Lovelace", Email = "ada@example.com", ExternalId = "ats-1" });
        var interviewId = invitation.Interview.Id;
        fake.CompleteInterview(interviewId);
        await fake.Webhooks.WhenIdleAsync(Idle);

        // The receiver answers 503 once: the fake retries the shortlist delivery, the handler still sees it once.
        failNext.Arm();
        await hireflix.Interviews.ShortlistAsync(interviewId);
        await fake.Webhooks.WhenIdleAsync(Idle);
        var shortlistDelivery = hook.Deliveries.Last();
        shortlistDelivery.Event.Should().Be(HireflixWebhookEventNames.InterviewStatusChange);
        shortlistDelivery.Attempts.Should().Be(2);
        shortlistDelivery.Status.Should().Be(FakeWebhookDeliveryStatus.Delivered);
        failNext.Failed.Should().Be(1);

        await hireflix.Interviews.ScoreAsync(interviewId, 4);
        await hireflix.Positions.DeleteAsync(positionId);
        await fake.Webhooks.WhenIdleAsync(Idle);

        // Hireflix redelivers the last event byte for byte: answered 200, not handled again.
        var copy = fake.Webhooks.RedeliverLast(hook);
        copy.Should().NotBeNull();
        await fake.Webhooks.WhenIdleAsync(Idle);
        copy!.Status.Should().Be(FakeWebhookDeliveryStatus.Delivered);
        copy.LastStatusCode.Should().Be(200);

        var received = receiver.Received.ToList();
        received.Select(e => e.EventName).Should().Equal(
            HireflixWebhookEventNames.InterviewCreate,
            HireflixWebhookEventNames.InterviewFinish,
            HireflixWebhookEventNames.InterviewStatusChange,
            HireflixWebhookEventNames.InterviewScoreUpdated,
            HireflixWebhookEventNames.InterviewDelete);
        var interviews = received.Cast<HireflixInterviewWebhookEvent>().Select(e => e.Interview).ToList();
        interviews.Should().OnlyContain(i => i.Id == interviewId && i.Position!.Id == positionId && i.Position.Name == "Backend Engineer");
        interviews.Should().OnlyContain(i => i.ExternalId == "ats-1" && i.Candidate!.Email == "ada@example.com" && i.Hash == invitation.Interview.Hash);
        interviews[0].Status.Should().Be("pending");
        interviews[0].CompletedAt.Should().BeNull();
        interviews[1].Status.Should().Be("completed");
        interviews[1].CompletedAt.Should().NotBeNull();
        interviews[2].Status.Should().Be("shortlisted");
        interviews[3].Score.Should().Be(4);
        interviews[4].Status.Should().Be("shortlisted", "the delete carries the interview's last known data");
        received.Select(e => e.OccurredAt!.Value).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();

        hook.Delivered.Should().Be(6);
        hook.FailedAttempts.Should().Be(1);
        hook.Abandoned.Should().Be(0);
        fake.Webhooks.Pending.Should().Be(0);
    }

    [Fact]
    public async Task A_delivery_signed_with_the_wrong_secret_is_refused_with_401_retried_then_abandoned()
    {
        await using var receiver = await LoopbackWebhookHost.StartAsync(o => o.Secrets.Add(Secret));
        await using var fake = await HireflixFakeServer.StartAsync(FastRetries());
        var genuine = fake.Webhooks.Register(receiver.EndpointUrl, Secret);
        var forged = fake.Webhooks.Register(receiver.EndpointUrl, "not-the-secret");
        var positionId = fake.SeedPosition("Designer");

        var interviewId = fake.SeedInterview(positionId, new FakeCandidate("Grace", "Hopper", "grace@example.com"));
        await fake.Webhooks.WhenIdleAsync(Idle);

        var refused = forged.Deliveries.Should().ContainSingle().Subject;
        refused.Status.Should().Be(FakeWebhookDeliveryStatus.Abandoned);
        refused.Attempts.Should().Be(4, "one attempt and three retries");
        refused.LastStatusCode.Should().Be(401);
        forged.FailedAttempts.Should().Be(4);
        forged.Abandoned.Should().Be(1);
        genuine.Delivered.Should().Be(1);
        receiver.Received.Should().ContainSingle().Which.Should().BeOfType<InterviewCreated>()
            .Which.Interview.Id.Should().Be(interviewId);
    }

    [Fact]
    public async Task Every_stage_move_is_a_status_change_and_same_millisecond_events_are_not_taken_for_redeliveries()
    {
        // A frozen clock: every change happens "at the same millisecond".
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 10, 27, 12, 0, 0, TimeSpan.Zero));
        await using var receiver = await LoopbackWebhookHost.StartAsync(o => o.Secrets.Add(Secret));
        await using var fake = await HireflixFakeServer.StartAsync(FastRetries(time));
        await using var sdk = SdkFor(fake);
        var hireflix = sdk.GetRequiredService<HireflixClient>();
        var hook = fake.Webhooks.Register(receiver.EndpointUrl, Secret, HireflixWebhookEventNames.InterviewStatusChange);
        var positionId = fake.SeedPosition("Support");
        var interviewId = fake.SeedInterview(positionId, new FakeCandidate("Alan", null, "alan@example.com"), completed: true);

        await hireflix.Interviews.ShortlistAsync(interviewId);
        await hireflix.Interviews.UnshortlistAsync(interviewId);
        await hireflix.Interviews.DiscardAsync(interviewId);
        await hireflix.Interviews.RestoreAsync(interviewId);
        await hireflix.Interviews.CommentAsync(interviewId, "no stage move, no event");
        await fake.Webhooks.WhenIdleAsync(Idle);

        receiver.Received.Cast<InterviewStatusChanged>().Select(e => e.Interview.Status)
            .Should().Equal("shortlisted", "completed", "discarded", "completed");
        hook.Deliveries.Select(d => d.OccurredAt).Should().OnlyHaveUniqueItems();
        hook.Deliveries.Should().OnlyContain(d => d.Event == HireflixWebhookEventNames.InterviewStatusChange);
    }

    [Fact]
    public async Task An_unreachable_receiver_is_retried_then_abandoned_and_later_deliveries_still_go_out()
    {
        var closedPort = FreeLoopbackPort();
        await using var receiver = await LoopbackWebhookHost.StartAsync(o => o.Secrets.Add(Secret));
        await using var fake = await HireflixFakeServer.StartAsync(FastRetries());
        var down = fake.Webhooks.Register(new Uri($"http://127.0.0.1:{closedPort}/webhooks/hireflix"), Secret);
        var positionId = fake.SeedPosition("Ops");

        fake.SeedInterview(positionId, new FakeCandidate("Linus", null, "linus@example.com"));
        await fake.Webhooks.WhenIdleAsync(Idle);
        down.Deliveries.Should().ContainSingle().Which.Should().Match<FakeWebhookDelivery>(d =>
            d.Status == FakeWebhookDeliveryStatus.Abandoned && d.Attempts == 4 && d.LastStatusCode == null);

        // Unregister stops new events; a new registration (filtered to deletes) receives what happens next.
        fake.Webhooks.Unregister(down).Should().BeTrue();
        var up = fake.Webhooks.Register(receiver.EndpointUrl, Secret, HireflixWebhookEventNames.InterviewDelete);
        fake.Webhooks.RedeliverLast(up).Should().BeNull("nothing was sent to it yet");
        var removed = fake.SeedInterview(positionId, new FakeCandidate("Ken", null, "ken@example.com"));
        await using (var sdk = SdkFor(fake))
        {
            await sdk.GetRequiredService<HireflixClient>().Positions.DeleteAsync(positionId);
        }

        await fake.Webhooks.WhenIdleAsync(Idle);
        down.Deliveries.Should().HaveCount(1);
        up.Deliveries.Should().HaveCount(2).And.OnlyContain(d => d.Status == FakeWebhookDeliveryStatus.Delivered);
        receiver.Received.Cast<InterviewDeleted>().Select(e => e.Interview.Id).Should().Contain(removed).And.HaveCount(2);
        receiver.Received.Cast<InterviewDeleted>().Should().OnlyContain(e => e.Interview.Position!.Name == "Ops");
    }

    [Fact]
    public async Task Deliveries_can_go_through_an_in_memory_handler_and_the_body_is_the_documented_envelope()
    {
        var seen = new List<(string Body, string? Signature)>();
        var handler = new RecordingHandler(seen);
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { Webhooks = { DeliveryHandler = handler } });
        fake.Webhooks.Register(new Uri("http://receiver.test/hooks"), Secret, HireflixWebhookEventNames.InterviewFinish);
        var positionId = fake.SeedPosition("QA");
        var interviewId = fake.SeedInterview(positionId, new FakeCandidate("Barbara", "Liskov", "barbara@example.com", "+15550100"));
        fake.CompleteInterview(interviewId);
        await fake.Webhooks.WhenIdleAsync(Idle);

        var (body, signature) = seen.Should().ContainSingle().Subject;
        signature.Should().Be(HireflixWebhookSigner.ComputeSignature(Secret, body));
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        root.GetProperty("event").GetString().Should().Be("interview.finish");
        root.GetProperty("date").ValueKind.Should().Be(JsonValueKind.Number);
        var data = root.GetProperty("data");
        data.GetProperty("id").GetString().Should().Be(interviewId);
        data.GetProperty("position").GetProperty("name").GetString().Should().Be("QA");
        data.GetProperty("createdAt").ValueKind.Should().Be(JsonValueKind.Number);
        data.GetProperty("completed").ValueKind.Should().Be(JsonValueKind.Number);
        data.GetProperty("candidate").GetProperty("phone").GetString().Should().Be("+15550100");
        data.GetProperty("url").GetProperty("short").GetString().Should().StartWith("https://hflx.io/c/");
        handler.Disposed.Should().BeFalse("the caller owns the handler");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Answers 503 to the next webhook request once armed.</summary>
    private sealed class FailSwitch
    {
        private int _armed;
        private int _failed;

        public int Failed => Volatile.Read(ref _failed);

        public void Arm() => Interlocked.Exchange(ref _armed, 1);

        public void Install(WebApplication app) => app.Use(async (context, next) =>
        {
            if (Interlocked.Exchange(ref _armed, 0) == 1)
            {
                Interlocked.Increment(ref _failed);
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            await next(context);
        });
    }

    private sealed class RecordingHandler(List<(string Body, string? Signature)> seen) : HttpMessageHandler
    {
        public bool Disposed { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            var signature = request.Headers.TryGetValues("x-hireflix-signature", out var values) ? values.Single() : null;
            lock (seen)
            {
                seen.Add((body, signature));
            }

            return new HttpResponseMessage(HttpStatusCode.Accepted);
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
