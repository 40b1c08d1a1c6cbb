using System.Net;
using System.Text;
using Hireflix.Sdk.Tests.Webhooks;
using Hireflix.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Hireflix.Sdk.AspNetCore.Tests.EndToEnd;

public sealed class WebhookEndpointEndToEndTests
{
    private const string Secret = "e2e-current-secret";
    private const string OldSecret = "e2e-previous-secret";
    private const int MaxBodyBytes = 4096;

    private static readonly string[] Lifecycle =
    [
        WebhookPayloads.InterviewCreate,
        WebhookPayloads.InterviewFinish,
        WebhookPayloads.InterviewStatusChangeShortlisted,
        WebhookPayloads.InterviewScoreUpdated,
        WebhookPayloads.InterviewDelete,
    ];

    private static Task<LoopbackWebhookHost> StartAsync() => LoopbackWebhookHost.StartAsync(o =>
    {
        o.Secrets.Add(Secret);
        o.Secrets.Add(OldSecret);
        o.MaxBodyBytes = MaxBodyBytes;
    });

    private static string Sign(byte[] body, string secret = Secret) => HireflixWebhookSigner.ComputeSignature(secret, body);

    [Fact]
    public async Task A_full_interview_lifecycle_reaches_the_handler_once_each_in_order_and_redeliveries_are_deduplicated()
    {
        await using LoopbackWebhookHost host = await StartAsync();

        foreach (string json in Lifecycle)
        {
            byte[] body = WebhookPayloads.Bytes(json);
            using HttpResponseMessage response = await host.PostAsync(body, Sign(body));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        // Hireflix redelivers: the same bytes (finish, which has a date) and the dateless create again.
        foreach (string json in new[] { WebhookPayloads.InterviewFinish, WebhookPayloads.InterviewCreate })
        {
            byte[] body = WebhookPayloads.Bytes(json);
            using HttpResponseMessage redelivery = await host.PostAsync(body, Sign(body));
            redelivery.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        host.Received.Select(e => e.GetType()).Should().Equal(
            typeof(InterviewCreated),
            typeof(InterviewFinished),
            typeof(InterviewStatusChanged),
            typeof(InterviewScoreUpdated),
            typeof(InterviewDeleted));
        host.Received.Cast<HireflixInterviewWebhookEvent>().Should().OnlyContain(e => e.Interview.Id == WebhookPayloads.InterviewId);
        ((InterviewStatusChanged)host.Received.ElementAt(2)).Interview.Status.Should().Be("shortlisted");
        ((InterviewScoreUpdated)host.Received.ElementAt(3)).Interview.Score.Should().Be(4.5);

        host.Logs.Entries.Should().Contain(e => e.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase));
        host.Logs.Entries.Select(e => e.Message).Should().NotContain(
            m => m.Contains(WebhookPayloads.CandidateEmail) || m.Contains("Stef") || m.Contains(Secret) || m.Contains("hflx.io"));
    }

    [Fact]
    public async Task A_delivery_signed_with_the_previous_secret_is_accepted_during_rotation()
    {
        await using LoopbackWebhookHost host = await StartAsync();
        byte[] body = WebhookPayloads.Bytes(WebhookPayloads.InterviewFinish);

        using HttpResponseMessage response = await host.PostAsync(body, Sign(body, OldSecret));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        host.Received.Should().ContainSingle();
    }

    [Fact]
    public async Task Forged_unsigned_and_malformed_signatures_get_401_and_never_reach_the_handler()
    {
        await using LoopbackWebhookHost host = await StartAsync();
        byte[] body = WebhookPayloads.Bytes(WebhookPayloads.InterviewFinish);
        byte[] tampered = WebhookPayloads.Bytes(WebhookPayloads.InterviewFinish.Replace("completed", "discarded", StringComparison.Ordinal));

        foreach ((byte[] Body, string? Signature) attempt in new[]
                 {
                     (body, Sign(body, "attacker-secret")),
                     (tampered, Sign(body)),
                     (body, (string?)null),
                     (body, "%%%not-base64%%%"),
                 })
        {
            using HttpResponseMessage response = await host.PostAsync(attempt.Body, attempt.Signature);
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        host.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413_whether_declared_or_streamed()
    {
        await using LoopbackWebhookHost host = await StartAsync();
        byte[] big = Encoding.UTF8.GetBytes("{\"event\":\"interview.create\",\"pad\":\"" + new string('x', MaxBodyBytes) + "\",\"data\":{\"id\":\"a\"}}");

        using HttpResponseMessage declared = await host.PostAsync(big, Sign(big));
        using HttpResponseMessage streamed = await host.PostAsync(new ChunkedContent(big), Sign(big));

        declared.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        streamed.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        host.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task A_body_exactly_at_the_limit_is_accepted()
    {
        await using LoopbackWebhookHost host = await StartAsync();
        string prefix = "{\"event\":\"interview.delete\",\"data\":{\"id\":\"a\"},\"pad\":\"";
        byte[] body = Encoding.UTF8.GetBytes(prefix + new string('x', MaxBodyBytes - prefix.Length - 2) + "\"}");
        body.Length.Should().Be(MaxBodyBytes);

        using HttpResponseMessage response = await host.PostAsync(new ChunkedContent(body), Sign(body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Malformed_json_with_a_valid_signature_gets_400()
    {
        await using LoopbackWebhookHost host = await StartAsync();

        foreach (string json in new[] { "{\"event\":\"interview.create\",", "{\"event\":\"interview.create\",\"data\":{}}", "" })
        {
            byte[] body = Encoding.UTF8.GetBytes(json);
            using HttpResponseMessage response = await host.PostAsync(body, Sign(body));
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        host.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task Unknown_events_are_passed_to_the_handler()
    {
        await using LoopbackWebhookHost host = await StartAsync();
        byte[] body = Encoding.UTF8.GetBytes("{\"event\":\"interview.archived\",\"data\":{\"id\":\"a\"}}");

        using HttpResponseMessage response = await host.PostAsync(body, Sign(body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        host.Received.Should().ContainSingle().Which.Should().BeOfType<UnknownHireflixEvent>();
    }

    [Fact]
    public async Task A_failing_handler_gets_500_and_the_redelivery_is_processed()
    {
        await using LoopbackWebhookHost host = await StartAsync();
        int calls = 0;
        host.OnEvent = _ => Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("database down") : Task.CompletedTask;
        byte[] body = WebhookPayloads.Bytes(WebhookPayloads.InterviewFinish);

        using HttpResponseMessage first = await host.PostAsync(body, Sign(body));
        using HttpResponseMessage redelivery = await host.PostAsync(body, Sign(body));
        using HttpResponseMessage duplicate = await host.PostAsync(body, Sign(body));

        first.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        redelivery.StatusCode.Should().Be(HttpStatusCode.OK);
        duplicate.StatusCode.Should().Be(HttpStatusCode.OK);
        calls.Should().Be(2);
    }

    [Fact]
    public async Task A_handler_registered_in_DI_receives_the_events()
    {
        var recorder = new RecordingHandler();
        await using LoopbackWebhookHost host = await LoopbackWebhookHost.StartAsync(
            o => o.Secrets.Add(Secret),
            services => services.AddSingleton<IHireflixWebhookHandler>(recorder),
            useDiHandler: true);
        byte[] body = WebhookPayloads.Bytes(WebhookPayloads.InterviewCreate);

        using HttpResponseMessage response = await host.PostAsync(body, Sign(body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        recorder.Received.Should().ContainSingle().Which.Should().BeOfType<InterviewCreated>();
    }

    private sealed class RecordingHandler : IHireflixWebhookHandler
    {
        public List<HireflixWebhookEvent> Received { get; } = [];

        public Task HandleAsync(HireflixWebhookEvent webhookEvent, CancellationToken cancellationToken)
        {
            Received.Add(webhookEvent);
            return Task.CompletedTask;
        }
    }

    /// <summary>Content without a length, so the body is sent chunked and only the read limit can stop it.</summary>
    private sealed class ChunkedContent(byte[] body) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (int offset = 0; offset < body.Length; offset += 1000)
            {
                await stream.WriteAsync(body.AsMemory(offset, Math.Min(1000, body.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
