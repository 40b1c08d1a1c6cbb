namespace Hireflix.Sdk;

/// <summary>
/// Hireflix rejected the operation before running anything, because its API differs from the schema the document was
/// written for (the SDK's, or the one your own operations were validated against) in a way the SDK cannot work around:
/// an argument, an input field, a variable type or a required field. (Optional fields Hireflix lacks are dropped
/// automatically and read as null; a raw document is never changed.) Nothing was executed, so the call is safe to
/// repeat once the document or the SDK is updated.
/// </summary>
public sealed class HireflixSchemaMismatchException : HireflixException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operationName">The operation Hireflix rejected.</param>
    /// <param name="differences">Each difference, naming only schema names (never values).</param>
    /// <param name="errors">The validation errors Hireflix returned.</param>
    public HireflixSchemaMismatchException(string operationName, IReadOnlyList<string> differences, IReadOnlyList<HireflixGraphQLError> errors)
        : base(BuildMessage(operationName, differences))
    {
        Differences = differences;
        Errors = errors;
        OperationName = operationName;
    }

    /// <summary>What differs, one entry per name (e.g. <c>variable $score is declared 'Float!' but Hireflix expects 'Int!'</c>).</summary>
    public IReadOnlyList<string> Differences { get; }

    /// <summary>The validation errors as Hireflix sent them (they may quote request values; the message does not).</summary>
    public IReadOnlyList<HireflixGraphQLError> Errors { get; }

    private static string BuildMessage(string operationName, IReadOnlyList<string> differences)
    {
        ArgumentNullException.ThrowIfNull(differences);
        const int Shown = 5;
        var listed = string.Join("; ", differences.Take(Shown));
        var more = differences.Count > Shown ? $"; and {differences.Count - Shown} more" : string.Empty;
        return $"Hireflix rejected {operationName} before running it (nothing was executed): its API differs from the schema the document was written for: " +
            $"{listed}{more}. For the SDK's own operations, update Hireflix.Sdk, or run 'dotnet run --project tools/Hireflix.Sdk.SchemaTool -- check' with your API key and report its output; " +
            "for your own, correct the document (validating against a schema refreshed from your account shows what Hireflix has).";
    }
}
