using System.Text.Json;

namespace Hireflix.Sdk.SchemaTool;

/// <summary>What changed between two introspected schemas, one line per type, field, argument, value or member.</summary>
internal static class SchemaDiff
{
    public static IReadOnlyList<string> Compare(JsonElement before, JsonElement after)
    {
        var old = Signatures(before);
        var current = Signatures(after);
        return old.Except(current).Select(s => "- " + s)
            .Concat(current.Except(old).Select(s => "+ " + s))
            .OrderBy(line => line[2..], StringComparer.Ordinal)
            .ThenBy(line => line, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every element of the schema as a self-contained line, e.g. <c>field PositionType.name: String</c>.</summary>
    public static SortedSet<string> Signatures(JsonElement schema)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in SdlPrinter.UserTypes(schema))
        {
            var name = type.GetProperty("name").GetString();
            var kind = type.GetProperty("kind").GetString()!.ToLowerInvariant();
            lines.Add($"{kind} {name}");
            foreach (var field in SdlPrinter.Sorted(type, "fields"))
            {
                lines.Add($"field {name}.{field.GetProperty("name").GetString()}{SdlPrinter.Arguments(field)}: {SdlPrinter.TypeReference(field.GetProperty("type"))}");
            }

            foreach (var input in SdlPrinter.Sorted(type, "inputFields"))
            {
                lines.Add($"input field {name}.{SdlPrinter.InputValue(input)}");
            }

            foreach (var value in SdlPrinter.Sorted(type, "enumValues"))
            {
                lines.Add($"enum value {name}.{value.GetProperty("name").GetString()}");
            }

            foreach (var member in SdlPrinter.Sorted(type, "possibleTypes"))
            {
                lines.Add($"{kind} member {name} = {member.GetProperty("name").GetString()}");
            }
        }

        return lines;
    }
}
