using Hireflix.Sdk.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// The endpoint's pipeline: body under size limit and deadline (413/408) → signature over the raw bytes (401) →
/// parse (400) → claim the delivery (200 if already handled, 503 if in flight or the store fails) → handler →
/// done (200), or release and 500. Singleton.
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
        using PooledBody? body = await WebhookBodyReceiver.ReceiveAsync(context, options, _logger).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        string? signature = context.Request.Headers.TryGetValue(HireflixWebhookVerifier.SignatureHeaderName, out var values) ? values.ToString() : null;
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

        if (webhookEvent is UnknownHireflixEvent)
        {
            HireflixWebhookLog.UnknownEvent(_logger, webhookEvent.EventName);
        }

        string key = options.DeliveryKey(webhookEvent, body.Span);
        await new WebhookDelivery(webhookEvent, key, context, options, _logger).RunOnceAsync(handler).ConfigureAwait(false);
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
