using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>Turns the webhook endpoint multi-tenant: secrets per tenant, named by a route value.</summary>
public static class HireflixWebhookTenantServiceCollectionExtensions
{
    /// <summary>
    /// Resolves each delivery's secrets through <typeparamref name="TProvider"/> (a singleton) from the tenant route
    /// value, e.g. <c>app.MapHireflixWebhooks("/webhooks/hireflix/{tenant}")</c>. Call after
    /// <c>AddHireflixWebhooks</c> and leave <see cref="HireflixWebhookOptions.Secrets"/> empty.
    /// </summary>
    /// <typeparam name="TProvider">Your secret lookup.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the route parameter and caching; may be null.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddHireflixWebhookTenants<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TProvider>(
        this IServiceCollection services, Action<HireflixWebhookTenantOptions>? configure)
        where TProvider : class, IHireflixWebhookSecretProvider
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IHireflixWebhookSecretProvider, TProvider>();
        return AddCore(services, configure);
    }

    /// <summary>Like <see cref="AddHireflixWebhookTenants{TProvider}"/>, with a provider instance.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="provider">Your secret lookup.</param>
    /// <param name="configure">Sets the route parameter and caching; may be null.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="provider"/> is null.</exception>
    public static IServiceCollection AddHireflixWebhookTenants(
        this IServiceCollection services, IHireflixWebhookSecretProvider provider, Action<HireflixWebhookTenantOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(provider);
        services.TryAddSingleton(provider);
        return AddCore(services, configure);
    }

    private static IServiceCollection AddCore(IServiceCollection services, Action<HireflixWebhookTenantOptions>? configure)
    {
        services.TryAddSingleton<TenantVerifierCache>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HireflixWebhookTenantOptions>, HireflixWebhookTenantOptionsValidator>());
        OptionsBuilder<HireflixWebhookTenantOptions> options = services.AddOptions<HireflixWebhookTenantOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return services;
    }
}
