using System.Text.Json.Nodes;
using Hireflix.Sdk.Models;
using Hireflix.Sdk.Testing;

namespace Hireflix.Sdk.Reliability.Drift;

/// <summary>Every public SDK call the drift scenarios make (the facade's operations, plus the variants a drift needs).</summary>
public enum DriftCall
{
    PositionsList,
    PositionsGet,
    PositionsRename,
    PositionsArchive,
    PositionsDelete,
    InterviewsInvite,
    InterviewsInviteWithMetadata,
    InterviewsInviteToMissingPosition,
    InterviewsGet,
    InterviewsList,
    InterviewsListByStage,
    InterviewsGetPage,
    InterviewsGetPageByStage,
    InterviewsScore,
    InterviewsClearScore,
    InterviewsComment,
    InterviewsShortlist,
    InterviewsUnshortlist,
    InterviewsDiscard,
    InterviewsRestore,
    InterviewsShare,
}

/// <summary>A fresh target for one call: a position with three completed interviews and an unused invite address.</summary>
public sealed record DriftTarget(string PositionId, string InterviewId, string InviteEmail)
{
    public const int SeededInterviews = 3;

    public const int PageSize = 2;

    private static int s_next;

    public static DriftTarget Seed(HireflixFakeServer fake)
    {
        var n = Interlocked.Increment(ref s_next);
        var positionId = fake.SeedPosition($"Drift position {n}");
        string? first = null;
        for (var i = 0; i < SeededInterviews; i++)
        {
            var id = fake.SeedInterview(positionId, new FakeCandidate($"Seed{i}", "Candidate", $"drift{n}-{i}@example.com"), completed: true);
            first ??= id;
        }

        return new DriftTarget(positionId, first!, $"invite{n}@example.com");
    }
}

/// <summary>What each call sends and how to make it.</summary>
public static class DriftCalls
{
    public static IReadOnlyList<DriftCall> All { get; } = Enum.GetValues<DriftCall>();

    /// <summary>The public operations (the variants that only a drift cell needs left out).</summary>
    public static IReadOnlyList<DriftCall> Public { get; } =
        [.. All.Where(c => c is not DriftCall.InterviewsInviteWithMetadata and not DriftCall.InterviewsInviteToMissingPosition)];

    /// <summary>The generated operation (<c>HireflixOperationCatalog.WireNames</c>' Operation) the call sends.</summary>
    public static string WireOperation(DriftCall call) => call switch
    {
        DriftCall.PositionsList => "GetPositions",
        DriftCall.PositionsGet => "GetPosition",
        DriftCall.PositionsRename => "RenamePosition",
        DriftCall.PositionsArchive => "ArchivePosition",
        DriftCall.PositionsDelete => "DeletePosition",
        DriftCall.InterviewsInvite or DriftCall.InterviewsInviteWithMetadata or DriftCall.InterviewsInviteToMissingPosition => "InviteCandidate",
        DriftCall.InterviewsGet => "GetInterview",
        DriftCall.InterviewsList or DriftCall.InterviewsGetPage => "ListInterviews",
        DriftCall.InterviewsListByStage or DriftCall.InterviewsGetPageByStage => "ListInterviewsByStage",
        DriftCall.InterviewsScore => "ScoreInterview",
        DriftCall.InterviewsClearScore => "ClearInterviewScore",
        DriftCall.InterviewsComment => "CommentInterview",
        DriftCall.InterviewsShortlist or DriftCall.InterviewsUnshortlist => "SetInterviewShortlisted",
        DriftCall.InterviewsDiscard or DriftCall.InterviewsRestore => "SetInterviewDiscarded",
        DriftCall.InterviewsShare => "ShareInterview",
        _ => throw new ArgumentOutOfRangeException(nameof(call)),
    };

    /// <summary>Requests a call sends when nothing is rejected: listing all 3 interviews in pages of 2 takes 3.</summary>
    public static int NormalRequests(DriftCall call) => call is DriftCall.InterviewsList or DriftCall.InterviewsListByStage ? 3 : 1;

    /// <summary>Interviews (and invitation e-mails) a successful call creates.</summary>
    public static int CreatesInterviews(DriftCall call) => call is DriftCall.InterviewsInvite or DriftCall.InterviewsInviteWithMetadata ? 1 : 0;

