using Hireflix.Sdk.Models;
using Hireflix.Sdk.Testing;
using Hireflix.Sdk.Testing.Webhooks;

namespace Hireflix.Sdk.Samples.Sync;

/// <summary>What the sync demo observed; <see cref="Line"/> is the one-line summary the sample and its test print.</summary>
public sealed record ConvergenceReport(
    int Positions,
    int Interviews,
    int AppliedBeforeKill,
    bool MatchedBeforeKill,
    int ChangesWhileDown,
    int DeliveriesGivenUp,
    int RowsWrongBeforeRepair,
    ReconcileResult Repair,
    ReconcileResult Rerun,
    bool Converged)
{
    public string Line =>
        $"sync convergence: webhooks applied {AppliedBeforeKill} deliveries (database {(MatchedBeforeKill ? "matched" : "did NOT match")} Hireflix), " +
        $"then the endpoint was killed; {ChangesWhileDown} changes made while it was down ({DeliveriesGivenUp} deliveries given up) left {RowsWrongBeforeRepair} rows wrong; " +
        $"periodic reconciliation #1 read {Repair.Interviews} interviews of {Repair.OpenPositions} open positions and repaired {Repair.Changes} rows " +
        $"({Repair.Upserted} upserted, {Repair.Deleted} deleted); #2 changed {Rerun.Changes}; " +
        $"database {(Converged ? "equals" : "DIFFERS FROM")} Hireflix ({Interviews} interviews, {Positions} positions)";
}

/// <summary>
/// The sync worker end to end against the embedded fake over 127.0.0.1: changes flow in by webhook, the webhook
/// endpoint is killed mid-run, more changes are made (their deliveries fail and are given up), and the periodic
/// reconciliation brings the database back to what Hireflix has; its second run changes nothing.
/// </summary>
public static class SyncDemo
{
    public static async Task<ConvergenceReport> RunAsync(string databasePath, CancellationToken cancellationToken)
    {
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions
        {
            UseLoopback = true,

            // Give up on a dead endpoint quickly (Hireflix retries for longer; the outcome is the same).
            Webhooks = new FakeWebhookOptions { MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(20), AttemptTimeout = TimeSpan.FromSeconds(5) },
        }, cancellationToken);
        using var hireflix = new HireflixClient(new HireflixClientOptions { ApiKey = fake.ApiKey, Endpoint = fake.Endpoint });
        using var database = await SyncDatabase.OpenAsync(databasePath, cancellationToken);
        await using var worker = await SyncWorker.StartAsync(hireflix, database, Secret, cancellationToken);
        var registration = fake.Webhooks.Register(worker.WebhookUrl, Secret);

        // While the webhooks flow: two positions filled by bulk invites, some completed, scored and shortlisted; a third
        // position that will be deleted while nobody listens.
        var backend = fake.SeedPosition("Backend Engineer");
        var support = fake.SeedPosition("Support Engineer");
        var doomed = fake.SeedPosition("Temporary Role");
        var backendInvites = await InviteAsync(hireflix, backend, "backend", 8, cancellationToken);
        var supportInvites = await InviteAsync(hireflix, support, "support", 6, cancellationToken);
        await InviteAsync(hireflix, doomed, "temp", 3, cancellationToken);
        foreach (var id in backendInvites.Take(4))
        {
            fake.CompleteInterview(id);
        }

        await hireflix.Interviews.ScoreAsync(backendInvites[0], 4.5, cancellationToken);
        await hireflix.Interviews.ShortlistAsync(backendInvites[1], cancellationToken);
        await fake.Webhooks.WhenIdleAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var appliedBeforeKill = worker.Applier.Applied;
        var matchedBeforeKill = Differences(await database.ReadAllAsync(cancellationToken), Truth(fake)) == 0;

        // The endpoint dies (a deploy gone wrong); Hireflix keeps changing.
        await worker.StopWebhooksAsync();
        var failedBefore = registration.Abandoned;
        var changes = 0;
        var late = await InviteAsync(hireflix, support, "late", 5, cancellationToken);
        changes += late.Count;
        foreach (var id in backendInvites.Skip(4).Take(3).Concat(supportInvites.Take(2)))
        {
            fake.CompleteInterview(id);
            changes++;
        }

        await hireflix.Interviews.ScoreAsync(backendInvites[2], 3, cancellationToken);
        await hireflix.Interviews.DiscardAsync(backendInvites[3], cancellationToken);
        await hireflix.Interviews.ShortlistAsync(supportInvites[0], cancellationToken);
        await hireflix.Positions.DeleteAsync(doomed, cancellationToken);
        changes += 4;
        await fake.Webhooks.WhenIdleAsync(TimeSpan.FromSeconds(60), cancellationToken);
        var givenUp = registration.Abandoned - failedBefore;
        var wrong = Differences(await database.ReadAllAsync(cancellationToken), Truth(fake));

        // The periodic reconciliation (every 200 ms here; minutes in production) repairs; its next run finds nothing to do.
        var runs = new List<ReconcileResult>();
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var periodic = worker.RunPeriodicReconciliationAsync(TimeSpan.FromMilliseconds(200), result =>
            {
                lock (runs)
                {
                    runs.Add(result);
                    if (runs.Count == 2)
                    {
                        stop.Cancel();
                    }
                }
            }, stop.Token);
            try
            {
                await periodic.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
            }
        }

        var truth = Truth(fake);
        var converged = Differences(await database.ReadAllAsync(cancellationToken), truth) == 0;
        return new ConvergenceReport(
            fake.Positions.Count, truth.Count, appliedBeforeKill, matchedBeforeKill, changes, givenUp, wrong, runs[0], runs[1], converged);
    }

    /// <summary>What Hireflix (the fake) has now, in the database's shape.</summary>
    public static Dictionary<string, SyncedInterview> Truth(HireflixFakeServer fake) =>
        fake.Interviews.ToDictionary(i => i.Id, i => new SyncedInterview(i.Id, i.PositionId, i.ExternalId, i.Stage, i.Score), StringComparer.Ordinal);

    /// <summary>Rows missing, extra or different.</summary>
    public static int Differences(IReadOnlyList<SyncedInterview> rows, IReadOnlyDictionary<string, SyncedInterview> truth)
    {
        var local = rows.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var missing = truth.Keys.Count(id => !local.ContainsKey(id));
        var extra = local.Keys.Count(id => !truth.ContainsKey(id));
        var different = local.Values.Count(r => truth.TryGetValue(r.Id, out var t) && t != r);
        return missing + extra + different;
    }

    // A fresh secret per run; in production the "Reveal Key" value of Profile → Webhooks, from configuration.
    private static readonly string Secret = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    private static async Task<List<string>> InviteAsync(HireflixClient hireflix, string positionId, string tag, int count, CancellationToken cancellationToken)
    {
        var candidates = Enumerable.Range(0, count)
            .Select(i => new CandidateInvite { FirstName = "Sync", LastName = $"{tag} {i}", Email = $"{tag}{i}@example.com", ExternalId = $"ats-{tag}-{i}" })
            .ToList();
        var outcomes = await hireflix.Interviews.InviteManyAsync(positionId, candidates, cancellationToken: cancellationToken);
        return outcomes.Select(o => o.Invitation?.Interview.Id ?? throw o.Error!).ToList();
    }
}
