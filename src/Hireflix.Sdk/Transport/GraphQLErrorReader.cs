using System.Globalization;
using System.Text.Json;

namespace Hireflix.Sdk.Transport;

/// <summary>
/// Reads a GraphQL <c>errors</c> array. Only <c>message</c> is relied on: <c>locations</c>, <c>path</c> and
/// <c>extensions</c> are optional and may have any shape (octokit.graphql's NRE on a missing <c>locations</c> is the lesson).
/// </summary>
internal static class GraphQLErrorReader
{
    public static List<HireflixGraphQLError> ReadErrors(ref Utf8JsonReader reader)
    {
        var errors = new List<HireflixGraphQLError>();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return errors;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("'errors' is not an array.");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                errors.Add(ReadError(ref reader));
            }
            else
            {
                reader.Skip();
            }
        }

        return errors;
    }

    private static HireflixGraphQLError ReadError(ref Utf8JsonReader reader)
    {
        string? message = null;
        string? code = null;
        List<string>? path = null;
        List<(int, int)>? locations = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("message"u8))
            {
                reader.Read();
                message = ReadScalarAsString(ref reader);
            }
            else if (reader.ValueTextEquals("path"u8))
            {
                reader.Read();
                path = ReadPath(ref reader);
            }
            else if (reader.ValueTextEquals("locations"u8))
            {
                reader.Read();
                locations = ReadLocations(ref reader);
            }
            else if (reader.ValueTextEquals("extensions"u8))
            {
                reader.Read();
                code = ReadExtensionsCode(ref reader) ?? code;
            }
            else if (reader.ValueTextEquals("code"u8))
            {
                // Legacy Hireflix errors carry the code at the top of the error (e.g. 409 candidate-already-exists).
                reader.Read();
                code ??= ReadScalarAsString(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new HireflixGraphQLError
        {
            Message = message ?? "(no message)",
            Code = code,
            Path = path ?? (IReadOnlyList<string>)[],
            Locations = locations ?? (IReadOnlyList<(int, int)>)[],
        };
    }

    private static string? ReadScalarAsString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.TryGetInt64(out var n) ? n.ToString(CultureInfo.InvariantCulture) : reader.GetDouble().ToString(CultureInfo.InvariantCulture),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => null,
        _ => SkipAndReturnNull(ref reader),
    };

    private static string? SkipAndReturnNull(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }

    private static List<string>? ReadPath(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var path = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var segment = ReadScalarAsString(ref reader);
            if (segment is not null)
            {
                path.Add(segment);
            }
        }

        return path;
    }

    private static List<(int, int)>? ReadLocations(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var locations = new List<(int, int)>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            int line = 0, column = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isLine = reader.ValueTextEquals("line"u8);
                var isColumn = reader.ValueTextEquals("column"u8);
                reader.Read();
                if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
                {
                    line = isLine ? value : line;
                    column = isColumn ? value : column;
                }
                else
                {
                    reader.Skip();
                }
            }

            locations.Add((line, column));
        }

        return locations;
    }

    private static string? ReadExtensionsCode(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? code = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isCode = reader.ValueTextEquals("code"u8);
            reader.Read();
            if (isCode)
            {
                code = ReadScalarAsString(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return code;
    }
}
