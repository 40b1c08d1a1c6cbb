using Hireflix.Sdk.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// The endpoint's pipeline: size limit (413) → signature over the raw bytes (401) → parse (400) →
/// de-duplicate (200 without handler) → handler → 200. Singleton.
/// </summary>
internal sealed class HireflixWebhookRequestProcessor
{
    private readonly IOptionsMonitor<HireflixWebhookOptions> _options;
    private readonly ILogger _logger;

    // Rebuilt only when the options instance changes (configuration reload), e.g. to add a rotated secret.
    private volatile VerifierEntry? _verifier;

    public HireflixWebhookRequestProcessor(IOptionsMonitor<HireflixWebhookOptions> options, ILoggerFactory loggerFactory)
    {
        _options = options;
        _logger = loggerFactory.CreateLogger(HireflixWebhookLog.CategoryName);
    }

    public async Task ProcessAsync(HttpContext context, Func<HireflixWebhookEvent, HttpContext, CancellationToken, Task> handler)
    {
        HireflixWebhookOptions options = _options.CurrentValue;
        HttpRequest request = context.Request;
        CancellationToken cancellationToken = context.RequestAborted;

        using PooledBody? body = await LimitedBodyReader.ReadAsync(request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            HireflixWebhookLog.BodyTooLarge(_logger, options.MaxBodyBytes, request.ContentLength);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        string? signature = request.Headers.TryGetValue(HireflixWebhookVerifier.SignatureHeaderName, out var values) ? values.ToString() : null;
        HireflixWebhookVerificationResult verification = GetVerifier(options).Verify(body.Span, signature);
        if (verification != HireflixWebhookVerificationResult.Valid)
        {
            HireflixWebhookLog.SignatureRejected(_logger, verification);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        HireflixWebhookEvent webhookEvent;
        try
        {
            webhookEvent = HireflixWebhookParser.Parse(body.Span);
        }
        catch (HireflixWebhookPayloadException exception)
        {
            HireflixWebhookLog.PayloadRejected(_logger, exception.Message);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        string? interviewId = (webhookEvent as HireflixInterviewWebhookEvent)?.Interview.Id;
        if (webhookEvent is UnknownHireflixEvent)
        {
            HireflixWebhookLog.UnknownEvent(_logger, webhookEvent.EventName);
        }

        IHireflixWebhookDeduplicationStore store = context.RequestServices.GetRequiredService<IHireflixWebhookDeduplicationStore>();
        string key = HireflixWebhookDeliveryKey.Compute(webhookEvent, body.Span);
        if (!await store.TryRecordAsync(key, options.DeduplicationWindow, cancellationToken).ConfigureAwait(false))
        {
            HireflixWebhookLog.Duplicate(_logger, webhookEvent.EventName, interviewId);
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        try
        {
            await handler(webhookEvent, context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            HireflixWebhookLog.HandlerFailed(_logger, exception, webhookEvent.EventName, interviewId);

            // Not the request token: the key must be forgotten even when the sender has gone away.
            await store.ForgetAsync(key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        HireflixWebhookLog.Handled(_logger, webhookEvent.EventName, interviewId);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private HireflixWebhookVerifier GetVerifier(HireflixWebhookOptions options)
    {
        VerifierEntry? entry = _verifier;
        if (entry is null || !ReferenceEquals(entry.Options, options))
        {
            entry = new VerifierEntry(options, new HireflixWebhookVerifier(options.Secrets));
            _verifier = entry;
        }

        return entry.Verifier;
    }

    private sealed record VerifierEntry(HireflixWebhookOptions Options, HireflixWebhookVerifier Verifier);
}
