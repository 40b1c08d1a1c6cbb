using Hireflix.Sdk.Resilience;
using Hireflix.Sdk.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hireflix.Sdk;

/// <summary>Registers <see cref="HireflixClient"/> with dependency injection.</summary>
public static class HireflixServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient every Hireflix client shares (one handler pool per process).</summary>
    public const string HttpClientName = "Hireflix";

    /// <summary>Registers the default <see cref="HireflixClient"/>, configured in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; <see cref="HireflixClientOptions.ApiKey"/> is required.</param>
    /// <returns>A builder to customise the HttpClient.</returns>
    /// <example>
    /// <code>
    /// builder.Services.AddHireflix(o => o.ApiKey = builder.Configuration["Hireflix:ApiKey"]);
    /// // then inject HireflixClient anywhere
    /// </code>
    /// </example>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    public static IHireflixBuilder AddHireflix(this IServiceCollection services, Action<HireflixClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, Options.DefaultName, configure);
    }

    /// <summary>Registers the default <see cref="HireflixClient"/>, configured from a section such as <c>configuration.GetSection("Hireflix")</c>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section, with a key per <see cref="HireflixClientOptions"/> property (<c>ApiKey</c>, <c>Endpoint</c>…).</param>
    /// <returns>A builder to customise the HttpClient.</returns>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    public static IHireflixBuilder AddHireflix(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Register(services, Options.DefaultName, o => configuration.Bind(o));
    }

    /// <summary>
    /// Registers a keyed <see cref="HireflixClient"/> for one more Hireflix account (an ATS serving several companies).
    /// Resolve it with <c>[FromKeyedServices("name")]</c> or <c>GetRequiredKeyedService&lt;HireflixClient&gt;("name")</c>.
    /// All clients share one HttpClient pipeline; its timeouts and retries come from the default registration's options.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The service key and options name.</param>
    /// <param name="configure">Sets the options; <see cref="HireflixClientOptions.ApiKey"/> is required.</param>
    /// <returns>A builder to customise the HttpClient.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static IHireflixBuilder AddHireflix(this IServiceCollection services, string name, Action<HireflixClientOptions> configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, name, configure);
    }

    /// <summary>Registers a keyed <see cref="HireflixClient"/> configured from a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The service key and options name.</param>
    /// <param name="configuration">The section to read.</param>
    /// <returns>A builder to customise the HttpClient.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static IHireflixBuilder AddHireflix(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configuration);
        return Register(services, name, o => configuration.Bind(o));
    }

    private static HireflixBuilder Register(IServiceCollection services, string name, Action<HireflixClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        var httpClient = AddSharedServices(services);
        services.Configure(name, configure);
        services.AddOptions<HireflixClientOptions>(name).ValidateOnStart();
        RegistrationsOf(services).Add(name);

        if (name == Options.DefaultName)
        {
            services.TryAddSingleton(sp => new HireflixClient(Connection(sp, name)));
        }
        else
        {
            services.TryAddKeyedSingleton(name, (sp, _) => new HireflixClient(Connection(sp, name)));
        }

        return new HireflixBuilder(services, name, httpClient);
    }

    private static HireflixConnection Connection(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<HireflixClientOptions>>().Get(name);
        return new HireflixConnection(services.GetRequiredService<HireflixTransport>(), options);
    }

    private static IHttpClientBuilder AddSharedServices(IServiceCollection services)
    {
        // HttpClientFactory's default loggers redact X-API-KEY in the message text but still carry the raw header
        // in the structured log state (found by SecretRedactionTests), which structured sinks export. The SDK logs
        // its own outcomes, so the default loggers go; redaction stays for loggers a user adds back.
        var httpClient = services.AddHttpClient(HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .RedactLoggedHeaders(["X-API-KEY"]);
        if (services.Any(d => d.ServiceType == typeof(HireflixRegistrations)))
        {
            return httpClient;
        }

        services.AddSingleton(new HireflixRegistrations());

        // No redirects, no cookies (HireflixPrimaryHandler). Registered before any user ConfigureHttpClient call, so
        // a primary handler the user supplies replaces it and keeps the user's settings.
        httpClient.ConfigurePrimaryHttpMessageHandler(HireflixPrimaryHandler.Create);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HireflixClientOptions>, RegisteredOptionsValidator>());
        httpClient.AddStandardResilienceHandler().Configure((pipeline, sp) =>
            HireflixResiliencePipeline.Configure(pipeline, PipelineOptions(sp), Logger(sp), Time(sp)));

        // Inside the pipeline, so a body that breaks or stalls is an attempt failure (retried, timed out) — see the handler.
        httpClient.AddHttpMessageHandler(() => new ResponseBufferingHandler());

        services.TryAddSingleton(sp =>
        {
            var factory = sp.GetRequiredService<IHttpClientFactory>();
            return new HireflixTransport(() => factory.CreateClient(HttpClientName), Logger(sp), Time(sp));
        });
        services.TryAddSingleton<IHireflixClientFactory>(sp => new HireflixClientFactory(
            sp.GetRequiredService<HireflixTransport>(), PipelineOptions(sp)));
        return httpClient;
    }

    /// <summary>The default registration's options when there is one; defaults otherwise (only keyed clients).</summary>
    private static HireflixClientOptions PipelineOptions(IServiceProvider sp)
    {
        if (!sp.GetRequiredService<HireflixRegistrations>().Contains(Options.DefaultName))
        {
            return new HireflixClientOptions();
        }

        try
        {
            return sp.GetRequiredService<IOptionsMonitor<HireflixClientOptions>>().Get(Options.DefaultName);
        }
        catch (OptionsValidationException)
        {
            // Invalid options are reported by their own validation (at host start, or when the client is resolved);
            // the resilience handler validating its options at start must not report the same error a second time.
            return new HireflixClientOptions();
        }
    }

    /// <summary>The clock of the transport and the pipeline alike (the resilience handler uses the registered TimeProvider too).</summary>
    private static TimeProvider Time(IServiceProvider sp) => sp.GetService<TimeProvider>() ?? TimeProvider.System;

    private static ILogger Logger(IServiceProvider sp) =>
        sp.GetService<ILoggerFactory>()?.CreateLogger("Hireflix.Sdk") ?? NullLogger.Instance;

    private static HireflixRegistrations RegistrationsOf(IServiceCollection services) =>
        (HireflixRegistrations)services.First(d => d.ServiceType == typeof(HireflixRegistrations)).ImplementationInstance!;

    private sealed class RegisteredOptionsValidator(HireflixRegistrations registrations) : IValidateOptions<HireflixClientOptions>
    {
        private readonly HireflixClientOptionsValidator _inner = new();

        public ValidateOptionsResult Validate(string? name, HireflixClientOptions options) =>
            registrations.Contains(name ?? Options.DefaultName) ? _inner.Validate(name, options) : ValidateOptionsResult.Skip;
    }
}
