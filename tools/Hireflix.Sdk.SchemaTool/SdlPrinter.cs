using System.Text;
using System.Text.Json;

namespace Hireflix.Sdk.SchemaTool;

/// <summary>
/// Prints an introspected <c>__schema</c> as SDL in a stable order (types, fields, enum values and union members
/// sorted by name; arguments in declared order), so two refreshes of the same API print the same text and a diff
/// shows only what changed.
/// </summary>
internal static class SdlPrinter
{
    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    public static string Print(JsonElement schema)
    {
        var sdl = new StringBuilder();
        sdl.Append("schema {\n");
        AppendRoot(sdl, "query", schema, "queryType");
        AppendRoot(sdl, "mutation", schema, "mutationType");
        AppendRoot(sdl, "subscription", schema, "subscriptionType");
        sdl.Append("}\n");

        foreach (var type in UserTypes(schema))
        {
            sdl.Append('\n');
            AppendDescription(sdl, type, string.Empty);
            var name = type.GetProperty("name").GetString();
            switch (type.GetProperty("kind").GetString())
            {
                case "SCALAR":
                    sdl.Append($"scalar {name}\n");
                    break;
                case "OBJECT":
                case "INTERFACE":
                    var keyword = type.GetProperty("kind").GetString() == "OBJECT" ? "type" : "interface";
                    sdl.Append($"{keyword} {name}{Implements(type)} {{\n");
                    foreach (var field in Sorted(type, "fields"))
                    {
                        AppendDescription(sdl, field, "  ");
                        sdl.Append($"  {field.GetProperty("name").GetString()}{Arguments(field)}: {TypeReference(field.GetProperty("type"))}{Deprecation(field)}\n");
                    }

                    sdl.Append("}\n");
                    break;
                case "INPUT_OBJECT":
                    sdl.Append($"input {name} {{\n");
                    foreach (var field in Sorted(type, "inputFields"))
                    {
                        AppendDescription(sdl, field, "  ");
                        sdl.Append($"  {InputValue(field)}\n");
                    }

                    sdl.Append("}\n");
                    break;
                case "ENUM":
                    sdl.Append($"enum {name} {{\n");
                    foreach (var value in Sorted(type, "enumValues"))
                    {
                        AppendDescription(sdl, value, "  ");
                        sdl.Append($"  {value.GetProperty("name").GetString()}{Deprecation(value)}\n");
                    }

                    sdl.Append("}\n");
                    break;
                case "UNION":
                    var members = Sorted(type, "possibleTypes").Select(t => t.GetProperty("name").GetString());
                    sdl.Append($"union {name} = {string.Join(" | ", members)}\n");
                    break;
            }
        }

        return sdl.ToString();
    }

    /// <summary>Named types the schema declares, without introspection types and built-in scalars, by name.</summary>
    public static IEnumerable<JsonElement> UserTypes(JsonElement schema) =>
        schema.GetProperty("types").EnumerateArray()
            .Where(t => t.GetProperty("name").GetString() is { } n && !n.StartsWith("__", StringComparison.Ordinal) && !BuiltInScalars.Contains(n))
            .OrderBy(t => t.GetProperty("name").GetString(), StringComparer.Ordinal);

    public static IEnumerable<JsonElement> Sorted(JsonElement type, string property) =>
        type.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray().OrderBy(i => i.GetProperty("name").GetString(), StringComparer.Ordinal)
            : [];

    public static string TypeReference(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => TypeReference(type.GetProperty("ofType")) + "!",
        "LIST" => "[" + TypeReference(type.GetProperty("ofType")) + "]",
        _ => type.GetProperty("name").GetString()!,
    };

    public static string Arguments(JsonElement field)
    {
        if (!field.TryGetProperty("args", out var args) || args.ValueKind != JsonValueKind.Array || args.GetArrayLength() == 0)
        {
            return string.Empty;
        }

        return "(" + string.Join(", ", args.EnumerateArray().Select(InputValue)) + ")";
    }

    public static string InputValue(JsonElement value)
    {
        var text = $"{value.GetProperty("name").GetString()}: {TypeReference(value.GetProperty("type"))}";
        return value.TryGetProperty("defaultValue", out var d) && d.ValueKind == JsonValueKind.String ? $"{text} = {d.GetString()}" : text;
    }

    private static void AppendRoot(StringBuilder sdl, string operation, JsonElement schema, string property)
    {
        if (schema.TryGetProperty(property, out var root) && root.ValueKind == JsonValueKind.Object)
        {
            sdl.Append($"  {operation}: {root.GetProperty("name").GetString()}\n");
        }
    }

    private static string Implements(JsonElement type)
    {
        var interfaces = Sorted(type, "interfaces").Select(i => i.GetProperty("name").GetString()).ToList();
        return interfaces.Count == 0 ? string.Empty : " implements " + string.Join(" & ", interfaces);
    }

    private static string Deprecation(JsonElement element)
    {
        if (!element.TryGetProperty("isDeprecated", out var deprecated) || !deprecated.GetBoolean())
        {
            return string.Empty;
        }

        return element.TryGetProperty("deprecationReason", out var reason) && reason.ValueKind == JsonValueKind.String
            ? $" @deprecated(reason: {JsonSerializer.Serialize(reason.GetString())})"
            : " @deprecated";
    }

    private static void AppendDescription(StringBuilder sdl, JsonElement element, string indent)
    {
        if (element.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String && description.GetString() is { Length: > 0 } text)
        {
            sdl.Append($"{indent}\"\"\"{text.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal)}\"\"\"\n");
        }
    }
}
