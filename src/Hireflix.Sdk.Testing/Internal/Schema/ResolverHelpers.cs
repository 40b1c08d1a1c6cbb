using System.Globalization;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Utilities;

namespace Hireflix.Sdk.Testing.Internal.Schema;

/// <summary>The caller of one GraphQL request: the reviewer behind the API key (scores and comments are theirs).</summary>
internal sealed class FakeUserContext : Dictionary<string, object?>
{
    public required Reviewer Reviewer { get; init; }
}

/// <summary>
/// An error for the GraphQL <c>errors</c> array carrying a numeric <c>extensions.code</c> (legacy API style, e.g. 409 for
/// <c>candidate-already-exists</c>); <see cref="HireflixErrorInfoProvider"/> writes it.
/// </summary>
internal sealed class HireflixExecutionError(string message, int statusCode) : ExecutionError(message)
{
    public int StatusCode { get; } = statusCode;

    public static HireflixExecutionError PositionNotFound() => new("Position not found", 404);

    public static HireflixExecutionError InterviewNotFound() => new("Interview not found", 404);

    public static HireflixExecutionError BadInput(string message) => new(message, 400);
}

internal static class ResolverHelpers
{
    /// <summary>Registers a resolver by the type's checked-in name; the builder maps it to the served name.</summary>
    public static void Resolve(this FakeSchemaBuilder builder, string type, string field, Func<IResolveFieldContext, object?> resolve) =>
        builder.Types.For(builder.Served.NameOf(type)).FieldFor(field).Resolver = new FuncFieldResolver<object?>(resolve);

    public static Reviewer Reviewer(this IResolveFieldContext context) =>
        context.UserContext is FakeUserContext user ? user.Reviewer : throw new InvalidOperationException("No caller on this request.");

    public static IReadOnlyDictionary<string, object?>? Object(this IReadOnlyDictionary<string, object?>? source, string key) =>
        source is not null && source.TryGetValue(key, out var value) ? value as IReadOnlyDictionary<string, object?> ?? AsReadOnly(value) : null;

    public static string? String(this IReadOnlyDictionary<string, object?>? source, string key) =>
        source is not null && source.TryGetValue(key, out var value) ? value?.ToString() : null;

    public static int? Int(this IReadOnlyDictionary<string, object?>? source, string key) =>
        source is not null && source.TryGetValue(key, out var value) && value is not null ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;

    public static double? Double(this IReadOnlyDictionary<string, object?>? source, string key) =>
        source is not null && source.TryGetValue(key, out var value) && value is not null ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : null;

    public static bool? Bool(this IReadOnlyDictionary<string, object?>? source, string key) =>
        source is not null && source.TryGetValue(key, out var value) && value is not null ? Convert.ToBoolean(value, CultureInfo.InvariantCulture) : null;

    public static IReadOnlyList<object?>? List(this IReadOnlyDictionary<string, object?>? source, string key) =>
        source is not null && source.TryGetValue(key, out var value) && value is System.Collections.IEnumerable items && value is not string
            ? items.Cast<object?>().ToList()
            : null;

    /// <summary>An input-object argument as a dictionary (GraphQL.NET parses input objects of a schema-first schema to dictionaries).</summary>
    public static IReadOnlyDictionary<string, object?>? InputObject(this IResolveFieldContext context, string name) =>
        AsReadOnly(context.GetArgument<object?>(name));

    private static IReadOnlyDictionary<string, object?>? AsReadOnly(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> d => d,
        IDictionary<string, object?> d => d.AsReadOnly(),
        _ => null,
    };
}
