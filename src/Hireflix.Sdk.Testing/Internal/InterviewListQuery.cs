using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hireflix.Sdk.Testing.Internal;

internal sealed record StringFilter(string? Equal, Regex? Regex)
{
    public bool Matches(string? value, bool ignoreCase = false) =>
        (Equal is null || string.Equals(value, Equal, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        && (Regex is null || (value is not null && Regex.IsMatch(value)));
}

internal sealed record FloatFilter(double? Equal, double? NotEqual, double? GreaterThan, double? GreaterThanOrEqual, double? LessThan, double? LessThanOrEqual)
{
    public bool Matches(double? value) =>
        value is { } v
        && (Equal is null || v == Equal)
        && (NotEqual is null || v != NotEqual)
        && (GreaterThan is null || v > GreaterThan)
        && (GreaterThanOrEqual is null || v >= GreaterThanOrEqual)
        && (LessThan is null || v < LessThan)
        && (LessThanOrEqual is null || v <= LessThanOrEqual);
}

internal sealed record SortKey(string Field, bool Descending);

/// <summary>
/// <c>position.interviewList(input)</c>: filter, sort, then cursor-page. The cursor encodes the sort key values of the
/// last item (plus its insertion sequence as tie-breaker), so paging stays correct when items are added or deleted
/// between pages. As in the docs, a cursor is always returned and an empty <c>results</c> ends the list.
/// </summary>
internal sealed record InterviewListQuery(
    StringFilter? Id,
    StringFilter? Email,
    StringFilter? FirstName,
    StringFilter? LastName,
    string? Stage,
    FloatFilter? Score,
    int Limit,
    string? LastCursor,
    bool Backward,
    IReadOnlyList<SortKey> Sort)
{
    public InterviewListView Run(IEnumerable<InterviewEntity> interviews)
    {
        var matching = interviews.Where(Matches).ToList();
        matching.Sort(Compare);
        var cursor = string.IsNullOrEmpty(LastCursor) ? null : DecodeCursor(LastCursor);

        List<InterviewEntity> page;
        if (!Backward)
        {
            page = matching.Where(i => cursor is null || CompareToCursor(i, cursor) > 0).Take(Limit).ToList();
        }
        else
        {
            var before = matching.Where(i => cursor is null || CompareToCursor(i, cursor) < 0).ToList();
            page = before.Skip(Math.Max(0, before.Count - Limit)).ToList();
        }

        var edge = page.Count == 0 ? null : Backward ? page[0] : page[^1];
        return new InterviewListView(
            [.. page.Select(ViewFactory.Interview)],
            edge is null ? LastCursor ?? string.Empty : EncodeCursor(edge),
            page.Count,
            matching.Count);
    }

    private bool Matches(InterviewEntity i) =>
        (Id is null || Id.Matches(i.Id))
        && (Email is null || Email.Matches(i.Email, ignoreCase: true))
        && (FirstName is null || FirstName.Matches(i.FirstName))
        && (LastName is null || LastName.Matches(i.LastName))
        && (Stage is null || Stage == i.Stage)
        && (Score is null || Score.Matches(ViewFactory.TeamAverage(i)));

    private long[] KeyOf(InterviewEntity i) =>
        [.. Sort.Select(s => s.Field == "updatedAt" ? i.UpdatedAt.ToUnixTimeMilliseconds() : i.CreatedAt.ToUnixTimeMilliseconds()), i.Sequence];

    private int Compare(InterviewEntity a, InterviewEntity b) => CompareKeys(KeyOf(a), KeyOf(b));

    private int CompareToCursor(InterviewEntity i, long[] cursor) => CompareKeys(KeyOf(i), cursor);

    /// <summary>Compares in list order; the sequence tie-breaker follows the first sort key's direction.</summary>
    private int CompareKeys(long[] a, long[] b)
    {
        for (var k = 0; k < a.Length && k < b.Length; k++)
        {
            var descending = k < Sort.Count ? Sort[k].Descending : Sort.Count > 0 && Sort[0].Descending;
            var c = a[k].CompareTo(b[k]);
            if (c != 0)
            {
                return descending ? -c : c;
            }
        }

        return 0;
    }

    private string EncodeCursor(InterviewEntity i) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join('.', KeyOf(i).Select(v => v.ToString(CultureInfo.InvariantCulture)))));

    private long[] DecodeCursor(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split('.');
            var key = parts.Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            return key.Length == Sort.Count + 1 ? key : throw new FormatException("cursor of another sort");
        }
        catch (FormatException)
        {
            throw new GraphQL.ExecutionError("Invalid lastCursor") { Code = "BAD_USER_INPUT" };
        }
    }
}
