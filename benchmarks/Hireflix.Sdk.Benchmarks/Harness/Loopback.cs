using System.Diagnostics;
using System.Net;
using Hireflix.Sdk.Benchmarks.Canned;
using Hireflix.Sdk.Benchmarks.References;
using Hireflix.Sdk.Operations;
using Hireflix.Sdk.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hireflix.Sdk.Benchmarks.Harness;

/// <summary>One loopback run: requests completed per second and failures.</summary>
/// <param name="CpuPerRequest">Process CPU time (client and server, all threads) per request, in nanoseconds.</param>
/// <param name="BytesPerRequest">Managed bytes allocated per request (client and server).</param>
public sealed record LoopbackRun(string Client, string Payload, int Requests, int Errors, TimeSpan Elapsed, double CpuPerRequest, double BytesPerRequest)
{
    public double Throughput => Requests / Elapsed.TotalSeconds;
}

/// <summary>
/// Real sockets: a static Kestrel responder on 127.0.0.1:0 answering canned bytes, and N requests from C
/// concurrent callers through the SDK (default HttpClientFactory handler, full resilience pipeline) and through a
/// hand-written HttpClient (the tuned reference). Runs alternate (raw, sdk, then sdk, raw, …); the best run of each
/// is compared, and CPU time per request (which waiting for a busy core does not inflate) is reported beside it.
/// </summary>
public static class Loopback
{
    public static async Task<IReadOnlyList<string>> RunAsync(int requests, int concurrency, int repeats, bool profile = false, bool allocations = false)
    {
        var positions = CannedResponses.Positions();
        var score = CannedResponses.Score();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        app.MapPost("/positions", context => Answer(context, positions));
        app.MapPost("/score", context => Answer(context, score));
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var lines = new List<string>();
        foreach (var payload in new[] { "positions", "score" })
        {
            var endpoint = new Uri(address, payload);
            var options = new HireflixClientOptions { ApiKey = "k", Endpoint = endpoint };
            var owned = new List<IDisposable>();
            var clients = new List<(string Name, Func<Task<bool>> Call)>();

            var raw = new HttpClient();
            raw.DefaultRequestHeaders.Add("X-API-KEY", "k");
            owned.Add(raw);
            clients.Add(("raw", RawCall(raw, endpoint, payload)));

            // As most users get it (AddHireflix), and as an app without dependency injection does (its own handler chain).
            var registered = new ServiceCollection();
            registered.AddHireflix(o => { o.ApiKey = "k"; o.Endpoint = endpoint; });
            var registeredProvider = registered.BuildServiceProvider();
            owned.Add(registeredProvider);
            clients.Add(("sdk", SdkCall(registeredProvider.GetRequiredService<HireflixClient>(), payload)));
            var standalone = new HireflixClient(options);
            owned.Add(standalone);
            clients.Add(("sdk-standalone", SdkCall(standalone, payload)));

            if (profile)
            {
                // The SDK's transport without IHttpClientFactory and the standard resilience pipeline.
                var plainHttp = new HttpClient();
                owned.Add(plainHttp);
                clients.Add(("sdk-transport-only", SdkCall(Direct(plainHttp, options), payload)));
                var bufferedHttp = new HttpClient(new ResponseBufferingHandler { InnerHandler = new HttpClientHandler() });
                owned.Add(bufferedHttp);
                clients.Add(("sdk-transport+buffering", SdkCall(Direct(bufferedHttp, options), payload)));

                // The full SDK pipeline (factory handler chain, standard resilience, buffering) with one HttpClient reused.
                var services = new ServiceCollection();
                services.AddHireflix(o => { o.ApiKey = "k"; o.Endpoint = endpoint; });
                var provider = services.BuildServiceProvider();
                owned.Add(provider);
                var reused = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HireflixServiceCollectionExtensions.HttpClientName);
                clients.Add(("sdk-pipeline-reused-client", SdkCall(Direct(reused, options), payload)));

                // Lighter pipelines in the SDK's shape (resilience handler outside, buffering handler inside).
                var light = new ServiceCollection();
                var retryOnly = light.AddHttpClient("retry");
                retryOnly.AddResilienceHandler("retry", b => b.AddRetry(new HttpRetryStrategyOptions()));
                retryOnly.AddHttpMessageHandler(() => new ResponseBufferingHandler());
                var withTimeouts = light.AddHttpClient("retry+timeouts");
                withTimeouts.AddResilienceHandler("retry+timeouts", b => b
                    .AddTimeout(TimeSpan.FromSeconds(60))
                    .AddRetry(new HttpRetryStrategyOptions())
                    .AddTimeout(TimeSpan.FromSeconds(10)));
                withTimeouts.AddHttpMessageHandler(() => new ResponseBufferingHandler());
                var lightProvider = light.BuildServiceProvider();
                owned.Add(lightProvider);
                var lightFactory = lightProvider.GetRequiredService<IHttpClientFactory>();
                clients.Add(("factory+retry+buffering", SdkCall(Direct(() => lightFactory.CreateClient("retry"), options), payload)));
                clients.Add(("factory+timeouts+retry+buffering", SdkCall(Direct(() => lightFactory.CreateClient("retry+timeouts"), options), payload)));
            }

            // Warm: connections open, socket and server paths through tiered compilation (2,000 requests were not
            // enough: the first measured runs were still ~30% slower), each client twice, interleaved.
            for (var i = 0; i < 2; i++)
            {
                foreach (var (name, call) in clients)
                {
                    await DriveAsync(name, payload, call, Math.Max(requests / 4, 1000), concurrency);
                }
            }

            if (allocations)
            {
                foreach (var (name, call) in clients)
                {
                    lines.AddRange(await AllocationProfile.RunAsync($"loopback {payload} {name}", () => DriveAsync(name, payload, call, requests, concurrency), requests));
                }

                owned.ForEach(d => d.Dispose());
                continue;
            }

            var runs = new List<LoopbackRun>();
            for (var i = 0; i < repeats; i++)
            {
                foreach (var (name, call) in i % 2 == 0 ? clients : Enumerable.Reverse(clients))
                {
                    runs.Add(await DriveAsync(name, payload, call, requests, concurrency));
                }
            }

            foreach (var run in runs)
            {
                lines.Add($"loopback-run {run.Payload} {run.Client} requests={run.Requests} concurrency={concurrency} throughput={run.Throughput:0}/s errors={run.Errors} " +
                          $"cpu/req={Format.Time(run.CpuPerRequest)} alloc/req={Format.Bytes(run.BytesPerRequest)}");
            }

            LoopbackRun Best(string client) => runs.Where(r => r.Client == client).MaxBy(r => r.Throughput)!;
            double MedianCpu(string client) => QuickHarness.Median(runs.Where(r => r.Client == client).Select(r => r.CpuPerRequest).ToList());
            var bestSdk = Best("sdk");
            var bestRaw = Best("raw");
            lines.Add($"loopback {payload} sdk/raw throughput={bestSdk.Throughput / bestRaw.Throughput:0.00} errors={runs.Where(r => r.Client == "sdk").Sum(r => r.Errors)} " +
                      $"(raw errors={runs.Where(r => r.Client == "raw").Sum(r => r.Errors)}; best of {repeats}: sdk {bestSdk.Throughput:0}/s, raw {bestRaw.Throughput:0}/s; " +
                      $"cpu/req sdk/raw={MedianCpu("sdk") / MedianCpu("raw"):0.00})");
            var bestStandalone = Best("sdk-standalone");
            lines.Add($"loopback {payload} sdk-standalone/raw throughput={bestStandalone.Throughput / bestRaw.Throughput:0.00} errors={runs.Where(r => r.Client == "sdk-standalone").Sum(r => r.Errors)} " +
                      $"(best of {repeats}: {bestStandalone.Throughput:0}/s; cpu/req sdk-standalone/raw={MedianCpu("sdk-standalone") / MedianCpu("raw"):0.00})");
            if (profile)
            {
                foreach (var (name, _) in clients)
                {
                    lines.Add($"loopback-profile {payload} {name}: best throughput={Best(name).Throughput:0}/s median cpu/req={Format.Time(MedianCpu(name))} " +
                              $"alloc/req={Format.Bytes(QuickHarness.Median(runs.Where(r => r.Client == name).Select(r => r.BytesPerRequest).ToList()))}");
                }
            }

            owned.ForEach(d => d.Dispose());
        }

