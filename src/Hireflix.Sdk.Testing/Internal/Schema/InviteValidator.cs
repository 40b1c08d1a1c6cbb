using System.Text.RegularExpressions;

namespace Hireflix.Sdk.Testing.Internal.Schema;

/// <summary>
/// Input rules of <c>inviteCandidateToInterview</c> (Composio's documented constraints). Broken rules become one
/// <c>ValidationError</c> member with a <c>fieldErrors</c> entry per field, before the position is even looked up.
/// </summary>
internal static partial class InviteValidator
{
    private const int MaxNameLength = 50;
    private const int MaxExternalIdLength = 255;
    private const int MaxMetadataKeys = 25;
    private const int MaxMetadataDepth = 3;

    public static ErrorView? Validate(string? firstName, string? lastName, string? email, string? externalId, object? metadata)
    {
        var errors = new List<FieldErrorView>();
        CheckName(errors, "candidate.firstName", firstName, required: true);
        CheckName(errors, "candidate.lastName", lastName, required: false);
        if (email is null || !EmailPattern().IsMatch(email.Trim()))
        {
            errors.Add(new FieldErrorView("candidate.email", "Invalid email"));
        }

        if (externalId is { Length: > MaxExternalIdLength })
        {
            errors.Add(new FieldErrorView("externalId", $"String must contain at most {MaxExternalIdLength} character(s)"));
        }

        if (metadata is not null)
        {
            if (metadata is not IEnumerable<KeyValuePair<string, object?>> map)
            {
                errors.Add(new FieldErrorView("metadata", "Expected object"));
            }
            else if (map.Count() > MaxMetadataKeys)
            {
                errors.Add(new FieldErrorView("metadata", $"Metadata must have at most {MaxMetadataKeys} keys"));
            }
            else if (Depth(metadata) > MaxMetadataDepth)
            {
                errors.Add(new FieldErrorView("metadata", $"Metadata must be nested at most {MaxMetadataDepth} levels deep"));
            }
        }

        return errors.Count == 0 ? null : new ErrorView(400, "ValidationError", "Invalid input", errors);
    }

    private static void CheckName(List<FieldErrorView> errors, string path, string? value, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(new FieldErrorView(path, "Required"));
            }

            return;
        }

        var length = value.Trim().Length;
        if (length < 1)
        {
            errors.Add(new FieldErrorView(path, "String must contain at least 1 character(s)"));
        }
        else if (length > MaxNameLength)
        {
            errors.Add(new FieldErrorView(path, $"String must contain at most {MaxNameLength} character(s)"));
        }
    }

    /// <summary>Object nesting levels: <c>{"a":1}</c> is 1, <c>{"a":{"b":1}}</c> is 2; lists add no level.</summary>
    private static int Depth(object? value) => value switch
    {
        IEnumerable<KeyValuePair<string, object?>> map => 1 + map.Select(kv => Depth(kv.Value)).DefaultIfEmpty(0).Max(),
        string => 0,
        System.Collections.IEnumerable list => list.Cast<object?>().Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
