using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// Receives the body under the size limit and the whole-body deadline, and turns every way a sender can fail
/// (too large, too slow, malformed framing, gone) into a status and a warning or debug line: none of them is a
/// fault of this app, so none may surface as an unhandled exception logged at error level.
/// </summary>
internal static class WebhookBodyReceiver
{
    /// <summary>Returns the body, or null after answering the request (or finding the sender gone).</summary>
    public static async Task<PooledBody?> ReceiveAsync(HttpContext context, HireflixWebhookOptions options, ILogger logger)
    {
        HttpRequest request = context.Request;
        try
        {
            (BodyReadStatus status, PooledBody? body) = await LimitedBodyReader
                .ReadAsync(request, options.MaxBodyBytes, options.BodyReadTimeout, context.RequestAborted)
                .ConfigureAwait(false);
            switch (status)
            {
                case BodyReadStatus.TooLarge:
                    HireflixWebhookLog.BodyTooLarge(logger, options.MaxBodyBytes, request.ContentLength);
                    Reject(context, StatusCodes.Status413PayloadTooLarge);
                    break;
                case BodyReadStatus.TimedOut:
                    HireflixWebhookLog.BodyReadTimedOut(logger, options.BodyReadTimeout.TotalSeconds, request.ContentLength);
                    Reject(context, StatusCodes.Status408RequestTimeout);
                    break;
            }

            return body;
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel's own verdicts on the framing: truncated body, its minimum data rate, a bad chunk.
            HireflixWebhookLog.BodyReadRejected(logger, exception.StatusCode, exception.Message);
            Reject(context, exception.StatusCode);
            return null;
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // The sender hung up (clean close or reset): nobody is left to answer, and aborting spares Kestrel a
            // drain of a broken body reader (which it would log at error level).
            HireflixWebhookLog.SenderGone(logger, exception.GetType().Name);
            context.Abort();
            return null;
        }
    }

    private static void Reject(HttpContext context, int statusCode)
    {
        context.Response.StatusCode = statusCode;

        // Kestrel then drains what is left only up to its drain timeout and closes, instead of keeping the
        // connection alive for a sender that misbehaved.
        context.Response.Headers.Connection = "close";
    }
}
