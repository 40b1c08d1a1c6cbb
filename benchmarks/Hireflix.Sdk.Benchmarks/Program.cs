using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Hireflix.Sdk.Benchmarks;
using Hireflix.Sdk.Benchmarks.Harness;
using Measurement = Hireflix.Sdk.Benchmarks.Harness.Measurement;

// Usage:
//   --quick            fast in-process harness (< 2 min on 2 cores): ratio lines, paging memory, loopback
//   (no arguments)     full run: BenchmarkDotNet suite (ShortRun, in-process, MemoryDiagnoser) + paging memory
//                      + loopback; results written to benchmarks/results/
//   --verify           only check that all implementations read the canned responses alike
//   --paging-memory | --loopback   just that measurement
//   --bulk-invite      bulk invite vs one-by-one against the fake over loopback (ShortRun, in-process);
//                      writes benchmarks/results/bulk-invite.md
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Contains("--verify"))
{
    await VerifyAllAsync();
    return 0;
}

if (args.Length >= 3 && args[0] == "--alloc-profile")
{
    Print(await AllocationProfile.RunAsync(args[1], args[2], args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20_000));
    return 0;
}

if (args.Contains("--breakdown"))
{
    Print(await ResultsBreakdown.RunAsync());
    return 0;
}

if (args.Contains("--overhead"))
{
    Print(await OverheadProfile.RunAsync("score"));
    Print(await OverheadProfile.RunAsync("positions"));
    return 0;
}

if (args.Contains("--paging-memory"))
{
    Print(await PagingMemory.RunAsync());
    return 0;
}

if (args.Contains("--loopback"))
{
    Print(await Loopback.RunAsync(20_000, 64, repeats: 3, profile: args.Contains("--profile") || args.Contains("--allocations"), allocations: args.Contains("--allocations")));
    return 0;
}

if (args.Contains("--bulk-invite"))
{
    return BulkInviteRun.Run(ResultsDirectory(), Load);
}

if (args.Contains("--quick"))
{
    var started = Stopwatch.GetTimestamp();
    Console.WriteLine($"# quick mode: {Environment.ProcessorCount} cores, load {Load()}, {RuntimeInfo()}");
    await VerifyAllAsync();
    var measurements = new List<Measurement>();
    var only = args.SkipWhile(a => a != "--scenario").Skip(1).FirstOrDefault();
    foreach (var name in Scenario.Names.Where(n => only is null || n == only))
    {
        using var scenario = Scenario.Create(name);
        var m = await QuickHarness.MeasureAsync(scenario, rounds: 7, batch: TimeSpan.FromMilliseconds(50), warmup: TimeSpan.FromMilliseconds(500));
        measurements.AddRange(m);
        Print(m.Select(QuickHarness.Describe));
    }

    Print(QuickHarness.RatioLines(measurements));
    if (only is not null)
    {
        return 0;
    }

    Print(await PagingMemory.RunAsync());
    Print(await Loopback.RunAsync(20_000, 64, repeats: 3));
    Console.WriteLine($"# quick mode done in {Stopwatch.GetElapsedTime(started).TotalSeconds:0}s, load {Load()}");
    return 0;
}

ClientBenchmarks.Only = args.SkipWhile(a => a != "--scenario").Skip(1).FirstOrDefault();
return await FullAsync(write: ClientBenchmarks.Only is null);

