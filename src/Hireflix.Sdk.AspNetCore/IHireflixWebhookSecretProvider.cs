namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// Your lookup of a tenant's webhook secrets, for an endpoint that serves many Hireflix accounts
/// (<c>/webhooks/hireflix/{tenant}</c>). Register it with
/// <see cref="HireflixWebhookTenantServiceCollectionExtensions.AddHireflixWebhookTenants{TProvider}"/>.
/// Answers are cached (<see cref="HireflixWebhookTenantOptions.CacheDuration"/>), so a database lookup is fine.
/// </summary>
public interface IHireflixWebhookSecretProvider
{
    /// <summary>Returns the tenant's secrets, or null when there is no such tenant (the endpoint answers 404).</summary>
    /// <param name="tenant">The route value, as sent: untrusted input.</param>
    /// <param name="cancellationToken">Cancelled when the sender disconnects.</param>
    /// <returns>The secrets, or null for an unknown tenant.</returns>
    ValueTask<HireflixWebhookSecrets?> GetSecretsAsync(string tenant, CancellationToken cancellationToken);
}
