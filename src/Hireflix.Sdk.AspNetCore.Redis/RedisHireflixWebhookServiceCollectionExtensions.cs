using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Hireflix.Sdk.AspNetCore.Redis;

/// <summary>Registers <see cref="RedisHireflixWebhookDeduplicationStore"/> as the webhook de-duplication store.</summary>
public static class RedisHireflixWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Uses Redis, reached with a StackExchange.Redis configuration string (e.g. <c>redis:6379,password=…</c>), as the
    /// de-duplication store of every replica. Call before or after <c>AddHireflixWebhooks</c>. The connection is made
    /// on first use and retried in the background (<c>abortConnect=false</c>), so a Redis outage at start-up gives
    /// 503s rather than a failed start.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The StackExchange.Redis configuration string; it may hold a password, so it is never logged here.</param>
    /// <param name="configure">Sets the key prefix and database; may be null.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="configuration"/> is empty.</exception>
    public static IServiceCollection AddHireflixWebhookRedisDeduplication(
        this IServiceCollection services, string configuration, Action<RedisHireflixWebhookDeduplicationOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(configuration);

        ConfigurationOptions redis = ConfigurationOptions.Parse(configuration);
        redis.AbortOnConnectFail = false;

        // A factory registration, so the container disposes the connection with the app.
        services.TryAddSingleton(_ => new RedisConnectionOwner(redis));
        return services.AddHireflixWebhookRedisDeduplication(sp => sp.GetRequiredService<RedisConnectionOwner>().Connection, configure);
    }

    /// <summary>Uses Redis through a connection you create (e.g. the multiplexer your app already shares).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connection">Returns the connection; called once.</param>
    /// <param name="configure">Sets the key prefix and database; may be null.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="connection"/> is null.</exception>
    public static IServiceCollection AddHireflixWebhookRedisDeduplication(
        this IServiceCollection services, Func<IServiceProvider, IConnectionMultiplexer> connection, Action<RedisHireflixWebhookDeduplicationOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(connection);

        var options = new RedisHireflixWebhookDeduplicationOptions();
        configure?.Invoke(options);

        // Replaces the in-memory default whichever of AddHireflixWebhooks and this runs first.
        services.RemoveAll<IHireflixWebhookDeduplicationStore>();
        services.AddSingleton<IHireflixWebhookDeduplicationStore>(sp => new RedisHireflixWebhookDeduplicationStore(connection(sp), options));
        return services;
    }
}
