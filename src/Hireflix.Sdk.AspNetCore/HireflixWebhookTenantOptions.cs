namespace Hireflix.Sdk.AspNetCore;

/// <summary>Settings of a multi-tenant webhook endpoint (<see cref="IHireflixWebhookSecretProvider"/>).</summary>
public sealed class HireflixWebhookTenantOptions
{
    /// <summary>The route parameter that names the tenant, e.g. <c>tenant</c> in <c>/webhooks/hireflix/{tenant}</c>. Default <c>tenant</c>.</summary>
    public string RouteParameter { get; set; } = "tenant";

    /// <summary>How long a tenant's secrets are reused before the provider is asked again. Default 5 minutes.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long "no such tenant" is remembered, so a flood of made-up tenants does not reach your database. Default 30 seconds.</summary>
    public TimeSpan UnknownTenantCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// When a signature matches none of a tenant's cached secrets and they were fetched longer ago than this, the
    /// provider is asked again before answering 401: a rotation takes effect at once, while a forger can trigger at
    /// most one lookup per tenant per interval. Default 10 seconds.
    /// </summary>
    public TimeSpan RefreshOnMismatchAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most tenants kept in the cache. Default 100,000.</summary>
    public int MaxCachedTenants { get; set; } = 100_000;
}
