using System.Diagnostics;
using Hireflix.Sdk.Reliability.BadInput;
using Hireflix.Sdk.Reliability.Cancellation;
using Hireflix.Sdk.Reliability.Drift;
using Hireflix.Sdk.Reliability.FaultMatrix;
using Hireflix.Sdk.Reliability.HostileServer;
using Hireflix.Sdk.Reliability.Fuzzing;
using Hireflix.Sdk.Reliability.HostileSender;
using Hireflix.Sdk.Reliability.Load;
using Hireflix.Sdk.Reliability.Secrets;
using Hireflix.Sdk.Reliability.TenantScale;

// The reliability figures: one line per area, exit code 1 when a figure falls short.
// Runs the same scenario code as tests/Hireflix.Sdk.ReliabilityTests, at full size (load: 20,000 calls).
// Options: --verbose prints every failing case; --load <calls> changes the load size.
var verbose = args.Contains("--verbose");
var loadCalls = args.SkipWhile(a => a != "--load").Skip(1).Select(int.Parse).DefaultIfEmpty(20_000).First();
var failed = new List<string>();
var total = Stopwatch.StartNew();

void Report(string area, string line, bool passed, IEnumerable<string> details)
{
    Console.WriteLine(line + (passed ? string.Empty : "   <-- FALLS SHORT"));
    if (!passed)
    {
        failed.Add(area);
        foreach (var detail in details.Take(verbose ? 1000 : 10))
        {
            Console.WriteLine("    " + detail);
        }
    }
}

await using (var matrix = await FaultMatrixScenario.StartAsync())
{
    var summary = await matrix.RunAllAsync();
    Report("fault-matrix", summary.Line, summary.Passed, summary.Failures.Select(f => f.ToString()));
}

await using (var cancellation = await CancellationScenario.StartAsync())
{
    var summary = await cancellation.RunAllAsync();
    Report("cancellation", summary.Line, summary.Passed, summary.Results.Where(r => !r.AsExpected).Select(r => r.ToString()));
}

var seedProblems = FuzzScenario.CheckSeeds();
var fuzz = FuzzScenario.Run();
Report("fuzz", fuzz.Line, fuzz.Passed && seedProblems.Count == 0,
    seedProblems.Concat(fuzz.Unexpected.DistinctBy(f => (f.OperationName, f.ExceptionType, f.Mutation)).Select(f => $"{f.OperationName} {f.Mutation} HTTP {f.Status}: {f.ExceptionType}: {f.Message}")));

var badInput = await BadInputScenario.RunAllAsync();
Report("bad-input", badInput.Line, badInput.Passed, badInput.Results.Where(r => !r.AsExpected).Select(r => $"{r} (expected ArgumentException with ParamName {r.Case.Param})"));

var secrets = await SecretsScenario.RunAsync();
Report("secrets", secrets.Line, secrets.Passed, secrets.Default.Leaks.Concat(secrets.WithContent.Leaks).Select(l => $"{l.Canary} in {l.Where}: {l.Text}"));

var hostileServer = await HostileServerScenario.RunAsync(HostileServerSize.Full);
Report("hostile-server", hostileServer.Line, hostileServer.Passed, hostileServer.Results.Where(r => !r.AsExpected).Select(r => r.ToString()));

var drift = await DriftScenario.RunAllAsync();
var provenOnly = await ProvenOnlyScenario.RunAsync();
Report("drift", $"{drift.Line}; {provenOnly.Line} ({drift.Elapsed.TotalSeconds:F0} s)", drift.Passed && provenOnly.Passed,
    drift.Results.Where(r => !r.AsExpected).Select(r => r.ToString()).Concat(provenOnly.Results.Where(r => !r.AsExpected).Select(r => r.ToString())));
var hostileSender = await HostileSenderScenario.RunAsync();
Report("hostile-sender", hostileSender.Line, hostileSender.Passed, hostileSender.Cases.Where(c => !c.AsExpected).Select(c => c.ToString()).Concat(hostileSender.ErrorLogLines));

var tenantScale = await TenantScaleScenario.RunAsync();
Report("tenant-scale", tenantScale.Line, tenantScale.Passed, tenantScale.FailureSamples);

var load = await LoadScenario.RunAsync(loadCalls);
Report("load", load.Line, load.Passed && loadCalls >= 20_000, load.FailureSamples.Concat(load.StateMismatches));

Console.WriteLine($"total: {total.Elapsed.TotalSeconds:F0} s, {(failed.Count == 0 ? "every figure met" : "short: " + string.Join(", ", failed))}");
return failed.Count == 0 ? 0 : 1;
