using Hireflix.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>Maps the Hireflix webhook endpoint.</summary>
/// <remarks>
/// The endpoint answers 413 for a body over <see cref="HireflixWebhookOptions.MaxBodyBytes"/>, 408 for one not received
/// within <see cref="HireflixWebhookOptions.BodyReadTimeout"/>, 401 for a missing or wrong <c>x-hireflix-signature</c>,
/// 400 for a signed body that is not a webhook envelope, 200 for a delivery already handled (handler not called),
/// 503 with <c>Retry-After</c> while another attempt of the same delivery is being handled or when the
/// de-duplication store fails, and 200 after the handler returns; a handler exception gives 500 and the delivery's
/// claim is released so the redelivery runs. The signature is the authentication: if your app has a
/// fallback authorization policy, chain <c>.AllowAnonymous()</c> on the returned builder.
/// </remarks>
public static class HireflixWebhookEndpointRouteBuilderExtensions
{
    /// <summary>Maps a POST endpoint that passes each verified, de-duplicated event to <paramref name="handler"/>.</summary>
    /// <param name="endpoints">The route builder (e.g. the <c>WebApplication</c>).</param>
    /// <param name="pattern">The route, e.g. <c>/webhooks/hireflix</c>.</param>
    /// <param name="handler">Your code; use the <see cref="HttpContext"/>'s <c>RequestServices</c> for scoped services.</param>
    /// <returns>The endpoint's convention builder (add filters, host or authorization conventions).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><c>AddHireflixWebhooks</c> was not called.</exception>
    public static IEndpointConventionBuilder MapHireflixWebhooks(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        Func<HireflixWebhookEvent, HttpContext, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        ArgumentNullException.ThrowIfNull(handler);

        HireflixWebhookRequestProcessor processor = endpoints.ServiceProvider.GetService<HireflixWebhookRequestProcessor>()
            ?? throw new InvalidOperationException(
                "Hireflix webhooks are not registered. Call services.AddHireflixWebhooks(...) before MapHireflixWebhooks.");

        // Fail at start-up, not with a 404 for every delivery, when the route cannot carry the tenant.
        if (endpoints.ServiceProvider.GetService<TenantVerifierCache>() is { } tenants
            && RoutePatternFactory.Parse(pattern).GetParameter(tenants.RouteParameter) is null)
        {
            throw new InvalidOperationException(
                $"The Hireflix webhook route '{pattern}' has no '{{{tenants.RouteParameter}}}' parameter, but AddHireflixWebhookTenants "
                + "resolves secrets from it. Use a route such as '/webhooks/hireflix/{" + tenants.RouteParameter + "}'.");
        }

        // A RequestDelegate (not a Delegate) keeps this off the reflection-based minimal-API path: trimming/AOT safe.
        RequestDelegate requestDelegate = context => processor.ProcessAsync(context, handler);
        return endpoints.MapPost(pattern, requestDelegate).WithDisplayName("Hireflix webhooks");
    }

    /// <summary>
    /// Maps a POST endpoint that passes each verified, de-duplicated event to the <see cref="IHireflixWebhookHandler"/>
    /// registered in DI, resolved from the request's scope.
    /// </summary>
    /// <param name="endpoints">The route builder (e.g. the <c>WebApplication</c>).</param>
    /// <param name="pattern">The route, e.g. <c>/webhooks/hireflix</c>.</param>
    /// <returns>The endpoint's convention builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><c>AddHireflixWebhooks</c> was not called, or no <see cref="IHireflixWebhookHandler"/> is registered.</exception>
    public static IEndpointConventionBuilder MapHireflixWebhooks(this IEndpointRouteBuilder endpoints, string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        // Fail at start-up, not on the first delivery, when the handler was never registered.
        if (endpoints.ServiceProvider.GetService<IServiceProviderIsService>() is { } isService
            && !isService.IsService(typeof(IHireflixWebhookHandler)))
        {
            throw new InvalidOperationException(
                "No IHireflixWebhookHandler is registered. Register one (e.g. services.AddScoped<IHireflixWebhookHandler, MyHandler>()) "
                + "or pass a handler delegate to MapHireflixWebhooks.");
        }

        return endpoints.MapHireflixWebhooks(
            pattern,
            static (webhookEvent, context, cancellationToken) =>
                context.RequestServices.GetRequiredService<IHireflixWebhookHandler>().HandleAsync(webhookEvent, cancellationToken));
    }
}
