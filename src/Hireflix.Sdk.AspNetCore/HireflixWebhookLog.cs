using Hireflix.Sdk.Webhooks;
using Microsoft.Extensions.Logging;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// Every log line of the endpoint. Only event names, interview ids, sizes and outcomes are logged:
/// never bodies, secrets, signatures or candidate data.
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

    [LoggerMessage(6, LogLevel.Error, "The handler of Hireflix webhook {EventName} for interview {InterviewId} failed; the delivery was forgotten so a redelivery is processed.")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string eventName, string? interviewId);

    [LoggerMessage(7, LogLevel.Information, "Received Hireflix webhook with an event name this SDK does not know: {EventName}.")]
    public static partial void UnknownEvent(ILogger logger, string eventName);
}
