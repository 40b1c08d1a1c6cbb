using Hireflix.Sdk.Transport;

namespace Hireflix.Sdk;

/// <summary>What an operation's id argument names: the typed "not found" exception to raise for it.</summary>
internal enum HireflixSubject
{
    None,
    Position,
    Interview,
}

/// <summary>
/// Unknown ids: Hireflix answers a query's <c>interview(id)</c> / <c>position(id)</c> with null, and the legacy namespace
/// mutations (<c>Position(id){…}</c>, <c>Interview(id){…}</c>) with a GraphQL error (code 404, "… not found"). Both become
/// the same typed exception, chosen by the operation's root field.
/// </summary>
internal static class NotFoundErrors
{
    public static HireflixSubject SubjectOf<TData>(IHireflixOperation<TData> operation)
        where TData : class =>
        (operation.Wire.Selections.Count > 0 ? operation.Wire.Selections[0].FieldName : string.Empty) switch
        {
            "interview" or "Interview" => HireflixSubject.Interview,
            "position" or "Position" => HireflixSubject.Position,
            _ => HireflixSubject.None,
        };

    public static bool IsNotFound(HireflixGraphQLException exception) =>
        exception.Errors.Count > 0 && exception.Errors.All(e => e.Code == "404" || e.Message.Contains("not found", StringComparison.OrdinalIgnoreCase));

    public static HireflixException For(HireflixSubject subject, string operationName, HireflixGraphQLException exception) =>
        subject == HireflixSubject.Position
            ? new PositionNotFoundException(404, exception.Errors[0].Message) { OperationName = operationName }
            : new InterviewNotFoundException(exception.Errors[0].Message) { OperationName = operationName };

    /// <summary>The answer had null where the id's object belongs.</summary>
    public static HireflixException ForNull(HireflixSubject subject, string operationName) => subject switch
    {
        HireflixSubject.Position => new PositionNotFoundException(null, null) { OperationName = operationName },
        HireflixSubject.Interview => new InterviewNotFoundException("Interview not found.") { OperationName = operationName },
        _ => new HireflixResponseException($"Hireflix's answer to {operationName} has no result.") { OperationName = operationName },
    };
}
