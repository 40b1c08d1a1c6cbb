using Hireflix.Sdk.Webhooks;
using Microsoft.Extensions.Logging;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// Every log line of the endpoint. Only event names, interview ids, sizes and outcomes are logged:
/// never bodies, secrets, signatures or candidate data. Store failures log the exception type only: a
/// store's message can quote its connection settings.
/// </summary>
internal static partial class HireflixWebhookLog
{
    public const string CategoryName = "Hireflix.Sdk.AspNetCore.Webhooks";

    [LoggerMessage(1, LogLevel.Warning, "Rejected a Hireflix webhook delivery with 413: the body exceeds {MaxBodyBytes} bytes (Content-Length: {ContentLength}).")]
    public static partial void BodyTooLarge(ILogger logger, int maxBodyBytes, long? contentLength);

    [LoggerMessage(2, LogLevel.Warning, "Rejected a Hireflix webhook delivery with 401: {VerificationResult}.")]
    public static partial void SignatureRejected(ILogger logger, HireflixWebhookVerificationResult verificationResult);

    [LoggerMessage(3, LogLevel.Warning, "Rejected a signed Hireflix webhook delivery with 400: {Reason}")]
    public static partial void PayloadRejected(ILogger logger, string reason);

    [LoggerMessage(4, LogLevel.Information, "Skipped a duplicate Hireflix webhook delivery {EventName} for interview {InterviewId}.")]
    public static partial void Duplicate(ILogger logger, string eventName, string? interviewId);

    [LoggerMessage(5, LogLevel.Debug, "Handled Hireflix webhook {EventName} for interview {InterviewId}.")]
    public static partial void Handled(ILogger logger, string eventName, string? interviewId);

    [LoggerMessage(6, LogLevel.Error, "The handler of Hireflix webhook {EventName} for interview {InterviewId} failed; its claim was released so a redelivery is processed.")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string eventName, string? interviewId);

    [LoggerMessage(7, LogLevel.Information, "Received Hireflix webhook with an event name this SDK does not know: {EventName}.")]
    public static partial void UnknownEvent(ILogger logger, string eventName);

    [LoggerMessage(8, LogLevel.Warning, "Rejected a Hireflix webhook delivery with 408: the body did not arrive within {TimeoutSeconds} s (Content-Length: {ContentLength}).")]
    public static partial void BodyReadTimedOut(ILogger logger, double timeoutSeconds, long? contentLength);

    [LoggerMessage(9, LogLevel.Warning, "Rejected a Hireflix webhook delivery with {StatusCode} while reading its body: {Reason}")]
    public static partial void BodyReadRejected(ILogger logger, int statusCode, string reason);

    [LoggerMessage(10, LogLevel.Debug, "A Hireflix webhook sender hung up before its body arrived ({Reason}).")]
    public static partial void SenderGone(ILogger logger, string reason);

    [LoggerMessage(11, LogLevel.Information, "Answered 503 to a Hireflix webhook delivery {EventName} for interview {InterviewId}: an earlier attempt of it is still being handled.")]
    public static partial void InProgress(ILogger logger, string eventName, string? interviewId);

    [LoggerMessage(12, LogLevel.Warning, "Answered 503 to a Hireflix webhook delivery {EventName} for interview {InterviewId}: the de-duplication store failed ({ExceptionType}); no handler ran.")]
    public static partial void StoreUnavailable(ILogger logger, string eventName, string? interviewId, string exceptionType);

    [LoggerMessage(13, LogLevel.Warning, "Hireflix webhook {EventName} for interview {InterviewId} was handled but could not be marked done ({ExceptionType}); a redelivery would run the handler again.")]
    public static partial void CompleteFailed(ILogger logger, string eventName, string? interviewId, string exceptionType);

    [LoggerMessage(14, LogLevel.Warning, "The handler of Hireflix webhook {EventName} for interview {InterviewId} outlived its {LeaseSeconds} s claim; raise HireflixWebhookOptions.ProcessingLease.")]
    public static partial void LeaseExpired(ILogger logger, string eventName, string? interviewId, double leaseSeconds);

    [LoggerMessage(15, LogLevel.Warning, "Could not release the claim of failed Hireflix webhook {EventName} for interview {InterviewId} ({ExceptionType}); it is redelivered once the claim expires.")]
    public static partial void ReleaseFailed(ILogger logger, string eventName, string? interviewId, string exceptionType);

    [LoggerMessage(16, LogLevel.Information, "Answered 404 to a Hireflix webhook delivery for an unknown tenant (route value of {Length} characters).")]
    public static partial void UnknownTenant(ILogger logger, int length);

    [LoggerMessage(17, LogLevel.Warning, "Answered 503 to a Hireflix webhook delivery: the tenant secret provider failed ({ExceptionType}).")]
    public static partial void SecretProviderFailed(ILogger logger, string exceptionType);
}
