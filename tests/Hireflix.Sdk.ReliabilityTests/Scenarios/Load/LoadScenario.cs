using System.Collections.Concurrent;
using System.Diagnostics;
using Hireflix.Sdk.Models;
using Hireflix.Sdk.Reliability.Infrastructure;
using Hireflix.Sdk.Testing;

namespace Hireflix.Sdk.Reliability.Load;

public sealed record LoadResult(
    int Calls,
    int Callers,
    int Failures,
    IReadOnlyList<string> FailureSamples,
    int Connections,
    int HttpAttempts,
    TimeSpan Elapsed,
    double WorkingSetBeforeMb,
    double WorkingSetAfterMb,
    double GcHeapBeforeMb,
    double GcHeapAfterMb,
    double GcHeapAfterCollectionMb,
    IReadOnlyDictionary<SdkOperation, int> PerOperation,
    IReadOnlyList<string> StateMismatches)
{
    public string Line =>
        $"load: {Calls} calls from {Callers} callers over {PerOperation.Count} operations, {Failures} failures, {Connections} connections for {HttpAttempts} requests, " +
        $"{Calls / Elapsed.TotalSeconds:F0} calls/s, working set {WorkingSetBeforeMb:F0}→{WorkingSetAfterMb:F0} MB, GC heap {GcHeapBeforeMb:F0}→{GcHeapAfterMb:F0} MB ({GcHeapAfterCollectionMb:F0} MB after a full collection), " +
        $"final state {(StateMismatches.Count == 0 ? "matches the calls" : "MISMATCH: " + string.Join("; ", StateMismatches))}";

    /// <summary>HTTP/1.1 needs one connection per concurrent request: more than twice the callers means sockets are not reused.</summary>
    public bool Passed => Failures == 0 && StateMismatches.Count == 0 && Connections <= 2 * Callers && PerOperation.Count == Enum.GetValues<SdkOperation>().Length;
}

/// <summary>
/// Many SDK calls from concurrent callers mixing every operation against the fake on Kestrel loopback; counts TCP
/// connections (socket reuse), memory before and after, and checks the fake's final state against the calls made.
/// </summary>
public static class LoadScenario
{
    public const string ApiKey = "load-key-2b7e";
    public const int Callers = 64;
    private const int ReadPositions = 4;
    private const int InterviewsPerPosition = 6;

    public static async Task<LoadResult> RunAsync(int calls)
    {
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { ApiKey = ApiKey, UseLoopback = true }).ConfigureAwait(false);
        var read = new List<(string Position, List<string> Interviews)>();
        for (var p = 0; p < ReadPositions; p++)
        {
            var positionId = fake.SeedPosition($"Load read {p}");
            var ids = Enumerable.Range(0, InterviewsPerPosition)
                .Select(i => fake.SeedInterview(positionId, new FakeCandidate($"Load{i}", "Candidate", $"load{p}-{i}@example.com"), completed: true))
                .ToList();
            read.Add((positionId, ids));
        }

        var invitePositions = Enumerable.Range(0, 4).Select(i => fake.SeedPosition($"Load invites {i}")).ToArray();
        var archivePositions = Enumerable.Range(0, 4).Select(i => fake.SeedPosition($"Load archive {i}")).ToArray();
        var positionsBefore = fake.Positions.Count;
        var interviewsBefore = fake.Interviews.Count;

        using var harness = new ClientHarness(new HarnessOptions { Endpoint = fake.Endpoint, ApiKey = ApiKey });
        var operations = SdkOperations.All;
        var perOperation = new ConcurrentDictionary<SdkOperation, int>();
        var failures = new ConcurrentQueue<string>();
        var invites = 0;
        var comments = 0;
        var deletes = 0;
        var next = -1;

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var workingSetBefore = Environment.WorkingSet;
        var heapBefore = GC.GetTotalMemory(forceFullCollection: false);
        var clock = Stopwatch.StartNew();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        async Task CallerAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < calls && !deadline.IsCancellationRequested)
            {
                var operation = operations[index % operations.Count];
                var (positionId, interviewIds) = read[index / operations.Count % read.Count];
                var target = operation switch
                {
                    SdkOperation.PositionsDelete => new OperationTarget(fake.SeedPosition($"Load delete {index}"), interviewIds[0], string.Empty, "x", "y"),
                    SdkOperation.PositionsArchive => new OperationTarget(archivePositions[index % archivePositions.Length], interviewIds[0], string.Empty, "x", "y"),
                    _ when SdkOperations.Invites(operation) => new OperationTarget(invitePositions[index % invitePositions.Length], interviewIds[0], $"invitee{index}@example.com", "Invitee", $"Number {index % 1000}"),
                    _ => new OperationTarget(positionId, interviewIds[index % interviewIds.Count], string.Empty, "x", "y"),
                };
                try
                {
                    var value = await SdkOperations.InvokeAsync(harness.Client, operation, target, deadline.Token).ConfigureAwait(false);
                    switch (operation)
                    {
                        case SdkOperation.InterviewsInvite or SdkOperation.InterviewsInviteOrGet when value is CandidateInvitation { AlreadyExisted: false }:
                            Interlocked.Increment(ref invites);
                            break;
                        case SdkOperation.InterviewsInviteMany when value is CandidateInvitation { AlreadyExisted: false }:
                            Interlocked.Add(ref invites, OperationTarget.BulkCandidates);
                            break;
                        case SdkOperation.InterviewsComment:
                            Interlocked.Increment(ref comments);
                            break;
                        case SdkOperation.PositionsDelete:
                            Interlocked.Increment(ref deletes);
                            break;
                    }

                    perOperation.AddOrUpdate(operation, 1, (_, n) => n + 1);
                }
                catch (Exception ex)
                {
                    failures.Enqueue($"{operation}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(CallerAsync))).ConfigureAwait(false);
        clock.Stop();
        var workingSetAfter = Environment.WorkingSet;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: false);
        var heapAfterCollection = GC.GetTotalMemory(forceFullCollection: true);

        var mismatches = new List<string>();
        var finished = Math.Min(calls, next);
        if (finished < calls)
        {
            mismatches.Add($"only {finished} of {calls} calls ran before the 5-minute limit");
        }

        var interviewsAfter = fake.Interviews.Count;
        if (interviewsAfter != interviewsBefore + invites)
        {
            mismatches.Add($"{interviewsAfter} interviews, expected {interviewsBefore} seeded + {invites} invites");
        }

        var invitedEmails = fake.SentEmails.Count(e => e.To.StartsWith("invitee", StringComparison.Ordinal));
        if (invitedEmails != invites)
        {
            mismatches.Add($"{invitedEmails} invitation e-mails for {invites} invites");
        }

        var storedComments = fake.Interviews.Sum(i => i.Comments.Count);
        if (storedComments != comments)
        {
            mismatches.Add($"{storedComments} comments stored for {comments} comment calls");
        }

        if (fake.Positions.Count != positionsBefore)
        {
            mismatches.Add($"{fake.Positions.Count} positions, expected {positionsBefore} (every position seeded for a delete was deleted: {deletes})");
        }

        return new LoadResult(
            calls,
            Callers,
            failures.Count,
            failures.Take(10).ToList(),
            harness.Connects,
            harness.Attempts,
            clock.Elapsed,
            workingSetBefore / 1048576.0,
            workingSetAfter / 1048576.0,
            heapBefore / 1048576.0,
            heapAfter / 1048576.0,
            heapAfterCollection / 1048576.0,
            perOperation.ToDictionary(kv => kv.Key, kv => kv.Value),
            mismatches);
    }
}
