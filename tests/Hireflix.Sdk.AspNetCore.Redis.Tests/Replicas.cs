using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Hireflix.Sdk.AspNetCore.Tests.EndToEnd;
using Hireflix.Sdk.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hireflix.Sdk.AspNetCore.Redis.Tests;

/// <summary>
/// Receiver replicas: real Kestrel apps on loopback sharing one Redis store, with the handler runs they completed
/// counted per interview id across all of them.
/// </summary>
internal sealed class Replicas : IAsyncDisposable
{
    public const string Secret = "replica-shared-secret";

    private Replicas(LoopbackWebhookHost[] hosts) => Hosts = hosts;

    public LoopbackWebhookHost[] Hosts { get; }

    /// <summary>Completed handler runs per interview id, over every replica.</summary>
    public ConcurrentDictionary<string, int> Completed { get; } = new(StringComparer.Ordinal);

    public static async Task<Replicas> StartAsync(RedisServer redis, int count, TimeSpan lease)
    {
        // A prefix per group, so groups sharing one server never see each other's keys.
        string prefix = "test-" + Guid.NewGuid().ToString("N") + ":";
        var hosts = new LoopbackWebhookHost[count];
        for (int i = 0; i < count; i++)
        {
            hosts[i] = await LoopbackWebhookHost.StartAsync(
                o =>
                {
                    o.Secrets.Add(Secret);
                    o.ProcessingLease = lease;
                },
                services =>
                {
                    services.AddHireflixWebhookRedisDeduplication(redis.Configuration, o => o.KeyPrefix = prefix);

                    // A replica "killed" mid-handler must not wait for that handler on the way down.
                    services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(200));
                });
        }

        var replicas = new Replicas(hosts);
        foreach (LoopbackWebhookHost host in hosts)
        {
            LoopbackWebhookHost self = host;
            host.OnEvent = async e =>
            {
                if (replicas.OnHandle is { } hook)
                {
                    await hook(self, e);
                }

                replicas.Completed.AddOrUpdate(((HireflixInterviewWebhookEvent)e).Interview.Id, 1, (_, n) => n + 1);
            };
        }

        return replicas;
    }

    /// <summary>Runs before a handler completes (to block, fail or delay it); the default does nothing.</summary>
    public Func<LoopbackWebhookHost, HireflixWebhookEvent, Task>? OnHandle { get; set; }

    public static byte[] Delivery(int n) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
        $"{{\"event\":\"interview.create\",\"data\":{{\"id\":\"{n:x24}\",\"status\":\"pending\"}},\"date\":{1761566424331 + n}}}"));

    public static string IdOf(int n) => n.ToString("x24", CultureInfo.InvariantCulture);

    public static async Task<HttpStatusCode> PostAsync(LoopbackWebhookHost host, byte[] body)
    {
        using HttpResponseMessage response = await host.PostAsync(body, HireflixWebhookSigner.ComputeSignature(Secret, body));
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (LoopbackWebhookHost host in Hosts)
        {
            await host.DisposeAsync();
        }
    }
}
