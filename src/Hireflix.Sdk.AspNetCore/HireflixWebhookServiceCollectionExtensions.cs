using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>Registers the services behind <see cref="HireflixWebhookEndpointRouteBuilderExtensions"/>.</summary>
public static class HireflixWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Registers Hireflix webhook receiving with options set in code. Options are validated when the host
    /// starts (at least one secret). Registers an in-memory <see cref="IHireflixWebhookDeduplicationStore"/>
    /// and <see cref="TimeProvider.System"/> unless you registered your own first.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, e.g. <c>o => o.Secrets.Add(secret)</c>.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddHireflixWebhooks(this IServiceCollection services, Action<HireflixWebhookOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        AddCore(services).Configure(configure);
        return services;
    }

    /// <summary>
    /// Registers Hireflix webhook receiving with options bound from a configuration section, e.g.
    /// <c>{ "Secrets": [ "new", "old" ], "MaxBodyBytes": 1048576, "DeduplicationWindow": "1.00:00:00" }</c>.
    /// Reloads of the section take effect for later deliveries (useful to rotate secrets).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section, e.g. <c>builder.Configuration.GetSection("Hireflix:Webhooks")</c>.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddHireflixWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        AddCore(services).Bind(configuration);
        return services;
    }

    private static OptionsBuilder<HireflixWebhookOptions> AddCore(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHireflixWebhookDeduplicationStore, InMemoryHireflixWebhookDeduplicationStore>();
        services.TryAddSingleton<HireflixWebhookRequestProcessor>();
        services.TryAddScoped<HireflixWebhookTenant>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HireflixWebhookOptions>, HireflixWebhookOptionsValidator>());

        return services.AddOptions<HireflixWebhookOptions>().ValidateOnStart();
    }
}
