using Hireflix.Sdk.Webhooks;

namespace Hireflix.Sdk.Samples.Sync;

/// <summary>
/// Applies a verified webhook to the database as it arrives. A delivery that lacks what a row needs (or names a status
/// this sample does not know) is skipped, not guessed: the next reconciliation fills it in.
/// </summary>
public sealed class WebhookApplier(SyncDatabase database)
{
    private int _applied;
    private int _skipped;

    public int Applied => Volatile.Read(ref _applied);

    public int Skipped => Volatile.Read(ref _skipped);

    public async Task ApplyAsync(HireflixWebhookEvent webhookEvent, CancellationToken cancellationToken)
    {
        switch (webhookEvent)
        {
            case InterviewDeleted deleted:
                await database.DeleteAsync(deleted.Interview.Id, cancellationToken);
                Interlocked.Increment(ref _applied);
                break;
            case HireflixInterviewWebhookEvent { Interview: { Position.Id: { } positionId } interview }
                when Stages.FromWebhook(interview.Status) is { } stage:
                await database.UpsertAsync(new SyncedInterview(interview.Id, positionId, interview.ExternalId, stage, interview.Score), cancellationToken);
                Interlocked.Increment(ref _applied);
                break;
            default:
                Interlocked.Increment(ref _skipped);
                break;
        }
    }
}
