using System.Collections.Concurrent;
using System.Net;
using Hireflix.Sdk.AspNetCore;
using Hireflix.Sdk.AspNetCore.Redis;
using Hireflix.Sdk.Testing;
using Hireflix.Sdk.Testing.Webhooks;
using Hireflix.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hireflix.Sdk.Samples;

/// <summary>
/// Your app's webhook receiver, next to the flow: a Kestrel endpoint on 127.0.0.1 mapped with MapHireflixWebhooks.
/// The fake Hireflix POSTs a signed delivery for each interview event of the flow; the endpoint verifies the
/// signature, de-duplicates and hands over typed events, which are printed at the end (never candidate e-mails).
/// </summary>
internal sealed class WebhookDemo : IAsyncDisposable
{
    private const string Path = "/webhooks/hireflix";

    private readonly HireflixFakeServer _fake;
    private readonly WebApplication _app;
    private readonly FakeWebhookRegistration _registration;
    private readonly ConcurrentQueue<string> _received;

    private WebhookDemo(HireflixFakeServer fake, WebApplication app, FakeWebhookRegistration registration, ConcurrentQueue<string> received)
    {
        _fake = fake;
        _app = app;
        _registration = registration;
        _received = received;
    }

    /// <summary>Starts the receiver and registers it with the fake, before the flow makes any change.</summary>
    public static async Task<WebhookDemo> StartAsync(HireflixFakeServer fake, CancellationToken cancellationToken)
    {
        // In production: the "Reveal Key" secret of Profile → Webhooks, from configuration.
        var secret = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        var received = new ConcurrentQueue<string>();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddHireflixWebhooks(o => o.Secrets.Add(secret));

        // With REDIS_URL (e.g. 127.0.0.1:6379) redeliveries are de-duplicated in Redis, shared by every replica.
        if (Environment.GetEnvironmentVariable("REDIS_URL") is { Length: > 0 } redis)
        {
            builder.Services.AddHireflixWebhookRedisDeduplication(redis, o => o.KeyPrefix = "hireflix-samples:");
            Console.WriteLine("  webhook de-duplication: Redis (REDIS_URL)");
        }

        var app = builder.Build();
        app.MapHireflixWebhooks(Path, (webhookEvent, _, _) =>
        {
            received.Enqueue(Describe(webhookEvent));
            return Task.CompletedTask;
        });
        await app.StartAsync(cancellationToken);

        var url = new Uri(new Uri(app.Urls.First()), Path);
        var registration = fake.Webhooks.Register(url, secret);
        return new WebhookDemo(fake, app, registration, received);
    }

    /// <summary>Prints what the receiver got during the flow, then shows de-duplication and a forged delivery.</summary>
    public async Task ReportAsync(CancellationToken cancellationToken)
    {
        await _fake.Webhooks.WhenIdleAsync(TimeSpan.FromSeconds(10), cancellationToken);
        Output.Step($"Webhooks received by your app at {_registration.Url}");
        while (_received.TryDequeue(out var line))
        {
            Output.Line(line);
        }

        // Hireflix may deliver the same event twice: the endpoint answers 200 without calling the handler again.
        var copy = _fake.Webhooks.RedeliverLast(_registration);
        await _fake.Webhooks.WhenIdleAsync(TimeSpan.FromSeconds(10), cancellationToken);
        if (copy is not null)
        {
            Output.Line($"redelivery of {copy.Event}: answered {copy.LastStatusCode}, handler called again: {(_received.IsEmpty ? "no" : "yes")}");
        }

        // Someone without the secret: 401, the handler never sees it.
        using var http = new HttpClient { BaseAddress = _registration.Url, Timeout = TimeSpan.FromSeconds(5) };
        const string body = """{"event":"interview.delete","data":{"id":"000000000000000000000000"},"date":1761566424331}""";
        using var forged = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        forged.Headers.Add(HireflixWebhookVerifier.SignatureHeaderName, HireflixWebhookSigner.ComputeSignature("not-the-secret", body));
        using var response = await http.PostAsync((Uri?)null, forged, cancellationToken);
        Output.Line($"forged delivery (wrong secret): {(int)response.StatusCode} {response.StatusCode}");
        Output.Line($"fake sender: {_registration.Delivered} delivered, {_registration.FailedAttempts} failed attempt(s), {_registration.Abandoned} abandoned");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Describe(HireflixWebhookEvent webhookEvent) => webhookEvent switch
    {
        // Candidate contact data (e-mail, phone) stays out of the output: id, first name, position, status, score.
        InterviewScoreUpdated e => $"webhook {e.EventName,-23} for interview {Short(e.Interview)} verified: score {e.Interview.Score}",
        HireflixInterviewWebhookEvent e => $"webhook {e.EventName,-23} for interview {Short(e.Interview)} verified: {e.Interview.Status} in \"{e.Interview.Position?.Name}\"",
        _ => $"webhook {webhookEvent.EventName} verified",
    };

    // Interview ids created together share their first hex digits (an ObjectId starts with the time): keep both ends.
    private static string Short(HireflixWebhookInterview interview)
    {
        var id = interview.Id.Length > 10 ? $"{interview.Id[..4]}…{interview.Id[^4..]}" : interview.Id;
        return interview.Candidate?.FirstName is { Length: > 0 } name ? $"{id} ({name})" : id;
    }
}
