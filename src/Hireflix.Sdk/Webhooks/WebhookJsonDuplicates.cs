using System.Text.Json;

namespace Hireflix.Sdk.Webhooks;

/// <summary>
/// Rejects objects that repeat a property name. System.Text.Json keeps both and lookups return the last one, while
/// other parsers return the first: a signed body with <c>"status"</c> twice would mean different things to different
/// readers. (<c>JsonDocumentOptions.AllowDuplicateProperties</c> exists only from .NET 10; the package also targets .NET 8.)
/// </summary>
internal static class WebhookJsonDuplicates
{
    public static void ThrowIfAny(JsonElement element) => Check(element, depth: 0);

    private static void Check(JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    if (!names.Add(property.Name))
                    {
                        // Only the depth: property names of a hostile body are arbitrary text and must not reach logs.
                        throw new HireflixWebhookPayloadException($"The webhook body repeats a property name in an object at depth {depth}.");
                    }

                    Check(property.Value, depth + 1);
                }

                break;

            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Check(item, depth + 1);
                }

                break;
        }
    }
}
