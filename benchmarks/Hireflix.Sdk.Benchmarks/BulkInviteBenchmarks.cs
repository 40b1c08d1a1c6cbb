using BenchmarkDotNet.Attributes;
using Hireflix.Sdk.Models;
using Hireflix.Sdk.Testing;

namespace Hireflix.Sdk.Benchmarks;

/// <summary>
/// Bulk invites against the offline fake over a real 127.0.0.1 socket: 100 candidates per operation into a fresh
/// position, per batch size and concurrency, against one-by-one <c>InviteAsync</c> (sequential, and 4 at a time).
/// OperationsPerInvoke is the candidate count, so Mean is the time per candidate (candidates/s = 1 s / Mean).
/// The fake executes GraphQL for real (GraphQL.NET), so this measures the round trips a batch saves, not the SDK alone.
/// </summary>
[MemoryDiagnoser]
public class BulkInviteBenchmarks
{
    public const int Candidates = 100;

    private HireflixFakeServer _fake = null!;
    private HireflixClient _client = null!;
    private int _run;

    [Params(5, 10, 25)]
    public int BatchSize { get; set; }

    [Params(1, 4, 8)]
    public int Concurrency { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _fake = HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { UseLoopback = true }).GetAwaiter().GetResult();
        if (!_fake.IsLoopback || _fake.Endpoint.Host != "127.0.0.1")
        {
            throw new InvalidOperationException("The bulk-invite benchmark must run over a 127.0.0.1 socket.");
        }

        // No primary handler: the SDK's own SocketsHttpHandler, as in production.
        _client = new HireflixClient(new HireflixClientOptions { ApiKey = _fake.ApiKey, Endpoint = _fake.Endpoint });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _fake.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = Candidates, Description = "bulk")]
    public async Task<int> Bulk()
    {
        var (positionId, candidates) = Next();
        var outcomes = await _client.Interviews.InviteManyAsync(positionId, candidates, new BulkInviteOptions { BatchSize = BatchSize, MaxConcurrency = Concurrency });
        return Check(outcomes.Count(o => o.Succeeded));
    }

    /// <summary>The one-by-one baseline, with the same concurrency (1 = a plain loop).</summary>
    [Benchmark(OperationsPerInvoke = Candidates, Baseline = true, Description = "one-by-one")]
    public async Task<int> OneByOne()
    {
        var (positionId, candidates) = Next();
        var succeeded = 0;
        using var gate = new SemaphoreSlim(Concurrency);
        await Task.WhenAll(candidates.Select(async c =>
        {
            await gate.WaitAsync();
            try
            {
                await _client.Interviews.InviteAsync(positionId, c);
                Interlocked.Increment(ref succeeded);
            }
            finally
            {
                gate.Release();
            }
        }));
        return Check(succeeded);
    }

    private (string PositionId, CandidateInvite[] Candidates) Next()
    {
        var run = Interlocked.Increment(ref _run);
        var positionId = _fake.SeedPosition($"Bench {run}");
        var candidates = Enumerable.Range(0, Candidates)
            .Select(i => new CandidateInvite { FirstName = "Bench", LastName = $"Candidate {i}", Email = $"r{run}-c{i}@example.com" })
            .ToArray();
        return (positionId, candidates);
    }

    private static int Check(int succeeded) =>
        succeeded == Candidates ? succeeded : throw new InvalidOperationException($"{succeeded} of {Candidates} candidates invited.");
}
