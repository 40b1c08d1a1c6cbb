using System.Diagnostics;
using Hireflix.Sdk.Benchmarks.Canned;
using Hireflix.Sdk.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hireflix.Sdk.Benchmarks.Harness;

/// <summary>
/// Where the SDK's fixed per-call cost goes: the same ScoreInterview call (675-byte answer) through the full client
/// and through the SDK's own transport with parts of the HttpClient pipeline taken away. The differences are the
/// cost of IHttpClientFactory + the standard resilience pipeline + the response-buffering handler.
/// </summary>
public static class OverheadProfile
{
    public static async Task<IReadOnlyList<string>> RunAsync(string scenarioName = "score", int rounds = 7)
    {
        var bytes = scenarioName == "score" ? CannedResponses.Score() : CannedResponses.Positions();
        var variants = new List<(string Name, Func<Task<int>> Call, IDisposable Owner)>();

        // 1) The full client without dependency injection: the standard resilience pipeline and buffering handler, composed
        //    directly on one long-lived HttpClient.
        var fullHandler = new CannedHandler("x", bytes);
        var full = new HireflixClient(new HireflixClientOptions { ApiKey = "k", Endpoint = Scenario.Endpoint }, fullHandler);
        variants.Add(("sdk (full pipeline, no DI)", () => Call(full, scenarioName), full));

        // 2) The SDK transport with the buffering handler on a plain, long-lived HttpClient (no factory, no Polly).
        var bufferedHandler = new CannedHandler("x", bytes);
        var bufferedHttp = new HttpClient(new ResponseBufferingHandler { InnerHandler = bufferedHandler });
        var buffered = Direct(bufferedHttp);
        variants.Add(("transport + buffering handler, no factory/resilience", () => Call(buffered, scenarioName), bufferedHttp));

        // 3) The SDK transport alone on a plain HttpClient.
        var plainHandler = new CannedHandler("x", bytes);
        var plainHttp = new HttpClient(plainHandler);
        var plain = Direct(plainHttp);
        variants.Add(("transport only (plain HttpClient)", () => Call(plain, scenarioName), plainHttp));

        // 4) IHttpClientFactory (a new HttpClient per call, as the SDK does) + buffering handler, no resilience pipeline.
        var factoryHandler = new CannedHandler("x", bytes);
        var factoryServices = new ServiceCollection();
        factoryServices.AddHttpClient("bench").ConfigurePrimaryHttpMessageHandler(() => new NonDisposing(factoryHandler))
            .AddHttpMessageHandler(() => new ResponseBufferingHandler());
        var factoryProvider = factoryServices.BuildServiceProvider();
        var factory = factoryProvider.GetRequiredService<IHttpClientFactory>();
        var viaFactory = Direct(() => factory.CreateClient("bench"));
        variants.Add(("factory per call + buffering, no resilience", () => Call(viaFactory, scenarioName), factoryProvider));

        // 5) The full SDK pipeline, but one HttpClient reused instead of one per call.
        var cachedHandler = new CannedHandler("x", bytes);
        var cachedServices = new ServiceCollection();
        cachedServices.AddHireflix(o => { o.ApiKey = "k"; o.Endpoint = Scenario.Endpoint; })
            .ConfigureHttpClient(b => b.ConfigurePrimaryHttpMessageHandler(() => new NonDisposing(cachedHandler)));
        var cachedProvider = cachedServices.BuildServiceProvider();
        var cachedHttp = cachedProvider.GetRequiredService<IHttpClientFactory>().CreateClient(HireflixServiceCollectionExtensions.HttpClientName);
        var cached = Direct(() => cachedHttp);
        variants.Add(("full pipeline, one HttpClient reused", () => Call(cached, scenarioName), cachedProvider));

        // 6) The tuned reference for scale.
        using var scenario = Scenario.Create(scenarioName);
        variants.Add(("tuned reference", scenario.TunedAsync, scenario));

        foreach (var (_, call, _) in variants)
        {
            for (var i = 0; i < 20_000; i++)
            {
                await call();
            }
        }

        var times = variants.ToDictionary(v => v.Name, _ => new List<double>());
        var allocs = variants.ToDictionary(v => v.Name, _ => new List<double>());
        const int Ops = 5_000;
        for (var r = 0; r < rounds; r++)
        {
            for (var k = 0; k < variants.Count; k++)
            {
                var (name, call, _) = variants[(k + r) % variants.Count];
                GC.Collect();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var started = Stopwatch.GetTimestamp();
                for (var i = 0; i < Ops; i++)
                {
                    await call();
                }

                times[name].Add(Stopwatch.GetElapsedTime(started).TotalNanoseconds / Ops);
                allocs[name].Add((double)(GC.GetTotalAllocatedBytes(precise: true) - before) / Ops);
            }
        }

        foreach (var (_, _, owner) in variants)
        {
            owner.Dispose();
        }

        return variants.Select(v => $"overhead {scenarioName} {v.Name}: time={Format.Time(QuickHarness.Median(times[v.Name]))} alloc={Format.Bytes(QuickHarness.Median(allocs[v.Name]))}").ToList();
    }

    private static HireflixClient Direct(HttpClient http) => Direct(() => http);

    private static HireflixClient Direct(Func<HttpClient> http)
    {
        var transport = new HireflixTransport(http, NullLogger.Instance, TimeProvider.System);
        return new HireflixClient(new HireflixConnection(transport, new HireflixClientOptions { ApiKey = "k", Endpoint = Scenario.Endpoint }));
    }

    private sealed class NonDisposing(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override void Dispose(bool disposing)
        {
        }
    }

    private static async Task<int> Call(HireflixClient client, string scenarioName) => scenarioName == "score"
        ? (await client.Interviews.ScoreAsync(CannedResponses.InterviewId, 4.5)).Scores?.Count ?? 0
        : (await client.Positions.ListAsync()).Count;
}