static async Task<int> FullAsync(bool write)
{
    var resultsDirectory = ResultsDirectory();
    var loadBefore = Load();
    var artifacts = Path.Combine(Path.GetTempPath(), "Hireflix.Sdk.Benchmarks", "BenchmarkDotNet.Artifacts");
    var config = ManualConfig.CreateEmpty()
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddExporter(MarkdownExporter.GitHub)
        .AddLogger(ConsoleLogger.Default)
        .WithArtifactsPath(artifacts)
        .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    var summary = BenchmarkRunner.Run<ClientBenchmarks>(config);
    var loadAfterBdn = Load();

    var measurements = new List<Measurement>();
    foreach (var report in summary.Reports.Where(r => r.ResultStatistics is not null))
    {
        var scenario = (string)report.BenchmarkCase.Parameters["Scenario"];
        var implementation = report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');
        measurements.Add(new Measurement(scenario, implementation, report.ResultStatistics!.Median, report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0));
    }

    var ratios = QuickHarness.RatioLines(measurements.OrderBy(m => Scenario.Names.ToList().IndexOf(m.Scenario)).ToList()).ToList();
    Print(ratios);
    var paging = await PagingMemory.RunAsync();
    Print(paging);
    var loopback = await Loopback.RunAsync(20_000, 64, repeats: 3);
    Print(loopback);
    var loadAfter = Load();

    if (!write)
    {
        return 0;
    }

    var exported = Directory.GetFiles(Path.Combine(artifacts, "results"), "*ClientBenchmarks-report-github.md").Single();
    var text = new StringBuilder();
    text.AppendLine("# Hireflix .NET SDK — client benchmarks");
    text.AppendLine();
    text.AppendLine($"Run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC with `dotnet run -c Release --project benchmarks/Hireflix.Sdk.Benchmarks` " +
                    "(BenchmarkDotNet Job ShortRun — 3 warm-up + 3 measured iterations — with the in-process emit toolchain, MemoryDiagnoser).");
    text.AppendLine($"SDK source: commit {Git("rev-parse --short HEAD")}{(Git("status --porcelain -- src/Hireflix.Sdk").Length > 0 ? " with uncommitted changes under src/Hireflix.Sdk" : "")}.");
    text.AppendLine($"Machine load (1/5/15-min load average, {Environment.ProcessorCount} cores, shared with other builds): before {loadBefore}; after the BenchmarkDotNet suite {loadAfterBdn}; at the end {loadAfter}.");
    text.AppendLine("ShortRun on a shared 2-core machine: treat differences under ~10% as noise; the Error column says how wide each figure is.");
    text.AppendLine();
    text.AppendLine("## BenchmarkDotNet (GitHub markdown export; tuned is the baseline, so Ratio and Alloc Ratio are x/tuned)");
    text.AppendLine();
    text.AppendLine(File.ReadAllText(exported).Trim());
    text.AppendLine();
    text.AppendLine("## Ratios (medians from the table above)");
    text.AppendLine();
    text.AppendLine("```");
    ratios.ForEach(l => text.AppendLine(l));
    text.AppendLine("```");
    text.AppendLine();
    text.AppendLine("## Paging memory (10 vs 100 pages of 100 interviews) and loopback (20,000 requests, 64 callers, Kestrel on 127.0.0.1)");
    text.AppendLine();
    text.AppendLine("```");
    foreach (var line in paging.Concat(loopback))
    {
        text.AppendLine(line);
    }

    text.AppendLine("```");
    Directory.CreateDirectory(resultsDirectory);
    var path = Path.Combine(resultsDirectory, "client-benchmarks.md");
    File.WriteAllText(path, text.ToString());
    Console.WriteLine($"# results written to {path}");
    return 0;
}

static async Task VerifyAllAsync()
{
    foreach (var name in Scenario.Names)
    {
        using var scenario = Scenario.Create(name);
        await scenario.VerifyAsync();
        Console.WriteLine($"verified {name}: sdk, tuned and typical read the same {Format.Bytes(scenario.ResponseBytes)} alike");
    }
}

static void Print(IEnumerable<string> lines)
{
    foreach (var line in lines)
    {
        Console.WriteLine(line);
    }
}

static string Load()
{
    try
    {
        var parts = File.ReadAllText("/proc/loadavg").Split(' ');
        return $"{parts[0]}/{parts[1]}/{parts[2]}";
    }
    catch (IOException)
    {
        return "n/a";
    }
}

static string Git(string arguments)
{
    try
    {
        using var git = Process.Start(new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        return output;
    }
    catch (System.ComponentModel.Win32Exception)
    {
        return "unknown";
    }
}

static string RuntimeInfo() =>
    $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC";

static string ResultsDirectory()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Hireflix.Sdk.sln")))
        {
            return Path.Combine(dir.FullName, "benchmarks", "results");
        }
    }

    return Path.Combine(Environment.CurrentDirectory, "benchmarks", "results");
}
