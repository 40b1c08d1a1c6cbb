using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Validation;

namespace Hireflix.Sdk.Testing.Internal.Http;

/// <summary>
/// Rewrites a rejected document's errors the way the live graphql-js server (behind Apollo) sends them: names in
/// double quotes, <c>extensions.code</c> <c>GRAPHQL_VALIDATION_FAILED</c> (or <c>BAD_USER_INPUT</c> for variable
/// values), <c>locations</c> kept, HTTP 400.
/// </summary>
internal static partial class GraphQLJsValidationErrors
{
    /// <summary>Returns the graphql-js body when the result is a validation failure (nothing executed), else null.</summary>
    public static byte[]? TryWrite(ExecutionResult result)
    {
        if (result.Executed || result.Errors is not { Count: > 0 } errors || !errors.All(e => e is ValidationError))
        {
            return null;
        }

        var items = new JsonArray();
        foreach (var error in errors.Where(e => !IsGraphQLNetOnly(e, errors)))
        {
            var item = new JsonObject { ["message"] = DoubleQuoted(error.Message) };
            if (error.Locations is { Count: > 0 } locations)
            {
                item["locations"] = new JsonArray([.. locations.Select(l => (JsonNode)new JsonObject { ["line"] = l.Line, ["column"] = l.Column })]);
            }

            item["extensions"] = new JsonObject { ["code"] = error is InvalidVariableError ? "BAD_USER_INPUT" : "GRAPHQL_VALIDATION_FAILED" };
            items.Add(item);
        }

        return Encoding.UTF8.GetBytes(new JsonObject { ["errors"] = items }.ToJsonString());
    }

    /// <summary>
    /// graphql-js's wording of a GraphQL.NET message: names in <c>"</c> instead of <c>'</c> (prose apostrophes, with no
    /// quoted token, stay), the unknown type's name quoted, and variables named with their <c>$</c>.
    /// </summary>
    public static string DoubleQuoted(string message)
    {
        var text = UnknownType().Replace(message, "Unknown type \"$1\".");
        text = QuotedName().Replace(text, "\"$1\"");
        return VariableWithoutDollar().Replace(text, "Variable \"$$$1\"");
    }

    /// <summary>
    /// GraphQL.NET also calls a variable of an unknown type "non-input"; graphql-js reports only the unknown type.
    /// </summary>
    private static bool IsGraphQLNetOnly(ExecutionError error, IEnumerable<ExecutionError> all) =>
        error.Message.Contains("cannot be non-input type", StringComparison.Ordinal)
        && all.Any(other => other.Message.StartsWith("Unknown type ", StringComparison.Ordinal));

    [GeneratedRegex("'([^'\\s]*)'")]
    private static partial Regex QuotedName();

    [GeneratedRegex("^Unknown type ([_A-Za-z][_0-9A-Za-z]*)\\.")]
    private static partial Regex UnknownType();

    [GeneratedRegex("Variable \"([_A-Za-z][_0-9A-Za-z]*)\"")]
    private static partial Regex VariableWithoutDollar();
}
