using System.Text.RegularExpressions;

namespace Hireflix.Sdk.Testing.Internal.Schema;

/// <summary>Turns the <c>PositionInterviewListInput</c> argument into an <see cref="InterviewListQuery"/>.</summary>
internal static class InterviewListArguments
{
    /// <summary>MindCloud's documented default page size.</summary>
    private const int DefaultLimit = 50;

    public static InterviewListQuery Parse(IReadOnlyDictionary<string, object?>? input)
    {
        var filter = input.Object("filter");
        var pagination = input.Object("pagination");
        var limit = pagination.Int("limit") ?? DefaultLimit;
        if (limit < 1)
        {
            throw HireflixExecutionError.BadInput("pagination.limit must be at least 1");
        }

        var sort = input.List("sort")?
            .Select(item => item as IReadOnlyDictionary<string, object?> ?? (item as IDictionary<string, object?>)?.AsReadOnly())
            .Where(item => item is not null)
            .Select(item => new SortKey(item.String("field") ?? "createdAt", item.String("direction") != "ASC"))
            .ToList();

        return new InterviewListQuery(
            StringFilterOf(filter.Object("id")),
            StringFilterOf(filter.Object("email")),
            StringFilterOf(filter.Object("firstName")),
            StringFilterOf(filter.Object("lastName")),
            filter.Object("status").String("equal"),
            FloatFilterOf(filter.Object("score")),
            limit,
            pagination.String("lastCursor"),
            pagination.String("direction") == "BACKWARD",
            // MCP: "Sort is required — default to createdAt DESC".
            sort is { Count: > 0 } ? sort : [new SortKey("createdAt", Descending: true)]);
    }

    private static StringFilter? StringFilterOf(IReadOnlyDictionary<string, object?>? filter)
    {
        if (filter is null)
        {
            return null;
        }

        var pattern = filter.String("regex");
        try
        {
            var regex = pattern is null ? null : new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
            return new StringFilter(filter.String("equal"), regex);
        }
        catch (ArgumentException)
        {
            throw HireflixExecutionError.BadInput($"Invalid regular expression: {pattern}");
        }
    }

    private static FloatFilter? FloatFilterOf(IReadOnlyDictionary<string, object?>? filter) =>
        filter is null
            ? null
            : new FloatFilter(
                filter.Double("equal"), filter.Double("notEqual"), filter.Double("greaterThan"),
                filter.Double("greaterThanOrEqual"), filter.Double("lessThan"), filter.Double("lessThanOrEqual"));
}
