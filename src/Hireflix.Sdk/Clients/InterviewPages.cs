using Hireflix.Sdk.Models;
using Hireflix.Sdk.Operations;
using Hireflix.Sdk.Transport;

namespace Hireflix.Sdk;

/// <summary>Fetches one page of a position's interviews; the stage filter picks one of two documents (see Interviews.graphql).</summary>
internal static class InterviewPages
{
    public static async Task<InterviewPage> GetAsync(HireflixConnection connection, string positionId, InterviewStage? stage, string? cursor, int pageSize, CancellationToken cancellationToken)
    {
        if (stage is { } s)
        {
            var operation = new ListInterviewsByStageQuery
            {
                PositionId = positionId,
                Stage = InterviewStages.ToListStatus(s),
                Limit = pageSize,
                LastCursor = cursor,
            };
            var position = await connection.SendAsync(operation, data => data.Position, cancellationToken).ConfigureAwait(false);
            var list = position.InterviewList;
            return ToPage(list?.Results, list?.LastCursor, list?.Total);
        }
        else
        {
            var operation = new ListInterviewsQuery { PositionId = positionId, Limit = pageSize, LastCursor = cursor };
            var position = await connection.SendAsync(operation, data => data.Position, cancellationToken).ConfigureAwait(false);
            var list = position.InterviewList;
            return ToPage(list?.Results, list?.LastCursor, list?.Total);
        }
    }

    private static InterviewPage ToPage(IReadOnlyList<InterviewSummary?>? results, string? cursor, int? total) =>
        new(results is null ? [] : results.OfType<InterviewSummary>().ToArray(), cursor, total);
}
