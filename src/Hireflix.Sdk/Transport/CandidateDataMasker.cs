using System.Text.Json;

namespace Hireflix.Sdk.Transport;

/// <summary>
/// Keeps candidate data out of exception messages: servers echo offending variable values in their errors
/// (graphql-js: <c>Variable "$email" got invalid value "…"</c>), and messages end up in logs.
/// </summary>
internal static class CandidateDataMasker
{
    /// <summary>Variables that carry candidate data: a server echoing them in an error must not put them in a message.</summary>
    private static readonly HashSet<string> SensitiveVariables = new(StringComparer.Ordinal) { "firstName", "lastName", "email", "phone", "externalId", "metadata", "comment", "candidate" };

    /// <summary>The string values of the request's candidate-data variables (error path only: the variables are written again).</summary>
    public static List<string> Values<TData>(IHireflixOperation<TData> operation)
        where TData : class
    {
        var values = new List<string>();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            operation.WriteVariables(writer);
        }

        using var variables = JsonDocument.Parse(buffer.WrittenMemory);
        Find(variables.RootElement, values);
        return values;

        // Candidate data sits at any depth: the invite sends it inside one input object ({"input":{"candidate":{…}}}).
        static void Find(JsonElement element, List<string> into)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (SensitiveVariables.Contains(property.Name))
                    {
                        Collect(property.Value, into);
                    }
                    else
                    {
                        Find(property.Value, into);
                    }
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Find(item, into);
                }
            }
        }

        static void Collect(JsonElement element, List<string> into)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    into.Add(element.GetString()!);
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Collect(property.Value, into);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Collect(item, into);
                    }

                    break;
            }
        }
    }

    /// <summary>Replaces every occurrence of the values (two characters or longer, longest first) with <c>***</c>.</summary>
    public static string Mask(string message, IReadOnlyCollection<string> values)
    {
        foreach (var value in values.Where(v => v.Length >= 2).OrderByDescending(v => v.Length))
        {
            message = message.Replace(value, "***", StringComparison.OrdinalIgnoreCase);
        }

        return message;
    }
}
