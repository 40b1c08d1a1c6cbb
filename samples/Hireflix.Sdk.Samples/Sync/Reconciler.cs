namespace Hireflix.Sdk.Samples.Sync;

/// <summary>What one reconciliation did.</summary>
/// <param name="OpenPositions">Open positions paged.</param>
/// <param name="Interviews">Interviews read.</param>
/// <param name="Upserted">Rows inserted or changed.</param>
/// <param name="Deleted">Rows removed (interviews or positions Hireflix no longer has).</param>
public sealed record ReconcileResult(int OpenPositions, int Interviews, int Upserted, int Deleted)
{
    public int Changes => Upserted + Deleted;
}

/// <summary>
/// Repairs what missed webhooks left: pages every open position's interviews and writes each row as Hireflix has it,
/// then removes rows Hireflix no longer has. Idempotent: a row already right is not written, so a second run reports
/// zero changes. Archived positions are not paged (they change no more); their rows stay as last seen.
/// </summary>
public sealed class Reconciler(HireflixClient hireflix, SyncDatabase database)
{
    public async Task<ReconcileResult> RunAsync(CancellationToken cancellationToken)
    {
        var positions = await hireflix.Positions.ListAsync(cancellationToken);
        var interviews = 0;
        var upserted = 0;
        var deleted = 0;
        var open = positions.Where(p => !p.IsArchived).ToList();
        foreach (var position in open)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var interview in hireflix.Interviews.ListAsync(position.Id, new Models.InterviewListOptions { PageSize = 100 }, cancellationToken: cancellationToken))
            {
                interviews++;
                seen.Add(interview.Id);
                if (Stages.FromSdk(interview.Stage) is not { } stage)
                {
                    continue;
                }

                if (await database.UpsertAsync(new SyncedInterview(interview.Id, position.Id, interview.ExternalId, stage, interview.Score?.Value), cancellationToken))
                {
                    upserted++;
                }
            }

            deleted += await database.DeleteMissingAsync(position.Id, seen, cancellationToken);
        }

        deleted += await database.DeleteOtherPositionsAsync(positions.Select(p => p.Id).ToHashSet(StringComparer.Ordinal), cancellationToken);
        return new ReconcileResult(open.Count, interviews, upserted, deleted);
    }
}
