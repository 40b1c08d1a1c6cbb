using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Hireflix.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hireflix.Sdk.AspNetCore.Tests.EndToEnd;

/// <summary>
/// A real Kestrel server bound to 127.0.0.1 on a free port (never all interfaces) with the webhook endpoint,
/// plus a sender that signs bodies like Hireflix does.
/// </summary>
internal sealed class LoopbackWebhookHost : IAsyncDisposable
{
    public const string Path = "/webhooks/hireflix";

    private readonly WebApplication _app;

    private LoopbackWebhookHost(WebApplication app, HttpClient client, CollectingLoggerProvider logs)
    {
        _app = app;
        Client = client;
        Logs = logs;
    }

    public HttpClient Client { get; }

    /// <summary>The absolute URL of the webhook endpoint (<c>http://127.0.0.1:&lt;port&gt;/webhooks/hireflix</c>).</summary>
    public Uri EndpointUrl => new(Client.BaseAddress!, Path);

    public CollectingLoggerProvider Logs { get; }

    public ConcurrentQueue<HireflixWebhookEvent> Received { get; } = new();

    /// <summary>The tenant the endpoint reported for each received event (null on a single-tenant endpoint).</summary>
    public ConcurrentQueue<string?> ReceivedTenants { get; } = new();

    public IServiceProvider Services => _app.Services;

    /// <summary>Handler behaviour hook; default records the event.</summary>
    public Func<HireflixWebhookEvent, Task>? OnEvent { get; set; }

    public static async Task<LoopbackWebhookHost> StartAsync(
        Action<HireflixWebhookOptions> configure,
        Action<IServiceCollection>? services = null,
        bool useDiHandler = false,
        Action<WebApplication>? configureApp = null,
        string pattern = Path)
    {
        var logs = new CollectingLoggerProvider();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        builder.Services.AddHireflixWebhooks(configure);
        services?.Invoke(builder.Services);

        WebApplication app = builder.Build();
        configureApp?.Invoke(app);
        LoopbackWebhookHost? host = null;
        if (useDiHandler)
        {
            app.MapHireflixWebhooks(pattern);
        }
        else
        {
            app.MapHireflixWebhooks(pattern, (webhookEvent, context, _) =>
            {
                host!.ReceivedTenants.Enqueue(context.GetHireflixWebhookTenant());
                return host.HandleAsync(webhookEvent);
            });
        }

        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        host = new LoopbackWebhookHost(app, client, logs);
        return host;
    }

    public Task<HttpResponseMessage> PostAsync(byte[] body, string? signature)
        => PostAsync(new ByteArrayContent(body), signature);

    public Task<HttpResponseMessage> PostAsync(HttpContent content, string? signature) => PostAsync(Path, content, signature);

    public async Task<HttpResponseMessage> PostAsync(string path, HttpContent content, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("x-hireflix-signature", signature);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task HandleAsync(HireflixWebhookEvent webhookEvent)
    {
        Received.Enqueue(webhookEvent);
        return OnEvent?.Invoke(webhookEvent) ?? Task.CompletedTask;
    }
}
