using System.Diagnostics;

namespace Hireflix.Sdk.Benchmarks.Harness;

/// <summary>One implementation's cost in one scenario: medians over interleaved rounds.</summary>
/// <param name="CpuNanosecondsPerOp">Process CPU time per op (all threads), when measured; NaN otherwise.</param>
public sealed record Measurement(string Scenario, string Implementation, double NanosecondsPerOp, double BytesPerOp, double CpuNanosecondsPerOp = double.NaN);

/// <summary>
/// A small Stopwatch + allocated-bytes harness for the quick mode: warm up each implementation, then alternate
/// them in rounds (rotating the order, a full GC before each batch) and keep the median of the rounds, so load
/// from other processes on a shared machine hits every implementation alike.
/// </summary>
public static class QuickHarness
{
    public static readonly string[] Implementations = ["sdk", "tuned", "typical", "floor"];

    public static async Task<IReadOnlyList<Measurement>> MeasureAsync(Scenario scenario, int rounds, TimeSpan batch, TimeSpan warmup)
    {
        var opsPerBatch = new Dictionary<string, int>();
        foreach (var implementation in Implementations)
        {
            opsPerBatch[implementation] = await WarmUpAsync(scenario, implementation, warmup, batch);
        }

        var times = Implementations.ToDictionary(i => i, _ => new List<double>());
        var bytes = Implementations.ToDictionary(i => i, _ => new List<double>());
        var cpu = Implementations.ToDictionary(i => i, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < Implementations.Length; k++)
            {
                var implementation = Implementations[(k + round) % Implementations.Length];
                var ops = opsPerBatch[implementation];
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var cpuBefore = CpuTime.ProcessNanoseconds();
                var started = Stopwatch.GetTimestamp();
                for (var op = 0; op < ops; op++)
                {
                    await scenario.RunAsync(implementation);
                }

                var elapsed = Stopwatch.GetElapsedTime(started);
                cpu[implementation].Add((double)(CpuTime.ProcessNanoseconds() - cpuBefore) / ops);
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                times[implementation].Add(elapsed.TotalNanoseconds / ops);
                bytes[implementation].Add((double)allocated / ops);
            }
        }

        if (Environment.GetEnvironmentVariable("HIREFLIX_BENCH_ROUNDS") == "1")
        {
            foreach (var i in Implementations)
            {
                Console.WriteLine($"rounds {scenario.Name} {i} ops/batch={opsPerBatch[i]}: " + string.Join(" ", times[i].Select(t => Format.Time(t))));
            }
        }

        return Implementations.Select(i => new Measurement(scenario.Name, i, Median(times[i]), Median(bytes[i]), Median(cpu[i]))).ToArray();
    }

    /// <summary>
    /// Runs until warm: at least 100 calls and the warm-up time (tiered compilation promotes a method after 30 calls
    /// and a quiet 100 ms, and the readers' large methods compile in the background), capped at 5× the warm-up time.
    /// Returns the ops that fill one batch.
    /// </summary>
    private static async Task<int> WarmUpAsync(Scenario scenario, string implementation, TimeSpan warmup, TimeSpan batch)
    {
        var started = Stopwatch.GetTimestamp();
        var calls = 0;
        var last = TimeSpan.Zero;
        while (true)
        {
            var callStarted = Stopwatch.GetTimestamp();
            await scenario.RunAsync(implementation);
            last = Stopwatch.GetElapsedTime(callStarted);
            calls++;
            var elapsed = Stopwatch.GetElapsedTime(started);
            if ((calls >= 100 && elapsed >= warmup) || elapsed >= warmup * 5)
            {
                break;
            }
        }

        // Re-time a few calls now that the code is optimised.
        var probe = Stopwatch.GetTimestamp();
        var probeCalls = 0;
        while (probeCalls < 3 || Stopwatch.GetElapsedTime(probe) < TimeSpan.FromMilliseconds(20))
        {
            await scenario.RunAsync(implementation);
            probeCalls++;
        }

        var perCall = Stopwatch.GetElapsedTime(probe) / probeCalls;
        return (int)Math.Clamp(batch / perCall, 1, 100_000);
    }

    public static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The ratio lines of the report, from per-op figures of any harness.</summary>
    public static IEnumerable<string> RatioLines(IReadOnlyList<Measurement> measurements)
    {
        foreach (var group in measurements.GroupBy(m => m.Scenario))
        {
            var sdk = group.Single(m => m.Implementation == "sdk");
            foreach (var reference in new[] { "tuned", "typical" })
            {
                var r = group.Single(m => m.Implementation == reference);
                yield return $"ratio {group.Key} sdk/{reference} time={sdk.NanosecondsPerOp / r.NanosecondsPerOp:0.00} alloc={sdk.BytesPerOp / r.BytesPerOp:0.00}{Cpu(sdk, r)}";
            }

            var floor = group.Single(m => m.Implementation == "floor");
            yield return $"ratio {group.Key} sdk/floor time={sdk.NanosecondsPerOp / floor.NanosecondsPerOp:0.00}{Cpu(sdk, floor)}";
        }
    }

    public static string Describe(Measurement m) =>
        $"cost {m.Scenario} {m.Implementation} time={Format.Time(m.NanosecondsPerOp)} alloc={Format.Bytes(m.BytesPerOp)}" +
        (double.IsNaN(m.CpuNanosecondsPerOp) ? "" : $" cpu={Format.Time(m.CpuNanosecondsPerOp)}");

    private static string Cpu(Measurement sdk, Measurement reference) =>
        double.IsNaN(sdk.CpuNanosecondsPerOp) ? "" : $" cpu={sdk.CpuNanosecondsPerOp / reference.CpuNanosecondsPerOp:0.00}";
}

public static class Format
{
    public static string Time(double nanoseconds) => nanoseconds switch
    {
        >= 1e6 => $"{nanoseconds / 1e6:0.00}ms",
        >= 1e3 => $"{nanoseconds / 1e3:0.0}us",
        _ => $"{nanoseconds:0}ns",
    };

    public static string Bytes(double bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{bytes / (1024 * 1024):0.00}MB",
        >= 1024 => $"{bytes / 1024:0.0}KB",
        _ => $"{bytes:0}B",
    };

    public static string MB(double bytes) => $"{bytes / (1024 * 1024):0.00}MB";
}
