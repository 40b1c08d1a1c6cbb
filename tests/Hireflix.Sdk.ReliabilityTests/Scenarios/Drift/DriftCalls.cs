using System.Text.Json.Nodes;
using Hireflix.Sdk.Models;
using Hireflix.Sdk.Reliability.Infrastructure;

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

    /// <summary>Makes the call: the public operations through <see cref="SdkOperations.InvokeAsync"/>, the variants here.</summary>
    public static async Task<object?> InvokeAsync(HireflixClient client, DriftCall call, OperationTarget target, CancellationToken cancellationToken = default)
    {
        var interviews = client.Interviews;
        switch (call)
        {
            case DriftCall.InterviewsInviteWithMetadata:
                return await interviews.InviteAsync(
                    target.PositionId,
                    new CandidateInvite { FirstName = "Ada", LastName = "Lovelace", Email = target.InviteEmail, Metadata = new JsonObject { ["atsId"] = "c-42" } },
                    cancellationToken).ConfigureAwait(false);
            case DriftCall.InterviewsInviteToMissingPosition:
                return await interviews.InviteAsync("0123456789abcdef01234567", new CandidateInvite { FirstName = "Ada", Email = target.InviteEmail }, cancellationToken).ConfigureAwait(false);
            case DriftCall.InterviewsListByStage:
                var items = new List<InterviewSummary>();
                await foreach (var item in interviews.ListAsync(target.PositionId, new InterviewListOptions { Stage = InterviewStage.ToEvaluate, PageSize = OperationTarget.PageSize }, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    items.Add(item);
                }

                return items;
            case DriftCall.InterviewsGetPage:
                return await interviews.GetPageAsync(target.PositionId, options: new InterviewListOptions { PageSize = OperationTarget.PageSize }, cancellationToken: cancellationToken).ConfigureAwait(false);
            default:
                var operation = call == DriftCall.InterviewsGetPageByStage ? SdkOperation.InterviewsGetPage : Enum.Parse<SdkOperation>(call.ToString());
                return await SdkOperations.InvokeAsync(client, operation, target, cancellationToken).ConfigureAwait(false);
        }
    }
}
