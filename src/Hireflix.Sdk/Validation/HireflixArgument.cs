using System.Globalization;
using System.Text.Json.Nodes;

namespace Hireflix.Sdk;

/// <summary>
/// Argument checks run before any request, with messages that say what is wrong. Values are never echoed back:
/// they may be candidate data or secrets.
/// </summary>
internal static class HireflixArgument
{
    public const int MaxNameLength = 50;
    public const int MaxExternalIdLength = 255;
    public const int MaxEmailLength = 254;
    public const int MaxMetadataKeys = 25;
    public const int MaxMetadataDepth = 3;
    public const double MinScore = 0.5;
    public const double MaxScore = 5;
    public const int MaxPageSize = 100;

    /// <summary>Hireflix ids are 24-hex MongoDB ObjectIds, passed as GraphQL <c>String</c>.</summary>
    public static void Id(string? id, string paramName)
    {
        ArgumentNullException.ThrowIfNull(id, paramName);
        if (id.Length != 24 || !id.All(char.IsAsciiHexDigit))
        {
            throw new ArgumentException("A Hireflix id is 24 hexadecimal characters (e.g. 68d4164f19367e041b2030c0).", paramName);
        }
    }

    public static void ApiKey(string? apiKey, string paramName = "apiKey")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey, paramName);
        if (apiKey.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException("An API key must not contain whitespace or control characters.", paramName);
        }
    }

    /// <summary>1–50 characters after trimming (Hireflix's limit for candidate and position names).</summary>
    public static string Name(string? name, string paramName)
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > MaxNameLength)
        {
            throw new ArgumentException($"Must be 1 to {MaxNameLength} characters after trimming; it has {trimmed.Length}.", paramName);
        }

        return trimmed;
    }

    public static string? OptionalName(string? name, string paramName) =>
        string.IsNullOrWhiteSpace(name) ? (name is null ? null : throw new ArgumentException("Must not be empty or whitespace; leave it null instead.", paramName)) : Name(name, paramName);

    /// <summary>A plausible single address: local@domain.tld, no spaces, within the RFC length limit.</summary>
    public static string Email(string? email, string paramName)
    {
        ArgumentNullException.ThrowIfNull(email, paramName);
        var trimmed = email.Trim();
        var at = trimmed.IndexOf('@');
        var valid = trimmed.Length is > 0 and <= MaxEmailLength
            && at > 0
            && at == trimmed.LastIndexOf('@')
            && at < trimmed.Length - 1
            && !trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or ';' or '<' or '>' or '"')
            && trimmed.IndexOf('.', at) is var dot && dot > at + 1 && dot < trimmed.Length - 1
            && !trimmed.EndsWith('.');
        if (!valid)
        {
            throw new ArgumentException("Must be a single e-mail address such as name@example.com.", paramName);
        }

        return trimmed;
    }

    /// <summary>Hireflix needs the full international format (the docs: "else the invite will fail").</summary>
    public static string? Phone(string? phone, string paramName)
    {
        if (phone is null)
        {
            return null;
        }

        var compact = new string(phone.Where(c => c is not (' ' or '-' or '(' or ')' or '.')).ToArray());
        if (compact.Length < 8 || compact.Length > 16 || compact[0] != '+' || !compact.Skip(1).All(char.IsAsciiDigit))
        {
            throw new ArgumentException("Must be in international format with the country code, e.g. +14155550123.", paramName);
        }

        return compact;
    }

    public static string? ExternalId(string? externalId, string paramName)
    {
        if (externalId is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(externalId))
        {
            throw new ArgumentException("Must not be empty or whitespace; leave it null instead.", paramName);
        }

        if (externalId.Length > MaxExternalIdLength)
        {
            throw new ArgumentException($"Must be at most {MaxExternalIdLength} characters; it has {externalId.Length}.", paramName);
        }

        return externalId;
    }

    /// <summary>Hireflix accepts at most 25 keys and 3 levels of nesting.</summary>
    public static void Metadata(JsonObject? metadata, string paramName)
    {
        if (metadata is null)
        {
            return;
        }

        if (metadata.Count > MaxMetadataKeys)
        {
            throw new ArgumentException($"Metadata may have at most {MaxMetadataKeys} keys; it has {metadata.Count}.", paramName);
        }

        if (Depth(metadata) > MaxMetadataDepth)
        {
            throw new ArgumentException($"Metadata may nest at most {MaxMetadataDepth} levels deep.", paramName);
        }
    }

    /// <summary>Scores go in 0.5 steps from 0.5 to 5 (the range the Hireflix MCP server documents; the docs' 1–5 is inside it).</summary>
    public static void Score(double score, string paramName)
    {
        if (double.IsNaN(score) || score < MinScore || score > MaxScore)
        {
            throw new ArgumentOutOfRangeException(paramName, $"A score is between {MinScore.ToString(CultureInfo.InvariantCulture)} and {MaxScore.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (Math.Abs((score * 2) - Math.Round(score * 2)) > 1e-9)
        {
            throw new ArgumentException("A score goes in steps of 0.5 (e.g. 3 or 3.5).", paramName);
        }
    }

    public static void Positive(int value, string paramName)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, "Must be positive.");
        }
    }

    public static void PageSize(int pageSize, string paramName, string prefix = "")
    {
        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(paramName, $"{prefix}A page holds 1 to {MaxPageSize} items.");
        }
    }

    public static string Comment(string? comment, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(comment, paramName);
        return comment;
    }

    private static int Depth(JsonNode? node) => node switch
    {
        JsonObject o => 1 + (o.Count == 0 ? 0 : o.Max(p => Depth(p.Value))),
        JsonArray a => 1 + (a.Count == 0 ? 0 : a.Max(Depth)),
        _ => 0,
    };
}
