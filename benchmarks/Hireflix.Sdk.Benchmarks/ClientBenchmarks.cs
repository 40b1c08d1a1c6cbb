using BenchmarkDotNet.Attributes;

namespace Hireflix.Sdk.Benchmarks;

/// <summary>
/// The BenchmarkDotNet suite: per scenario, the SDK call and its three references over the same canned bytes
/// (in-memory handler). Tuned is the baseline, so the Ratio and Alloc Ratio columns read sdk/tuned directly.
/// </summary>
public class ClientBenchmarks
{
    private Scenario _scenario = null!;

    [ParamsSource(nameof(ScenarioNames))]
    public string Scenario { get; set; } = "";

    public static IEnumerable<string> ScenarioNames => Sdk.Benchmarks.Scenario.Names.Where(n => Only is null || n == Only);

    /// <summary>Restricts the suite to one scenario (<c>--scenario name</c>); the in-process toolchain shares this static.</summary>
    public static string? Only { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _scenario = Sdk.Benchmarks.Scenario.Create(Scenario);
        _scenario.VerifyAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _scenario.Dispose();

    [Benchmark(Description = "sdk")]
    public Task<int> SdkCall() => _scenario.SdkAsync();

    [Benchmark(Baseline = true, Description = "tuned")]
    public Task<int> Tuned() => _scenario.TunedAsync();

    [Benchmark(Description = "typical")]
    public Task<int> Typical() => _scenario.TypicalAsync();

    [Benchmark(Description = "floor")]
    public Task<int> Floor() => _scenario.FloorAsync();
}
