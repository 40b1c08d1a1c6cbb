using Hireflix.Sdk.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// The endpoint's pipeline: tenant (404, multi-tenant only) → body under size limit and deadline (413/408) → signature over the raw bytes (401) →
/// parse (400) → claim the delivery (200 if already handled, 503 if in flight or the store fails) → handler →
/// done (200), or release and 500. Singleton.
/// </summary>
internal sealed class HireflixWebhookRequestProcessor
{
    /// <summary>Longer route values are no tenant anyone registered; they are not looked up (nor cached).</summary>
    private const int MaxTenantLength = 128;

    private readonly IOptionsMonitor<HireflixWebhookOptions> _options;
    private readonly ILogger _logger;
    private readonly TenantVerifierCache? _tenants;

    // Rebuilt only when the options instance changes (configuration reload), e.g. to add a rotated secret.
    private volatile VerifierEntry? _verifier;

    public HireflixWebhookRequestProcessor(
        IOptionsMonitor<HireflixWebhookOptions> options, ILoggerFactory loggerFactory, TenantVerifierCache? tenants = null)
    {
        _options = options;
        _tenants = tenants;
        _logger = loggerFactory.CreateLogger(HireflixWebhookLog.CategoryName);
    }

    public async Task ProcessAsync(HttpContext context, Func<HireflixWebhookEvent, HttpContext, CancellationToken, Task> handler)
    {
        HireflixWebhookOptions options = _options.CurrentValue;
        TenantVerifier? tenant = null;
        if (_tenants is not null)
        {
            tenant = await ResolveTenantAsync(context, _tenants).ConfigureAwait(false);
            if (tenant is null)
            {
                return;
            }
        }

        using PooledBody? body = await WebhookBodyReceiver.ReceiveAsync(context, options, _logger).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        string? signature = context.Request.Headers.TryGetValue(HireflixWebhookVerifier.SignatureHeaderName, out var values) ? values.ToString() : null;
        HireflixWebhookVerificationResult verification = (tenant?.Verifier ?? GetVerifier(options)).Verify(body.Span, signature);
        if (verification == HireflixWebhookVerificationResult.SignatureMismatch && tenant is not null
            && await _tenants!.RefreshAfterMismatchAsync(tenant, context.RequestAborted).ConfigureAwait(false) is { Verifier: { } refreshed })
        {
            // The tenant may have rotated its secret since it was cached.
            verification = refreshed.Verify(body.Span, signature);
        }

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
        if (tenant is not null)
        {
            // Two tenants' deliveries never share a key, even if a custom key function ignores the tenant.
            key = TenantKeyPrefix.For(tenant.Tenant) + key;
            context.RequestServices.GetRequiredService<HireflixWebhookTenant>().Id = tenant.Tenant;
        }

        await new WebhookDelivery(webhookEvent, key, context, options, _logger).RunOnceAsync(handler).ConfigureAwait(false);
    }

    /// <summary>The tenant named by the route, or null after answering 404 (unknown) or 503 (the provider failed).</summary>
    private async Task<TenantVerifier?> ResolveTenantAsync(HttpContext context, TenantVerifierCache tenants)
    {
        string? id = context.Request.RouteValues.TryGetValue(tenants.RouteParameter, out object? value) ? value as string : null;
        try
        {
            if (!string.IsNullOrEmpty(id) && id.Length <= MaxTenantLength
                && await tenants.GetAsync(id, context.RequestAborted).ConfigureAwait(false) is { } tenant)
            {
                return tenant;
            }
        }
        catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            HireflixWebhookLog.SecretProviderFailed(_logger, exception.GetType().Name);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return null;
        }

        // Same empty 404 as a route that does not exist: nothing says whether the tenant is known anywhere.
        HireflixWebhookLog.UnknownTenant(_logger, id?.Length ?? 0);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return null;
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
