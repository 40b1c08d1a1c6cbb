namespace Hireflix.Sdk.Samples.Sync;

/// <summary><c>dotnet run --project samples/Hireflix.Sdk.Samples -- sync [database.db]</c>: the sync worker's demo, offline.</summary>
internal static class SyncCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var path = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"hireflix-sync-{Guid.NewGuid():N}.db");
        Output.Step($"Sync worker: SQLite at {path}, offline against the embedded fake");
        var report = await SyncDemo.RunAsync(path, cancellationToken);
        Output.Line(report.Line);
        return report.Converged && report.Rerun.Changes == 0 ? 0 : 1;
    }
}
