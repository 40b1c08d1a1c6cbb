using Hireflix.Sdk.Webhooks;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// Verifiers per tenant, built from <see cref="IHireflixWebhookSecretProvider"/> answers and cached (unknown tenants
/// too, for less time) in a size-bounded cache, so neither real traffic nor made-up tenant names hammer the provider.
/// </summary>
internal sealed class TenantVerifierCache : IDisposable
{
    private readonly IHireflixWebhookSecretProvider _provider;
    private readonly HireflixWebhookTenantOptions _options;
    private readonly TimeProvider _time;
    private readonly MemoryCache _cache;

    public TenantVerifierCache(IHireflixWebhookSecretProvider provider, IOptions<HireflixWebhookTenantOptions> options, TimeProvider time)
    {
        _provider = provider;
        _options = options.Value;
        _time = time;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.MaxCachedTenants });
    }

    public string RouteParameter => _options.RouteParameter;

    /// <summary>The tenant's verifier, or null for an unknown tenant.</summary>
    public async ValueTask<TenantVerifier?> GetAsync(string tenant, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(tenant, out TenantVerifier? cached))
        {
            return cached!.Verifier is null ? null : cached;
        }

        return await LoadAsync(tenant, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks the provider again after a mismatch, at most once per <see cref="HireflixWebhookTenantOptions.RefreshOnMismatchAfter"/>.</summary>
    public async ValueTask<TenantVerifier?> RefreshAfterMismatchAsync(TenantVerifier stale, CancellationToken cancellationToken)
        => _time.GetUtcNow() - stale.FetchedAt < _options.RefreshOnMismatchAfter
            ? null
            : await LoadAsync(stale.Tenant, cancellationToken).ConfigureAwait(false);

    public void Dispose() => _cache.Dispose();

    private async ValueTask<TenantVerifier?> LoadAsync(string tenant, CancellationToken cancellationToken)
    {
        HireflixWebhookSecrets? secrets = await _provider.GetSecretsAsync(tenant, cancellationToken).ConfigureAwait(false);
        var entry = new TenantVerifier(tenant, secrets is null ? null : new HireflixWebhookVerifier(secrets.ToArray()), _time.GetUtcNow());
        _cache.Set(tenant, entry, new MemoryCacheEntryOptions
        {
            Size = 1,
            AbsoluteExpirationRelativeToNow = secrets is null ? _options.UnknownTenantCacheDuration : _options.CacheDuration,
        });
        return entry.Verifier is null ? null : entry;
    }
}

/// <summary>A tenant's verifier and when its secrets were fetched; <see cref="Verifier"/> null marks an unknown tenant.</summary>
internal sealed record TenantVerifier(string Tenant, HireflixWebhookVerifier? Verifier, DateTimeOffset FetchedAt);
