using System.Net;
using Hireflix.Sdk.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hireflix.Sdk.Samples.Sync;

/// <summary>
/// Keeps a SQLite database in step with Hireflix: a webhook endpoint (127.0.0.1) applies changes as they come, and a
/// periodic reconciliation repairs whatever a missed webhook left behind. <see cref="StopWebhooksAsync"/> takes the
/// endpoint down (a deploy, a crash) while the reconciliation keeps running.
/// </summary>
public sealed class SyncWorker : IAsyncDisposable
{
    public const string WebhookPath = "/webhooks/hireflix";

    private readonly WebApplication _app;
    private bool _webhooksStopped;

    private SyncWorker(WebApplication app, SyncDatabase database, WebhookApplier applier, Reconciler reconciler, Uri webhookUrl)
    {
        _app = app;
        Database = database;
        Applier = applier;
        Reconciler = reconciler;
        WebhookUrl = webhookUrl;
    }

    public SyncDatabase Database { get; }

    public WebhookApplier Applier { get; }

    public Reconciler Reconciler { get; }

    /// <summary>Where Hireflix should POST (register it in Profile → Webhooks).</summary>
    public Uri WebhookUrl { get; }

    /// <param name="hireflix">The SDK client.</param>
    /// <param name="database">The database to keep in step.</param>
    /// <param name="webhookSecret">The webhooks' signing secret ("Reveal Key").</param>
    public static async Task<SyncWorker> StartAsync(HireflixClient hireflix, SyncDatabase database, string webhookSecret, CancellationToken cancellationToken = default)
    {
        var applier = new WebhookApplier(database);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddHireflixWebhooks(o => o.Secrets.Add(webhookSecret));
        var app = builder.Build();
        app.MapHireflixWebhooks(WebhookPath, (webhookEvent, _, ct) => applier.ApplyAsync(webhookEvent, ct));
        await app.StartAsync(cancellationToken);
        var url = new Uri(new Uri(app.Urls.First()), WebhookPath);
        return new SyncWorker(app, database, applier, new Reconciler(hireflix, database), url);
    }

    /// <summary>Reconciles every <paramref name="interval"/> until cancelled; <paramref name="onRun"/> sees each result.</summary>
    public async Task RunPeriodicReconciliationAsync(TimeSpan interval, Action<ReconcileResult>? onRun, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                onRun?.Invoke(await Reconciler.RunAsync(cancellationToken));
            }
            catch (HireflixException)
            {
                // Hireflix unreachable after the SDK's retries: try again next period; the webhooks still apply meanwhile.
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }

    /// <summary>Takes the webhook endpoint down: Hireflix's deliveries now fail and are eventually given up.</summary>
    public async Task StopWebhooksAsync()
    {
        if (!_webhooksStopped)
        {
            _webhooksStopped = true;
            await _app.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopWebhooksAsync();
        await _app.DisposeAsync();
    }
}
