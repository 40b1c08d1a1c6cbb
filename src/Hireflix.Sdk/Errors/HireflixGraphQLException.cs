using System.Text.Json;

namespace Hireflix.Sdk;

/// <summary>
/// Hireflix answered with a GraphQL <c>errors</c> array: the document was rejected (validation) or a field failed.
/// Any partial <c>data</c> the server returned is kept.
/// </summary>
public sealed class HireflixGraphQLException : HireflixException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The errors the server returned (at least one).</param>
    /// <param name="partialData">The <c>data</c> object that came with the errors, if any.</param>
    public HireflixGraphQLException(IReadOnlyList<HireflixGraphQLError> errors, JsonElement? partialData = null)
        : base(BuildMessage(errors))
    {
        Errors = errors;
        PartialData = partialData;
    }

    /// <summary>
    /// Creates the exception with the request's candidate data masked in <see cref="Exception.Message"/>: servers echo
    /// offending variable values in their errors (graphql-js: <c>Variable "$email" got invalid value "…"</c>), and
    /// messages end up in logs. <see cref="Errors"/> keeps the server's text.
    /// </summary>
    internal HireflixGraphQLException(IReadOnlyList<HireflixGraphQLError> errors, JsonElement? partialData, IReadOnlyCollection<string> sensitiveValues)
        : base(Transport.CandidateDataMasker.Mask(BuildMessage(errors), sensitiveValues))
    {
        Errors = errors;
        PartialData = partialData;
    }

    /// <summary>The errors the server returned.</summary>
    public IReadOnlyList<HireflixGraphQLError> Errors { get; }

    /// <summary>The <c>data</c> object that came with the errors, if the server returned one.</summary>
    public JsonElement? PartialData { get; }

    /// <summary>Errors shown in <see cref="Exception.Message"/>; the rest are counted (a server answering 10,000 errors made a 10 MB message).</summary>
    private const int ErrorsInMessage = 3;

    /// <summary>Characters shown of one error: a server may send kilobytes per error.</summary>
    private const int ErrorTextInMessage = 300;

    private static string BuildMessage(IReadOnlyList<HireflixGraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count switch
        {
            0 => "Hireflix returned a GraphQL error without a message.",
            1 => $"Hireflix returned a GraphQL error: {Shown(errors[0])}",
            <= ErrorsInMessage => $"Hireflix returned {errors.Count} GraphQL errors: {string.Join("; ", errors.Select(Shown))}",
            _ => $"Hireflix returned {errors.Count} GraphQL errors: {string.Join("; ", errors.Take(ErrorsInMessage).Select(Shown))}; " +
                 $"and {errors.Count - ErrorsInMessage} more (all in {nameof(Errors)}).",
        };
    }

    private static string Shown(HireflixGraphQLError error)
    {
        var text = error.ToString();
        return text.Length <= ErrorTextInMessage ? text : text.Substring(0, ErrorTextInMessage) + "…";
    }
}
