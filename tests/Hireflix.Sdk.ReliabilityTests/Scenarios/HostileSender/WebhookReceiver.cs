using System.Collections.Concurrent;
using Hireflix.Sdk.AspNetCore;
using Hireflix.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Hireflix.Sdk.Reliability.HostileSender;

/// <summary>
/// The receiving side under attack: a real Kestrel app on 127.0.0.1 (free port, never all interfaces) running the
/// SDK's webhook endpoint with every log record kept, so the scenario can check levels and look for leaked secrets.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Path = "/webhooks/hireflix";

    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app, FakeLogCollector logs)
    {
        _app = app;
        Logs = logs;
        Endpoint = new Uri(new Uri(app.Urls.Single()), Path);
    }

    public Uri Endpoint { get; }

    public FakeLogCollector Logs { get; }

    /// <summary>Interview status of every event the handler completed, in order.</summary>
    public ConcurrentQueue<string?> Handled { get; } = new();

    /// <summary>What the handler does; the default completes at once.</summary>
    public Func<HireflixWebhookEvent, Task> OnEvent { get; set; } = _ => Task.CompletedTask;

    public static async Task<WebhookReceiver> StartAsync(string secret, TimeSpan bodyReadTimeout)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddFakeLogging();
        builder.Services.AddHireflixWebhooks(o =>
        {
            o.Secrets.Add(secret);
            o.BodyReadTimeout = bodyReadTimeout;
        });

        WebApplication app = builder.Build();
        WebhookReceiver? receiver = null;
        app.MapHireflixWebhooks(Path, (webhookEvent, _, _) => receiver!.HandleAsync(webhookEvent));
        await app.StartAsync().ConfigureAwait(false);
        receiver = new WebhookReceiver(app, app.Services.GetRequiredService<FakeLogCollector>());
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HireflixWebhookEvent webhookEvent)
    {
        await OnEvent(webhookEvent).ConfigureAwait(false);
        Handled.Enqueue((webhookEvent as HireflixInterviewWebhookEvent)?.Interview.Status);
    }
}
