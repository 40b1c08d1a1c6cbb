using System.Globalization;
using System.Text.Json;

namespace Hireflix.Sdk.Webhooks;

/// <summary>
/// Reflection-free readers for webhook fields. Absent and <c>null</c> are both "no value"; a value of the
/// wrong JSON kind is a <see cref="HireflixWebhookPayloadException"/> naming the path, never the value.
/// </summary>
internal static class WebhookJson
{
    public static JsonElement? GetObject(JsonElement parent, string name, string path)
    {
        if (!TryGetValue(parent, name, out JsonElement value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? value : throw WrongKind(path, "an object", value);
    }

    public static string? GetString(JsonElement parent, string name, string path)
    {
        if (!TryGetValue(parent, name, out JsonElement value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? ReadString(value, path) : throw WrongKind(path, "a string", value);
    }

    /// <summary>
    /// Reads an epoch-milliseconds timestamp. Hireflix sends JSON numbers (possibly with a fraction, the
    /// API's scalar is a Float); numeric strings and ISO 8601 strings are accepted too so a serialiser
    /// change on their side does not drop deliveries.
    /// </summary>
    public static DateTimeOffset? GetEpochMilliseconds(JsonElement parent, string name, string path, bool booleanMeansUnknown = false)
    {
        if (!TryGetValue(parent, name, out JsonElement value))
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                if (value.TryGetInt64(out long whole))
                {
                    return FromMilliseconds(whole, path);
                }

                return value.TryGetDouble(out double fractional) && double.IsFinite(fractional)
                    ? FromMilliseconds(Math.Round(fractional), path)
                    : throw OutOfRange(path);

            case JsonValueKind.String:
                string text = ReadString(value, path);
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long parsed))
                {
                    return FromMilliseconds(parsed, path);
                }

                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset iso))
                {
                    return iso;
                }

                throw new HireflixWebhookPayloadException($"The webhook field '{path}' is a string that is not a timestamp.");

            // 'completed' may be a flag rather than a time (open question in the API research); a flag carries no time.
            case JsonValueKind.True or JsonValueKind.False when booleanMeansUnknown:
                return null;

            default:
                throw WrongKind(path, "a timestamp (epoch milliseconds)", value);
        }
    }

    /// <summary>Reads a number, or an object's numeric <c>value</c> (the API's <c>score { value }</c>).</summary>
    public static double? GetNumberOrValueObject(JsonElement parent, string name, string path)
    {
        if (!TryGetValue(parent, name, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return GetNumberOrValueObject(value, "value", path + ".value");
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double number) && double.IsFinite(number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String
            && double.TryParse(ReadString(value, path), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed)
            && double.IsFinite(parsed))
        {
            return parsed;
        }

        throw WrongKind(path, "a number", value);
    }

    /// <summary>The reader does not validate UTF-8 inside strings; transcoding does, and throws InvalidOperationException.</summary>
    private static string ReadString(JsonElement value, string path)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new HireflixWebhookPayloadException($"The webhook field '{path}' is not valid UTF-8 text.");
        }
    }

    private static bool TryGetValue(JsonElement parent, string name, out JsonElement value)
        => parent.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private static DateTimeOffset FromMilliseconds(double milliseconds, string path)
        => milliseconds is >= -62_135_596_800_000d and <= 253_402_300_799_999d
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds)
            : throw OutOfRange(path);

    private static HireflixWebhookPayloadException OutOfRange(string path)
        => new($"The webhook field '{path}' is a timestamp outside the supported date range.");

    private static HireflixWebhookPayloadException WrongKind(string path, string expected, JsonElement actual)
        => new($"The webhook field '{path}' must be {expected} but is a JSON {actual.ValueKind.ToString().ToLowerInvariant()}.");
}
