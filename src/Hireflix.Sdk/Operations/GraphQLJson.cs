using System.Buffers;
using System.Buffers.Text;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Hireflix.Sdk.Operations;

/// <summary>
/// Reading helpers called by generated operations, in the SDK and in a project's own <c>.graphql</c> operations alike.
/// Not meant to be called by hand. Every failure is a <see cref="JsonException"/> naming the GraphQL type and field,
/// which the client turns into a <c>HireflixResponseException</c>; a nullable field of an unexpected JSON kind
/// reads as null instead, and the client logs it once.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GraphQLJson
{
    // DateTimeOffset.MinValue/MaxValue in Unix milliseconds: anything outside cannot be represented.
    private const long MinUnixMilliseconds = -62135596800000;
    private const long MaxUnixMilliseconds = 253402300799999;

    /// <summary>Advances to the next token; running out of data is a malformed response.</summary>
    public static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The response ended in the middle of a JSON value.");
        }
    }

    /// <summary>Skips the value the reader is on (unknown fields from a newer server).</summary>
    public static void Skip(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            throw new JsonException("The response ended in the middle of a JSON value.");
        }
    }

    /// <summary>Throws unless the reader is on the start of an object (the response object of GraphQL type <paramref name="type"/>).</summary>
    public static void ExpectObject(ref Utf8JsonReader reader, string type)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for GraphQL type '{type}' but found {reader.TokenType}.");
        }
    }

    /// <summary>Throws unless the reader is on the start of an object (the value of <paramref name="field"/>).</summary>
    public static void ExpectObject(ref Utf8JsonReader reader, string type, string field)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, type, field, "an object");
        }
    }

    /// <summary>Throws unless the reader is on the start of an array (the value of <paramref name="field"/>).</summary>
    public static void ExpectArray(ref Utf8JsonReader reader, string type, string field)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, type, field, "an array");
        }
    }

    /// <summary>The error for a non-null field the response left out.</summary>
    public static JsonException MissingField(string type, string field) =>
        new JsonException($"The non-null field '{field}' of GraphQL type '{type}' is missing from the response.");

    /// <summary>The error for a value of the wrong JSON kind (or null) in a non-null field.</summary>
    public static JsonException Unexpected(ref Utf8JsonReader reader, string type, string field, string expected) =>
        reader.TokenType == JsonTokenType.Null
            ? new JsonException($"The non-null field '{field}' of GraphQL type '{type}' is null.")
            : new JsonException($"Expected {expected} for the field '{field}' of GraphQL type '{type}' but found {reader.TokenType}.");

    /// <summary>Reads a non-null string.</summary>
    public static string ReadString(ref Utf8JsonReader reader, string type, string field)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Unexpected(ref reader, type, field, "a string");
        }

        return GetString(ref reader, type, field);
    }

    /// <summary>Reads a non-null 32-bit integer.</summary>
    public static int ReadInt(ref Utf8JsonReader reader, string type, string field)
    {
        if (!TryReadInt(ref reader, out var value))
        {
            throw Unexpected(ref reader, type, field, "a 32-bit integer");
        }

        return value;
    }

    /// <summary>Reads a non-null float.</summary>
    public static double ReadFloat(ref Utf8JsonReader reader, string type, string field)
    {
        if (!TryReadFloat(ref reader, out var value))
        {
            throw Unexpected(ref reader, type, field, "a number");
        }

        return value;
    }

    // Optional members: a value of an unexpected JSON kind reads as null and is reported once (see TakeMismatches),
    // so one disputed field never fails the whole call.
    /// <summary>Reads a nullable string; a number reads as its text, any other kind reads as null and is recorded as a mismatch.</summary>
    public static string? ReadOptionalString(ref Utf8JsonReader reader, string type, string field)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return GetString(ref reader, type, field);
            case JsonTokenType.Number:
                // Ids and codes are sometimes numbers on one endpoint and strings on another.
                return Encoding.UTF8.GetString(reader.HasValueSequence ? BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());
            default:
                return Mismatched(ref reader, type, field);
        }
    }

    /// <summary>Reads a nullable integer (also from a numeric string); any other kind reads as null and is recorded as a mismatch.</summary>
    public static int? ReadOptionalInt(ref Utf8JsonReader reader, string type, string field) =>
        TryReadInt(ref reader, out var value) ? value : Mismatched<int>(ref reader, type, field);

    /// <summary>Reads a nullable float (also from a numeric string); any other kind reads as null and is recorded as a mismatch.</summary>
    public static double? ReadOptionalFloat(ref Utf8JsonReader reader, string type, string field) =>
        TryReadFloat(ref reader, out var value) ? value : Mismatched<double>(ref reader, type, field);

    /// <summary>Wrappers report some fields as booleans and others as timestamps: a number means set (non-zero).</summary>
    public static bool? ReadOptionalBoolean(ref Utf8JsonReader reader, string type, string field)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number when reader.TryGetDouble(out var number):
                return number != 0;
            case JsonTokenType.String when reader.ValueTextEquals("true"u8):
                return true;
            case JsonTokenType.String when reader.ValueTextEquals("false"u8):
                return false;
            default:
                return Mismatched<bool>(ref reader, type, field);
        }
    }

    /// <summary>
    /// A timestamp that may come as epoch milliseconds (number or numeric string), an ISO string, or a boolean (some
    /// wrappers report archived/completed as flags): false reads as null; true reads as null with its bit set in
    /// <paramref name="trueWithoutDate"/>, so a model can tell set-at-an-unknown-date from not set.
    /// </summary>
    public static DateTimeOffset? ReadOptionalTimestamp(ref Utf8JsonReader reader, string type, string field, ref ulong trueWithoutDate, ulong bit)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                trueWithoutDate |= bit;
                return null;
            case JsonTokenType.False:
                return null;
            case JsonTokenType.Number:
            case JsonTokenType.String:
                try
                {
                    return ReadTimestamp(ref reader, type, field);
                }
                catch (JsonException)
                {
                    return Mismatched<DateTimeOffset>(ref reader, type, field);
                }

            default:
                return Mismatched<DateTimeOffset>(ref reader, type, field);
        }
    }

    /// <summary>The optional members read as null because their JSON kind was unexpected, since the last call (per thread).</summary>
    internal static List<(string Type, string Field)>? TakeMismatches()
    {
        var taken = t_mismatches;
        t_mismatches = null;
        return taken;
    }

    [ThreadStatic]
    private static List<(string Type, string Field)>? t_mismatches;

    private static string? Mismatched(ref Utf8JsonReader reader, string type, string field)
    {
        (t_mismatches ??= new List<(string Type, string Field)>()).Add((type, field));
        Skip(ref reader);
        return null;
    }

    private static T? Mismatched<T>(ref Utf8JsonReader reader, string type, string field)
        where T : struct
    {
        Mismatched(ref reader, type, field);
        return null;
    }

    private static bool TryReadInt(ref Utf8JsonReader reader, out int value)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetInt32(out value);
        }

        value = 0;
        return reader.TokenType == JsonTokenType.String && !reader.HasValueSequence &&
            Utf8Parser.TryParse(reader.ValueSpan, out value, out var consumed) && consumed == reader.ValueSpan.Length && !reader.ValueIsEscaped;
    }

    private static bool TryReadFloat(ref Utf8JsonReader reader, out double value)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetDouble(out value);
        }

        value = 0;
        return reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped &&
            Utf8Parser.TryParse(reader.ValueSpan, out value, out var consumed) && consumed == reader.ValueSpan.Length &&
            !double.IsNaN(value) && !double.IsInfinity(value);
    }

    /// <summary>Reads a non-null boolean.</summary>
    public static bool ReadBoolean(ref Utf8JsonReader reader, string type, string field)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                throw Unexpected(ref reader, type, field, "a boolean");
        }
    }

    /// <summary>Hireflix dates are epoch milliseconds; some endpoints send them as numeric (or ISO) strings.</summary>
    public static DateTimeOffset ReadTimestamp(ref Utf8JsonReader reader, string type, string field)
    {
        long milliseconds;
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (!reader.TryGetInt64(out milliseconds))
            {
                if (!reader.TryGetDouble(out var fractional) || double.IsNaN(fractional) || fractional < MinUnixMilliseconds || fractional > MaxUnixMilliseconds)
                {
                    throw OutOfRange(type, field);
                }

                milliseconds = (long)Math.Floor(fractional);
            }
        }
        else if (reader.TokenType == JsonTokenType.String)
        {
            var text = GetString(ref reader, type, field);
            if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out milliseconds))
            {
                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    return parsed;
                }

                throw new JsonException($"The field '{field}' of GraphQL type '{type}' is not a timestamp: '{text}'.");
            }
        }
        else
        {
            throw Unexpected(ref reader, type, field, "a timestamp (epoch milliseconds)");
        }

        if (milliseconds < MinUnixMilliseconds || milliseconds > MaxUnixMilliseconds)
        {
            throw OutOfRange(type, field);
        }

        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }

    /// <summary>Free-form JSON is cloned, so it outlives the response buffer.</summary>
    public static JsonElement ReadJsonElement(ref Utf8JsonReader reader, string type, string field)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw Unexpected(ref reader, type, field, "a JSON value");
        }

        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>
    /// Finds the __typename of the object the reader is on without moving it (the reader is a copy), so the
    /// member class can be chosen even when __typename is not the first property.
    /// </summary>
    public static string PeekTypeName(Utf8JsonReader reader, ReadOnlySpan<byte> key, string type)
    {
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                throw new JsonException($"The response object for GraphQL type '{type}' has no '__typename', so its type cannot be told.");
            }

            if (reader.ValueTextEquals(key))
            {
                Next(ref reader);
                return ReadString(ref reader, type, "__typename");
            }

            Next(ref reader);
            Skip(ref reader);
        }
    }

    private static string GetString(ref Utf8JsonReader reader, string type, string field)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonException($"The field '{field}' of GraphQL type '{type}' is not a valid string.", ex);
        }
    }

    private static JsonException OutOfRange(string type, string field) =>
        new JsonException($"The timestamp in the field '{field}' of GraphQL type '{type}' is out of range.");
}
