namespace Hireflix.Sdk;

/// <summary>What an operation's id argument names: the typed "not found" exception to raise for it.</summary>
internal enum HireflixSubject
{
    None,
    Position,
    Interview,
}

/// <summary>
/// The legacy namespace mutations (<c>Position(id){…}</c>, <c>Interview(id){…}</c>) answer an unknown id with a
/// GraphQL error (code 404, "… not found") rather than null data: those become the same typed exceptions as a null.
/// </summary>
internal static class NotFoundErrors
{
    public static bool IsNotFound(HireflixGraphQLException exception) =>
        exception.Errors.Count > 0 && exception.Errors.All(e => e.Code == "404" || e.Message.Contains("not found", StringComparison.OrdinalIgnoreCase));

    public static HireflixException For(HireflixSubject subject, string operationName, HireflixGraphQLException exception)
    {
        HireflixException notFound = subject == HireflixSubject.Position
            ? new PositionNotFoundException(404, exception.Errors[0].Message) { OperationName = operationName }
            : new InterviewNotFoundException(exception.Errors[0].Message) { OperationName = operationName };
        notFound.EarlierAttemptMayHaveExecuted = exception.EarlierAttemptMayHaveExecuted;
        return notFound;
    }
}
