using Microsoft.Extensions.Options;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>Fails start-up when a multi-tenant setting is unusable.</summary>
internal sealed class HireflixWebhookTenantOptionsValidator : IValidateOptions<HireflixWebhookTenantOptions>
{
    public ValidateOptionsResult Validate(string? name, HireflixWebhookTenantOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.RouteParameter))
        {
            failures.Add("Hireflix webhooks: HireflixWebhookTenantOptions.RouteParameter must name the route value that carries the tenant (e.g. 'tenant').");
        }

        foreach ((string setting, TimeSpan value) in new[]
                 {
                     (nameof(options.CacheDuration), options.CacheDuration),
                     (nameof(options.UnknownTenantCacheDuration), options.UnknownTenantCacheDuration),
                 })
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"Hireflix webhooks: HireflixWebhookTenantOptions.{setting} must be positive (was {value}).");
            }
        }

        if (options.RefreshOnMismatchAfter < TimeSpan.Zero)
        {
            failures.Add($"Hireflix webhooks: HireflixWebhookTenantOptions.RefreshOnMismatchAfter must not be negative (was {options.RefreshOnMismatchAfter}).");
        }

        if (options.MaxCachedTenants <= 0)
        {
            failures.Add($"Hireflix webhooks: HireflixWebhookTenantOptions.MaxCachedTenants must be positive (was {options.MaxCachedTenants}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
