using Microsoft.Extensions.Logging;

namespace Hireflix.Sdk;

/// <summary>
/// The SDK's log messages. They name operations, outcomes and timings only: variables, bodies, the API key
/// and candidate data are never logged (content logging is a separate, opt-in message).
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "Hireflix {OperationName} ({OperationKind}) succeeded in {ElapsedMs} ms")]
    public static partial void OperationSucceeded(ILogger logger, string operationName, string operationKind, double elapsedMs);

    [LoggerMessage(2, LogLevel.Warning, "Hireflix {OperationName} ({OperationKind}) failed in {ElapsedMs} ms with {ErrorType}")]
    public static partial void OperationFailed(ILogger logger, string operationName, string operationKind, double elapsedMs, string errorType);

    [LoggerMessage(3, LogLevel.Information, "Hireflix {OperationName} attempt {Attempt} failed ({Outcome}); retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string operationName, int attempt, string outcome, double delayMs);

    // Event id 4 belonged to a message no code logged; ids are not reused, so log filters keep their meaning.
    [LoggerMessage(5, LogLevel.Trace, "Hireflix {OperationName} content (opt-in): {Content}")]
    public static partial void Content(ILogger logger, string operationName, string content);

    [LoggerMessage(6, LogLevel.Warning, "Hireflix rejected {Selection} in {OperationName}: this client stops sending it to that endpoint and {Member} stays null. Run the schema check (Hireflix.Sdk.SchemaTool check) and report the difference")]
    public static partial void SelectionPruned(ILogger logger, string selection, string operationName, string member);

    [LoggerMessage(7, LogLevel.Warning, "Hireflix returned {TypeName}.{FieldName} in an unexpected JSON form in {OperationName}; it reads as null")]
    public static partial void ValueMismatch(ILogger logger, string typeName, string fieldName, string operationName);
}
