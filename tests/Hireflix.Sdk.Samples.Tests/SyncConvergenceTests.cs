using Hireflix.Sdk.Samples.Sync;
using Xunit.Abstractions;

namespace Hireflix.Sdk.Samples.Tests;

/// <summary>The sync worker keeps a real SQLite file in step with Hireflix, even when its webhook endpoint dies mid-run.</summary>
public sealed class SyncConvergenceTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hireflix-sync-test-").FullName;

    [Fact]
    public async Task Database_converges_after_webhooks_are_killed_mid_run_and_a_second_reconciliation_changes_nothing()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var report = await SyncDemo.RunAsync(Path.Combine(_directory, "sync.db"), timeout.Token);

        output.WriteLine(report.Line);
        report.AppliedBeforeKill.Should().BeGreaterThan(0);
        report.MatchedBeforeKill.Should().BeTrue("webhooks alone keep the database right while they are delivered");
        report.DeliveriesGivenUp.Should().BeGreaterThan(0, "the endpoint was down while Hireflix kept changing");
        report.RowsWrongBeforeRepair.Should().BeGreaterThan(0, "missed webhooks leave the database behind");
        report.Repair.Changes.Should().Be(report.RowsWrongBeforeRepair, "the reconciliation repairs exactly the wrong rows");
        report.Rerun.Changes.Should().Be(0, "re-running the reconciliation changes nothing");
        report.Converged.Should().BeTrue();
        File.Exists(Path.Combine(_directory, "sync.db")).Should().BeTrue("a real SQLite file, not an in-memory stand-in");
    }

    [Fact]
    public async Task Database_file_keeps_its_rows_across_connections_and_skips_identical_writes()
    {
        // Rows written by one process are read back from the file by the next: open, read, and compare to itself.
        var path = Path.Combine(_directory, "restart.db");
        using (var first = await SyncDatabase.OpenAsync(path))
        {
            (await first.UpsertAsync(new SyncedInterview("68d4164f19367e041b2030c0", "68d53cf0a3d3c03c50f103c3", "ats-1", "pending", null))).Should().BeTrue();
            (await first.UpsertAsync(new SyncedInterview("68d4164f19367e041b2030c0", "68d53cf0a3d3c03c50f103c3", "ats-1", "pending", null))).Should().BeFalse("an identical row is not rewritten");
        }

        using var second = await SyncDatabase.OpenAsync(path);
        (await second.ReadAllAsync()).Should().Equal(new SyncedInterview("68d4164f19367e041b2030c0", "68d53cf0a3d3c03c50f103c3", "ats-1", "pending", null));
        (await second.UpsertAsync(new SyncedInterview("68d4164f19367e041b2030c0", "68d53cf0a3d3c03c50f103c3", "ats-1", "to_evaluate", 4.5))).Should().BeTrue();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finalising connection: the OS temp cleaner takes it.
        }
    }
}
