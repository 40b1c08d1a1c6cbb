using Hireflix.Sdk.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>One verified delivery through the store: the handler runs only under a claim this attempt holds.</summary>
internal sealed class WebhookDelivery(HireflixWebhookEvent webhookEvent, string key, HttpContext context, HireflixWebhookOptions options, ILogger logger)
{
    /// <summary>Seconds a sender should wait before retrying an in-flight delivery: long enough for a typical handler.</summary>
    private const string InProgressRetryAfterSeconds = "5";

    private readonly string? _interviewId = (webhookEvent as HireflixInterviewWebhookEvent)?.Interview.Id;

    public async Task RunOnceAsync(Func<HireflixWebhookEvent, HttpContext, CancellationToken, Task> handler)
    {
        CancellationToken cancellationToken = context.RequestAborted;
        IHireflixWebhookDeduplicationStore store = context.RequestServices.GetRequiredService<IHireflixWebhookDeduplicationStore>();
        string token = Guid.NewGuid().ToString("N");

        HireflixWebhookClaimResult claim;
        try
        {
            claim = await store.TryClaimAsync(key, token, options.ProcessingLease, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Unknown whether it was handled: never a 200 and never a handler without a claim; the sender retries.
            HireflixWebhookLog.StoreUnavailable(logger, webhookEvent.EventName, _interviewId, exception.GetType().Name);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        switch (claim)
        {
            case HireflixWebhookClaimResult.AlreadyHandled:
                HireflixWebhookLog.Duplicate(logger, webhookEvent.EventName, _interviewId);
                context.Response.StatusCode = StatusCodes.Status200OK;
                return;
            case HireflixWebhookClaimResult.InProgress:
                HireflixWebhookLog.InProgress(logger, webhookEvent.EventName, _interviewId);
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = InProgressRetryAfterSeconds;
                return;
        }

        try
        {
            await handler(webhookEvent, context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            HireflixWebhookLog.HandlerFailed(logger, exception, webhookEvent.EventName, _interviewId);
            await ReleaseAsync(store, token).ConfigureAwait(false);
            throw;
        }

        await CompleteAsync(store, token).ConfigureAwait(false);
        HireflixWebhookLog.Handled(logger, webhookEvent.EventName, _interviewId);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    // Neither step uses the request token: the outcome must be recorded even when the sender has gone away.
    private async Task CompleteAsync(IHireflixWebhookDeduplicationStore store, string token)
    {
        try
        {
            if (!await store.CompleteAsync(key, token, options.DeduplicationWindow, CancellationToken.None).ConfigureAwait(false))
            {
                HireflixWebhookLog.LeaseExpired(logger, webhookEvent.EventName, _interviewId, options.ProcessingLease.TotalSeconds);
            }
        }
        catch (Exception exception)
        {
            // The handler succeeded, so the answer is still 200: a 5xx would make the sender run it again now.
            HireflixWebhookLog.CompleteFailed(logger, webhookEvent.EventName, _interviewId, exception.GetType().Name);
        }
    }

    private async Task ReleaseAsync(IHireflixWebhookDeduplicationStore store, string token)
    {
        try
        {
            await store.ReleaseAsync(key, token, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            HireflixWebhookLog.ReleaseFailed(logger, webhookEvent.EventName, _interviewId, exception.GetType().Name);
        }
    }
}
