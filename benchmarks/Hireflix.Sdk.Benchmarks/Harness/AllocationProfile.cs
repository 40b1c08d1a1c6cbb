using System.Diagnostics.Tracing;

namespace Hireflix.Sdk.Benchmarks.Harness;

/// <summary>
/// A sampling allocation profile without external tools: the runtime's GCAllocationTick event fires about every
/// 100 KB allocated and names the type being allocated, so over many calls the samples show where the bytes go.
/// </summary>
public sealed class AllocationProfile : EventListener
{
    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private long _samples;

    public static async Task<IReadOnlyList<string>> RunAsync(string scenarioName, string implementation, int calls)
    {
        using var scenario = Scenario.Create(scenarioName);
        for (var i = 0; i < 50; i++)
        {
            await scenario.RunAsync(implementation);
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        using var profile = new AllocationProfile();
        for (var i = 0; i < calls; i++)
        {
            await scenario.RunAsync(implementation);
        }

        var total = GC.GetTotalAllocatedBytes(precise: true) - before;
        profile.Dispose();
        return profile.Report(scenarioName, implementation, calls, total);
    }

    /// <summary>Profiles any workload: <paramref name="run"/> is called once, doing <paramref name="calls"/> operations.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(string label, Func<Task> run, int calls)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        using var profile = new AllocationProfile();
        await run();
        var total = GC.GetTotalAllocatedBytes(precise: true) - before;
        profile.Dispose();
        return profile.Report(label, "", calls, total);
    }

    private IReadOnlyList<string> Report(string scenario, string implementation, int calls, long total)
    {
        lock (_bytesByType)
        {
            var sampled = Math.Max(1, _bytesByType.Values.Sum());
            var lines = new List<string> { $"alloc-profile {scenario} {implementation}: {Format.Bytes((double)total / calls)}/call over {calls} calls, {_samples} samples" };
            lines.AddRange(_bytesByType.OrderByDescending(p => p.Value).Take(25)
                .Select(p => $"  {100.0 * p.Value / sampled,5:0.0}%  ~{Format.Bytes((double)total * p.Value / sampled / calls),8}/call  {p.Key}"));
            return lines;
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick is verbose
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var typeIndex = eventData.PayloadNames!.IndexOf("TypeName");
        var amountIndex = eventData.PayloadNames.IndexOf("AllocationAmount64");
        var type = typeIndex >= 0 ? eventData.Payload[typeIndex] as string ?? "?" : "?";
        var amount = amountIndex >= 0 ? Convert.ToInt64(eventData.Payload[amountIndex], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        lock (_bytesByType)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
            _samples++;
        }
    }
}