    /// <summary>Comments a successful call adds.</summary>
    public static int AddsComments(DriftCall call) => call == DriftCall.InterviewsComment ? 1 : 0;

    public static async Task<object?> InvokeAsync(HireflixClient client, DriftCall call, DriftTarget target, CancellationToken cancellationToken = default)
    {
        var positions = client.Positions;
        var interviews = client.Interviews;
        switch (call)
        {
            case DriftCall.PositionsList:
                return await positions.ListAsync(cancellationToken).ConfigureAwait(false);
            case DriftCall.PositionsGet:
                return await positions.GetAsync(target.PositionId, cancellationToken).ConfigureAwait(false);
            case DriftCall.PositionsRename:
                return await positions.RenameAsync(target.PositionId, "Renamed position", cancellationToken).ConfigureAwait(false);
            case DriftCall.PositionsArchive:
                return await positions.ArchiveAsync(target.PositionId, cancellationToken).ConfigureAwait(false);
            case DriftCall.PositionsDelete:
                await positions.DeleteAsync(target.PositionId, cancellationToken).ConfigureAwait(false);
                return "deleted";
            case DriftCall.InterviewsInvite:
                return await interviews.InviteAsync(target.PositionId, new CandidateInvite { FirstName = "Ada", LastName = "Lovelace", Email = target.InviteEmail }, cancellationToken).ConfigureAwait(false);
            case DriftCall.InterviewsInviteWithMetadata:
                return await interviews.InviteAsync(
                    target.PositionId,
                    new CandidateInvite { FirstName = "Ada", LastName = "Lovelace", Email = target.InviteEmail, Metadata = new JsonObject { ["atsId"] = "c-42" } },
                    cancellationToken).ConfigureAwait(false);
            case DriftCall.InterviewsInviteToMissingPosition:
                return await interviews.InviteAsync("0123456789abcdef01234567", new CandidateInvite { FirstName = "Ada", Email = target.InviteEmail }, cancellationToken).ConfigureAwait(false);
            case DriftCall.InterviewsGet:
                return await interviews.GetAsync(target.InterviewId, cancellationToken).ConfigureAwait(false);
            case DriftCall.InterviewsList:
            case DriftCall.InterviewsListByStage:
                var items = new List<InterviewSummary>();
                var stage = call == DriftCall.InterviewsListByStage ? InterviewStage.ToEvaluate : (InterviewStage?)null;
                await foreach (var item in interviews.ListAsync(target.PositionId, stage, pageSize: DriftTarget.PageSize, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    items.Add(item);
                }

                return items;
            case DriftCall.InterviewsGetPage:
                return await interviews.GetPageAsync(target.PositionId, pageSize: DriftTarget.PageSize, cancellationToken: cancellationToken).ConfigureAwait(false);
            case DriftCall.InterviewsGetPageByStage:
                return await interviews.GetPageAsync(target.PositionId, InterviewStage.ToEvaluate, pageSize: DriftTarget.PageSize, cancellationToken: cancellationToken).ConfigureAwait(false);
            case DriftCall.InterviewsScore:
                return await interviews.ScoreAsync(target.InterviewId, 4.5, cancellationToken).ConfigureAwait(false);
            case DriftCall.InterviewsClearScore:
                return await interviews.ClearScoreAsync(target.InterviewId, cancellationToken).ConfigureAwait(false);
            case DriftCall.InterviewsComment:
                return await interviews.CommentAsync(target.InterviewId, "Clear, structured answers.", cancellationToken).ConfigureAwait(false);
            case DriftCall.InterviewsShortlist:
                return await interviews.ShortlistAsync(target.InterviewId, cancellationToken).ConfigureAwait(false);
            case DriftCall.InterviewsUnshortlist:
                return await interviews.UnshortlistAsync(target.InterviewId, cancellationToken).ConfigureAwait(false);
            case DriftCall.InterviewsDiscard:
                return await interviews.DiscardAsync(target.InterviewId, cancellationToken).ConfigureAwait(false);
            case DriftCall.InterviewsRestore:
                return await interviews.RestoreAsync(target.InterviewId, cancellationToken).ConfigureAwait(false);
            case DriftCall.InterviewsShare:
                return await interviews.ShareAsync(target.InterviewId, 365, cancellationToken).ConfigureAwait(false);
            default:
                throw new ArgumentOutOfRangeException(nameof(call));
        }
    }
}
