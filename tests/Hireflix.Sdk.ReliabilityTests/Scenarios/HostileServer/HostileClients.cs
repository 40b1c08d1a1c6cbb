using Microsoft.Extensions.DependencyInjection;

namespace Hireflix.Sdk.Reliability.HostileServer;

/// <summary>
/// Clients registered exactly as users do, with the SDK's own primary handler (not the scenario harness's):
/// redirects and cookies are that handler's business, so a replaced handler would test nothing.
/// </summary>
public sealed class HostileClients : IDisposable
{
    public const string ApiKey = "hostile-canary-key-5d1f0c9e";
    public const string OtherTenantKey = "hostile-canary-key-other-tenant-8a2b";

    private readonly ServiceProvider _provider;

    public HostileClients(Uri endpoint, Action<HireflixClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddHireflix(o => Configure(o, ApiKey, endpoint, configure));
        services.AddHireflix("other-tenant", o => Configure(o, OtherTenantKey, endpoint, configure));
        _provider = services.BuildServiceProvider();
        Client = _provider.GetRequiredService<HireflixClient>();
        OtherTenant = _provider.GetRequiredKeyedService<HireflixClient>("other-tenant");
    }

    public HireflixClient Client { get; }

    /// <summary>A second company's client in the same process: same shared handler, its own key.</summary>
    public HireflixClient OtherTenant { get; }

    public void Dispose() => _provider.Dispose();

    private static void Configure(HireflixClientOptions options, string key, Uri endpoint, Action<HireflixClientOptions>? configure)
    {
        options.ApiKey = key;
        options.Endpoint = endpoint;
        options.RetryDelay = TimeSpan.FromMilliseconds(1);
        configure?.Invoke(options);
    }
}