        await app.StopAsync();
        return lines;
    }

    private static Func<Task<bool>> SdkCall(HireflixClient sdk, string payload) => payload == "positions"
        ? async () => (await sdk.Positions.ListAsync()).Count == CannedResponses.PositionCount
        : async () => (await sdk.Interviews.ScoreAsync(CannedResponses.InterviewId, 4.5)).Scores?.Count == CannedResponses.ReviewerScores;

    private static Func<Task<bool>> RawCall(HttpClient raw, Uri endpoint, string payload) => payload == "positions"
        ? async () => (await Tuned.PostAsync(
            raw,
            endpoint,
            new GraphQLRequest<EmptyVariables> { Query = GetPositionsQuery.DocumentText, OperationName = "GetPositions", Variables = new EmptyVariables() },
            ReferenceJsonContext.Default.GraphQLRequestEmptyVariables,
            ReferenceJsonContext.Default.GraphQLResponsePositionsData)).Positions?.Count == CannedResponses.PositionCount
        : async () => (await Tuned.PostAsync(
            raw,
            endpoint,
            new GraphQLRequest<ScoreVariables> { Query = ScoreInterviewMutation.DocumentText, OperationName = "ScoreInterview", Variables = new ScoreVariables { Id = CannedResponses.InterviewId, Score = 4.5 } },
            ReferenceJsonContext.Default.GraphQLRequestScoreVariables,
            ReferenceJsonContext.Default.GraphQLResponseScoreInterviewData)).Interview?.Score?.Scores?.Count == CannedResponses.ReviewerScores;

    private static HireflixClient Direct(HttpClient http, HireflixClientOptions options) => Direct(() => http, options);

    private static HireflixClient Direct(Func<HttpClient> http, HireflixClientOptions options) =>
        new(new HireflixConnection(new HireflixTransport(http, NullLogger.Instance, TimeProvider.System), options));

    private static async Task Answer(HttpContext context, byte[] body)
    {
        await context.Request.Body.CopyToAsync(Stream.Null);
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    }

    private static async Task<LoopbackRun> DriveAsync(string client, string payload, Func<Task<bool>> call, int requests, int concurrency)
    {
        var next = 0;
        var errors = 0;
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = CpuTime.ProcessNanoseconds();
        var started = Stopwatch.GetTimestamp();
        var callers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) <= requests)
            {
                try
                {
                    if (!await call())
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ToArray();
        await Task.WhenAll(callers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpu = (double)(CpuTime.ProcessNanoseconds() - cpuBefore) / requests;
        var allocated = (double)(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / requests;
        return new LoopbackRun(client, payload, requests, errors, elapsed, cpu, allocated);
    }
}
