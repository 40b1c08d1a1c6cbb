using Microsoft.Extensions.DependencyInjection;

namespace Hireflix.Sdk;

internal sealed class HireflixBuilder(IServiceCollection services, string name, IHttpClientBuilder httpClient) : IHireflixBuilder
{
    public IServiceCollection Services { get; } = services;

    public string Name { get; } = name;

    public IHireflixBuilder ConfigureHttpClient(Action<IHttpClientBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(httpClient);
        return this;
    }
}
