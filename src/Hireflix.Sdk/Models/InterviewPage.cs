namespace Hireflix.Sdk.Models;

/// <summary>One page of a position's interviews, newest first.</summary>
/// <param name="Items">The interviews on this page; empty means the list has ended.</param>
/// <param name="Cursor">Pass it to get the next page. Hireflix returns one even on the last page.</param>
/// <param name="Total">How many interviews match the filter in all, when Hireflix says.</param>
public sealed record InterviewPage(IReadOnlyList<InterviewSummary> Items, string? Cursor, int? Total)
{
    /// <summary>True when this page is empty, the end of the list.</summary>
    public bool IsEnd => Items.Count == 0;
}
