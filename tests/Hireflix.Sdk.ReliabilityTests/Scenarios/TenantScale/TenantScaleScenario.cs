using System.Collections.Concurrent;
using System.Diagnostics;
using Hireflix.Sdk.Reliability.Infrastructure;
using Hireflix.Sdk.Testing;

namespace Hireflix.Sdk.Reliability.TenantScale;

public sealed record TenantScaleResult(
    int Tenants,
    double CreateMicroseconds,
    double CreateAllocatedBytes,
    double RetainedBytesPerCachedTenant,
    double RetainedMbUncached,
    int Calls,
    int Callers,
    int Failures,
    IReadOnlyList<string> FailureSamples,
    int Connections,
    TimeSpan Elapsed,
    TimeSpan SingleClientElapsed)
{
    public string Line =>
        $"tenant-scale: {Tenants} tenants from IHireflixClientFactory: create {CreateMicroseconds:F2} µs and {CreateAllocatedBytes:F0} B each, " +
        $"retained {RetainedBytesPerCachedTenant:F0} B per tenant when cached, {RetainedMbUncached:F1} MB for all when not; " +
        $"{Calls} calls from {Callers} callers spread over all tenants (a new client per call): {Failures} failures, " +
        $"{Connections} connections to the endpoint in all, {Calls / Elapsed.TotalSeconds:F0} calls/s " +
        $"(one cached client for one key, same calls: {Calls / SingleClientElapsed.TotalSeconds:F0} calls/s)";

    /// <summary>Connections stay bounded by the shared pool (one per concurrent request at most), whatever the tenant count.</summary>
    public bool Passed => Failures == 0 && Connections <= 2 * Callers;
}

/// <summary>
/// Issue 14's tenant-scale figures: many tenants' clients made by <see cref="IHireflixClientFactory"/> over one
/// handler pool against the fake on Kestrel loopback: the cost of making one, what caching them retains, and the
/// connections opened when concurrent callers act for all tenants at once.
/// </summary>
public static class TenantScaleScenario
{
    public const int Callers = 64;

    public static async Task<TenantScaleResult> RunAsync(int tenants = 10_000, int calls = 20_000)
    {
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { UseLoopback = true }).ConfigureAwait(false);
        string[] keys = Enumerable.Range(0, tenants).Select(i => $"tenant-key-{i:D5}-7c2e").ToArray();
        foreach (string key in keys)
        {
            fake.AddApiKey(key, "Tenant Reviewer");
        }

        fake.SeedPosition("Tenant scale");
        using var harness = new ClientHarness(new HarnessOptions { Endpoint = fake.Endpoint, ApiKey = fake.ApiKey });
        IHireflixClientFactory factory = harness.Factory;
        factory.CreateClient(keys[0]);   // JIT and first-use costs are not the figure

        // Not cached: make and drop one client per tenant.
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        foreach (string key in keys)
        {
            factory.CreateClient(key);
        }

        double createMicroseconds = clock.Elapsed.TotalMicroseconds / tenants;
        double createBytes = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)tenants;
        double uncachedMb = Math.Max(0, GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / (1024d * 1024d);

        // Cached: the caller keeps every tenant's client.
        heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        HireflixClient[] cached = keys.Select(factory.CreateClient).ToArray();
        double perTenant = Math.Max(0, GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / (double)tenants;
        GC.KeepAlive(cached);

        var failures = new ConcurrentQueue<string>();

        // Baseline: the same calls through one client for one key, so the tenant figure can be read against it.
        TimeSpan single = await CallAsync(calls, _ => harness.Client, failures).ConfigureAwait(false);

        // 64 concurrent callers, each call for the next tenant with a client made for it (the uncached pattern).
        TimeSpan spread = await CallAsync(calls, i => factory.CreateClient(keys[i % tenants]), failures).ConfigureAwait(false);

        return new TenantScaleResult(
            tenants, createMicroseconds, createBytes, perTenant, uncachedMb, calls, Callers, failures.Count,
            failures.Take(10).ToList(), harness.Connects, spread, single);
    }

    private static async Task<TimeSpan> CallAsync(int calls, Func<int, HireflixClient> clientFor, ConcurrentQueue<string> failures)
    {
        int next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < calls)
            {
                try
                {
                    await clientFor(i).Positions.ListAsync().ConfigureAwait(false);
                }
                catch (HireflixException exception)
                {
                    failures.Enqueue($"{exception.GetType().Name}: {exception.Message}");
                }
            }
        }))).ConfigureAwait(false);
        return clock.Elapsed;
    }
}
