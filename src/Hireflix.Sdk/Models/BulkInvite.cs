namespace Hireflix.Sdk.Models;

/// <summary>How <see cref="InterviewsClient.InviteManyAsync"/> groups and paces the invitations.</summary>
public sealed class BulkInviteOptions
{
    /// <summary>
    /// Invitations per request (aliased mutations). The bulk-invite benchmark's best median (benchmarks/results/bulk-invite.md):
    /// 5 was much slower, 25 no faster. Hireflix runs a request's mutations one after another, so a batch of 10 also
    /// stays well inside the 10 s attempt timeout and bounds the look-ups a lost batch needs.
    /// </summary>
    public const int DefaultBatchSize = 10;

    /// <summary>
    /// Requests in flight at once. In the benchmark more requests in flight did not raise throughput (the server's work
    /// is the limit), so the default adds no parallel load; raise it over a high-latency link.
    /// </summary>
    public const int DefaultMaxConcurrency = 1;

    /// <summary>The most invitations one request may carry.</summary>
    public const int MaxBatchSize = 50;

    /// <summary>The most requests in flight at once.</summary>
    public const int MaxConcurrencyLimit = 16;

    /// <summary>Invitations per request, 1–<see cref="MaxBatchSize"/>.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>Requests in flight at once, 1–<see cref="MaxConcurrencyLimit"/>.</summary>
    public int MaxConcurrency { get; init; } = DefaultMaxConcurrency;

    /// <summary>Told after every request, with the counts so far (from the thread that finished the request).</summary>
    public IProgress<BulkInviteProgress>? Progress { get; init; }
}

/// <summary>How far a bulk invite has got.</summary>
/// <param name="Completed">Candidates with an outcome so far.</param>
/// <param name="Total">Candidates in all.</param>
/// <param name="Succeeded">Of <paramref name="Completed"/>, those with an interview.</param>
/// <param name="Failed">Of <paramref name="Completed"/>, those with an error.</param>
public sealed record BulkInviteProgress(int Completed, int Total, int Succeeded, int Failed);

/// <summary>What happened to one candidate of a bulk invite: the interview, or the error for this candidate alone.</summary>
/// <param name="Index">The candidate's position in the input sequence.</param>
/// <param name="Candidate">The candidate as given.</param>
/// <param name="Invitation">The interview (see <see cref="CandidateInvitation.AlreadyExisted"/>), or null when <paramref name="Error"/> is set.</param>
/// <param name="Error">
/// The typed error (e.g. <see cref="InterviewAlreadyExistsException"/>, <see cref="InvitesQuotaExceededException"/>), or the
/// transport error of the request that carried this candidate when it failed after its retries; null on success.
/// </param>
public sealed record BulkInviteOutcome(int Index, CandidateInvite Candidate, CandidateInvitation? Invitation, HireflixException? Error)
{
    /// <summary>True when the candidate has an interview.</summary>
    public bool Succeeded => Invitation is not null;
}
