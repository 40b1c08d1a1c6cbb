using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// The tenant of the delivery being handled, in the request's scope: inject it into a scoped
/// <see cref="IHireflixWebhookHandler"/>, or call <see cref="HireflixWebhookTenantHttpContextExtensions.GetHireflixWebhookTenant"/>.
/// Null on a single-tenant endpoint.
/// </summary>
public sealed class HireflixWebhookTenant
{
    /// <summary>The tenant's route value, verified: the delivery was signed with that tenant's secret.</summary>
    public string? Id { get; internal set; }

    /// <summary>The tenant id.</summary>
    /// <returns>The id, or an empty string.</returns>
    public override string ToString() => Id ?? string.Empty;
}

/// <summary>Reads the verified tenant of a webhook delivery from its <see cref="HttpContext"/>.</summary>
public static class HireflixWebhookTenantHttpContextExtensions
{
    /// <summary>The tenant whose secret signed this delivery; null on a single-tenant endpoint.</summary>
    /// <param name="context">The webhook request.</param>
    /// <returns>The tenant id, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static string? GetHireflixWebhookTenant(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices.GetService<HireflixWebhookTenant>()?.Id;
    }
}
