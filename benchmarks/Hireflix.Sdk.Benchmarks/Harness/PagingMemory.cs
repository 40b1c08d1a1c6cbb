using System.Diagnostics;

namespace Hireflix.Sdk.Benchmarks.Harness;

/// <summary>What one auto-paging listing costs in memory.</summary>
/// <param name="PeakLiveBytes">The most memory live above the pre-listing baseline at any page boundary (full GC before each sample): what the listing retains.</param>
/// <param name="PeakHeapBytes">The most heap in use above the baseline, sampled every millisecond without forcing collections (includes garbage not yet collected).</param>
/// <param name="AllocatedBytes">Everything allocated during the listing.</param>
/// <param name="Gen0Collections">Collections that ran during the unforced run: while none runs, the heap peak is simply what was allocated.</param>
public sealed record PagingMemoryResult(string Implementation, int Pages, long PeakLiveBytes, long PeakHeapBytes, long AllocatedBytes, int Gen0Collections, TimeSpan Elapsed);

/// <summary>
/// Runs the auto-paging listing over 10 and over 100 pages and compares memory: a streaming listing keeps its
/// peak flat while allocations grow linearly with the pages.
/// </summary>
public static class PagingMemory
{
    public static async Task<PagingMemoryResult> MeasureAsync(string implementation, int pages)
    {
        using var scenario = new PagingScenario(pages);
        Func<Action?, Task<int>> run = implementation switch
        {
            "sdk" => scenario.SdkAsync,
            "tuned" => scenario.TunedAsync,
            _ => throw new ArgumentException("sdk or tuned", nameof(implementation)),
        };

        // Warm up (JIT, pools, lazily created statics belong to the baseline, not to the listing).
        for (var i = 0; i < 3; i++)
        {
            await run(null);
        }

        // 1) Live memory at each page boundary, after a full collection.
        var baseline = FullCollect();
        long peakLive = 0;
        await run(() => peakLive = Math.Max(peakLive, FullCollect() - baseline));

        // 2) Heap in use, sampled without forcing collections; plus allocations and time.
        baseline = FullCollect();
        var peakHeap = 0L;
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var inUse = GC.GetTotalMemory(forceFullCollection: false) - baseline;
                if (inUse > Volatile.Read(ref peakHeap))
                {
                    Volatile.Write(ref peakHeap, inUse);
                }

                Thread.Sleep(1);
            }
        }) { IsBackground = true, Name = "paging-memory-sampler" };
        sampler.Start();
        var gcsBefore = GC.CollectionCount(0);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        await run(null);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var gcs = GC.CollectionCount(0) - gcsBefore;
        stop.Cancel();
        sampler.Join();
        return new PagingMemoryResult(implementation, pages, peakLive, Volatile.Read(ref peakHeap), allocated, gcs, elapsed);
    }

    public static async Task<IReadOnlyList<string>> RunAsync()
    {
        var lines = new List<string>();
        foreach (var implementation in new[] { "sdk", "tuned" })
        {
            var small = await MeasureAsync(implementation, 10);
            var large = await MeasureAsync(implementation, 100);
            foreach (var r in new[] { small, large })
            {
                lines.Add($"paging-memory {r.Implementation} pages={r.Pages} peak-live={Format.MB(r.PeakLiveBytes)} " +
                          $"alloc={Format.MB(r.AllocatedBytes)} alloc/page={Format.Bytes((double)r.AllocatedBytes / (r.Pages + 1))} " +
                          $"unforced: peak-heap={Format.MB(r.PeakHeapBytes)} gen0-gcs={r.Gen0Collections} time={r.Elapsed.TotalMilliseconds:0}ms");
            }

            var prefix = implementation == "sdk" ? "paging-memory" : "paging-memory tuned";
            lines.Add($"{prefix} pages=100 peak-growth={Format.MB(large.PeakLiveBytes - small.PeakLiveBytes)} " +
                      $"alloc/page-growth={(double)large.AllocatedBytes / (large.Pages + 1) / ((double)small.AllocatedBytes / (small.Pages + 1)):0.00}x");
        }

        return lines;
    }

    private static long FullCollect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
