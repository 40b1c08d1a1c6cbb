using Hireflix.Sdk.Models;
using Hireflix.Sdk.Operations;
using Hireflix.Sdk.Transport;

namespace Hireflix.Sdk;

/// <summary>
/// Finding a position's interview by what an ATS knows about it. Shared by the public look-ups and by the invite
/// recovery, so both read the same documented filter the same way.
/// </summary>
internal static class InterviewLookups
{
    public const string FindByEmailOperation = "FindInterviewByEmail";

    /// <summary>Pages of the external-id scan: the largest page the SDK asks for, so a big position takes few requests.</summary>
    public const int ScanPageSize = 100;

    /// <summary>The documented <c>email</c> filter (<c>equal</c>); Hireflix allows one interview per e-mail per position.</summary>
    public static async Task<InterviewSummary?> FindByEmailAsync(HireflixConnection connection, string positionId, string email, CancellationToken cancellationToken)
    {
        var operation = new FindInterviewByEmailQuery { PositionId = positionId, Email = email };
        var position = await connection.SendAsync(operation, data => data.Position, cancellationToken).ConfigureAwait(false);
        return position.InterviewList?.Results?.OfType<InterviewSummary>().FirstOrDefault();
    }

    /// <summary>
    /// No filter on <c>externalId</c> is documented, so this walks the position's interviews page by page (newest
    /// first) and stops at the first match: cost grows with the position, not with the answer.
    /// </summary>
    public static async Task<InterviewSummary?> FindByExternalIdAsync(HireflixConnection connection, string positionId, string externalId, CancellationToken cancellationToken)
    {
        await foreach (var interview in ScanAsync(connection, positionId, ScanPageSize, cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(interview.ExternalId, externalId, StringComparison.Ordinal))
            {
                return interview;
            }
        }

        return null;
    }

    /// <summary>Every interview of the position, each once, as the pages arrive (the same cursor checks as the listing).</summary>
    public static async IAsyncEnumerable<InterviewSummary> ScanAsync(HireflixConnection connection, string positionId, int pageSize, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        while (true)
        {
            var page = await InterviewPages.GetAsync(connection, positionId, null, cursor, pageSize, cancellationToken).ConfigureAwait(false);
            if (page.IsEnd)
            {
                yield break;
            }

            foreach (var item in page.Items)
            {
                yield return item;
            }

            if (page.Cursor is null)
            {
                yield break;
            }

            if (!seen.Add(page.Cursor))
            {
                throw new HireflixResponseException("Hireflix returned a page cursor it had already returned; stopping so the scan does not loop forever.") { OperationName = "ListInterviews" };
            }

            cursor = page.Cursor;
        }
    }
}
