using System.Globalization;
using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Hireflix.Sdk.Benchmarks.Harness;

/// <summary>Runs <see cref="BulkInviteBenchmarks"/> (ShortRun, in-process) and writes candidates per second per setting.</summary>
public static class BulkInviteRun
{
    public static int Run(string resultsDirectory, Func<string> load)
    {
        var loadBefore = load();
        var artifacts = Path.Combine(Path.GetTempPath(), "Hireflix.Sdk.Benchmarks", "BulkInvite.Artifacts");
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddExporter(MarkdownExporter.GitHub)
            .AddLogger(ConsoleLogger.Default)
            .WithArtifactsPath(artifacts);
        var summary = BenchmarkRunner.Run<BulkInviteBenchmarks>(config);

        var rows = summary.Reports
            .Where(r => r.ResultStatistics is not null)
            .Select(r => (
                Method: r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                Batch: (int)r.BenchmarkCase.Parameters["BatchSize"],
                Concurrency: (int)r.BenchmarkCase.Parameters["Concurrency"],
                PerSecond: 1e9 / r.ResultStatistics!.Mean))
            .ToList();
        var lines = new List<string>();
        foreach (var concurrency in rows.Select(r => r.Concurrency).Distinct().Order())
        {
            // One-by-one ignores the batch size: its runs at every batch size are the same measurement, so take their median.
            var single = Median(rows.Where(r => r.Method == "one-by-one" && r.Concurrency == concurrency).Select(r => r.PerSecond));
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"one-by-one, {concurrency} in flight: {single:0} candidates/s"));
            foreach (var bulk in rows.Where(r => r.Method == "bulk" && r.Concurrency == concurrency).OrderBy(r => r.Batch))
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"bulk, batch {bulk.Batch}, {concurrency} in flight: {bulk.PerSecond:0} candidates/s ({bulk.PerSecond / single:0.0}x one-by-one at the same concurrency)"));
            }
        }

        lines.ForEach(Console.WriteLine);
        var exported = Directory.GetFiles(Path.Combine(artifacts, "results"), "*BulkInviteBenchmarks-report-github.md").Single();
        var text = new StringBuilder();
        text.AppendLine("# Bulk invite vs one-by-one, against the offline fake over 127.0.0.1");
        text.AppendLine();
        text.AppendLine($"Run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC with `dotnet run -c Release --project benchmarks/Hireflix.Sdk.Benchmarks -- --bulk-invite` " +
                        "(BenchmarkDotNet Job ShortRun with the in-process emit toolchain, MemoryDiagnoser). 100 candidates per operation into a fresh position; " +
                        "Mean is per candidate (OperationsPerInvoke = 100). The fake runs GraphQL.NET in the same process, so client and server share the 2 cores.");
        text.AppendLine($"Machine load (1/5/15-min, {Environment.ProcessorCount} cores, shared with other builds): before {loadBefore}, after {load()}.");
        text.AppendLine();
        text.AppendLine("## Candidates per second");
        text.AppendLine();
        text.AppendLine("```");
        lines.ForEach(l => text.AppendLine(l));
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine("## BenchmarkDotNet (GitHub markdown export; one-by-one at the same parameters is the baseline)");
        text.AppendLine();
        text.AppendLine(File.ReadAllText(exported).Trim());
        Directory.CreateDirectory(resultsDirectory);
        var path = Path.Combine(resultsDirectory, "bulk-invite.md");
        File.WriteAllText(path, text.ToString());
        Console.WriteLine($"# results written to {path}");
        return 0;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2];
    }
}
