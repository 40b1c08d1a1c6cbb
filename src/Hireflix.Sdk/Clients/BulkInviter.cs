using System.Text.Json;
using Hireflix.Sdk.Models;
using Hireflix.Sdk.Operations;
using Hireflix.Sdk.Transport;
using Result = Hireflix.Sdk.Operations.InviteCandidateMutation.Data.InviteCandidateToInterviewResult;

namespace Hireflix.Sdk;

/// <summary>
/// Runs a bulk invite: candidates in batches of aliased invitations, a few batches at a time, one outcome per
/// candidate. Each batch is sent with the invite retry rule, and each candidate's answer is resolved exactly like a
/// single <see cref="InterviewsClient.InviteAsync"/>: a retried "already exists" is the interview the lost attempt
/// created, so no candidate is e-mailed twice.
/// </summary>
internal static class BulkInviter
{
    public static async Task<IReadOnlyList<BulkInviteOutcome>> RunAsync(
        HireflixConnection connection,
        IReadOnlyList<CandidateInvite> candidates,
        InviteCandidateToInterviewInput[] inputs,
        BulkInviteOptions options,
        CancellationToken cancellationToken)
    {
        var outcomes = new BulkInviteOutcome[inputs.Length];
        var batches = new List<(int Start, int Count)>();
        for (var start = 0; start < inputs.Length; start += options.BatchSize)
        {
            batches.Add((start, Math.Min(options.BatchSize, inputs.Length - start)));
        }

        var progress = new Counter(inputs.Length, options.Progress);
        using var gate = new SemaphoreSlim(options.MaxConcurrency);
        var tasks = batches.Select(async batch =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await RunBatchAsync(connection, candidates, inputs, batch.Start, batch.Count, outcomes, cancellationToken).ConfigureAwait(false);
                progress.Add(outcomes, batch.Start, batch.Count);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        await Task.WhenAll(tasks).ConfigureAwait(false);
        return outcomes;
    }

    private static async Task RunBatchAsync(
        HireflixConnection connection,
        IReadOnlyList<CandidateInvite> candidates,
        InviteCandidateToInterviewInput[] inputs,
        int start,
        int count,
        BulkInviteOutcome[] outcomes,
        CancellationToken cancellationToken)
    {
        var operation = new InviteCandidatesMutation(new ArraySegment<InviteCandidateToInterviewInput>(inputs, start, count));
        IReadOnlyList<Result?> results;
        var attempts = new AttemptRecord();
        HireflixGraphQLException? partial = null;
        try
        {
            results = (await connection.SendAsync(operation, attempts, cancellationToken).ConfigureAwait(false)).Results;
        }
        catch (HireflixGraphQLException ex) when (ex.PartialData is { ValueKind: JsonValueKind.Object } data)
        {
            // Some aliases failed with GraphQL errors, the others ran: their interviews exist and were e-mailed, so they
            // must be reported as successes, not as one failed request.
            results = ReadPartial(operation, data);
            partial = ex;
        }
        catch (HireflixException ex)
        {
            await FailBatchAsync(connection, candidates, inputs, start, count, outcomes, ex, attempts.EarlierAttemptMayHaveExecuted, cancellationToken).ConfigureAwait(false);
            return;
        }

        for (var i = 0; i < count; i++)
        {
            var index = start + i;
            var candidate = candidates[index];
            if (partial is not null && (results[i] is null || Names(partial, InviteCandidatesMutation.Alias(i))))
            {
                // This candidate's invitation has an error of its own (its answer may be incomplete): report it, not a guess.
                outcomes[index] = new BulkInviteOutcome(index, candidate, null, partial);
                continue;
            }

            try
            {
                var single = new InviteCandidateMutation { Input = inputs[index] };
                var invitation = await InvitationOutcome.ResolveAsync(
                    connection, single, operation.OperationName, results[i], attempts.EarlierAttemptMayHaveExecuted, candidate.ReturnExisting, cancellationToken).ConfigureAwait(false);
                outcomes[index] = new BulkInviteOutcome(index, candidate, invitation, null);
            }
            catch (HireflixException ex)
            {
                outcomes[index] = new BulkInviteOutcome(index, candidate, null, ex);
            }
        }
    }

    /// <summary>
    /// The batch failed after its retries. When an attempt may have run (its answer was lost), each candidate is looked
    /// up by e-mail, the invite recovery rule applied once more: found means that attempt created it. A look-up that
    /// fails too (or a timeout, which leaves no time for one) leaves the batch's error, which then means "maybe
    /// invited" (never re-sent, so never e-mailed twice).
    /// </summary>
    private static async Task FailBatchAsync(
        HireflixConnection connection,
        IReadOnlyList<CandidateInvite> candidates,
        InviteCandidateToInterviewInput[] inputs,
        int start,
        int count,
        BulkInviteOutcome[] outcomes,
        HireflixException error,
        bool earlierAttemptMayHaveExecuted,
        CancellationToken cancellationToken)
    {
        // After a timeout the caller's time budget is spent: more requests would overrun it, so no look-ups then.
        var lookUp = earlierAttemptMayHaveExecuted && error is not HireflixTimeoutException;
        for (var i = 0; i < count; i++)
        {
            var index = start + i;
            InterviewSummary? found = null;
            if (lookUp)
            {
                try
                {
                    found = await InterviewLookups.FindByEmailAsync(connection, inputs[index].PositionId, inputs[index].Candidate.Email, cancellationToken).ConfigureAwait(false);
                }
                catch (HireflixException)
                {
                    // The server is still failing: the batch's own error is the better explanation, and the other
                    // candidates' look-ups would only add load to a failing server.
                    lookUp = false;
                }
            }

            outcomes[index] = found is null
                ? new BulkInviteOutcome(index, candidates[index], null, error)
                : new BulkInviteOutcome(index, candidates[index], new CandidateInvitation(found, AlreadyExisted: true), null);
        }
    }

    /// <summary>Whether an error is about this alias; an error without a path could be about any of them.</summary>
    private static bool Names(HireflixGraphQLException error, string alias) =>
        error.Errors.Any(e => e.Path.Count == 0 || string.Equals(e.Path[0], alias, StringComparison.Ordinal));

    private static IReadOnlyList<Result?> ReadPartial(InviteCandidatesMutation operation, JsonElement data)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(data.GetRawText());
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        return operation.ReadData(ref reader).Results;
    }

    /// <summary>Counts outcomes as batches finish (in any order) and tells the caller's progress.</summary>
    private sealed class Counter(int total, IProgress<BulkInviteProgress>? progress)
    {
        private readonly object _lock = new();
        private int _completed;
        private int _succeeded;

        public void Add(BulkInviteOutcome[] outcomes, int start, int count)
        {
            BulkInviteProgress snapshot;
            lock (_lock)
            {
                _completed += count;
                for (var i = start; i < start + count; i++)
                {
                    _succeeded += outcomes[i].Succeeded ? 1 : 0;
                }

                snapshot = new BulkInviteProgress(_completed, total, _succeeded, _completed - _succeeded);
            }

            progress?.Report(snapshot);
        }
    }
}
