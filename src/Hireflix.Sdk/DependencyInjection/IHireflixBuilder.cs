using Microsoft.Extensions.DependencyInjection;

namespace Hireflix.Sdk;

/// <summary>Returned by <c>AddHireflix</c>: customise the registration further.</summary>
public interface IHireflixBuilder
{
    /// <summary>The service collection the client was added to.</summary>
    IServiceCollection Services { get; }

    /// <summary>The registration's name: <see cref="Microsoft.Extensions.Options.Options.DefaultName"/> (empty) for the default client, else the service key.</summary>
    string Name { get; }

    /// <summary>
    /// Customises the HttpClient every Hireflix client of the process shares: add handlers, change the primary
    /// handler (e.g. a fake server's), or reconfigure resilience.
    /// </summary>
    /// <remarks>
    /// The SDK's own primary handler follows no redirects and keeps no cookies, so the API key stays with the endpoint
    /// and one tenant's cookies never ride on another's requests. A primary handler you supply replaces it and keeps
    /// your settings: set <c>AllowAutoRedirect = false</c> and <c>UseCookies = false</c> on it unless you mean otherwise.
    /// </remarks>
    /// <param name="configure">Receives the named client's builder.</param>
    /// <returns>This builder.</returns>
    IHireflixBuilder ConfigureHttpClient(Action<IHttpClientBuilder> configure);
}
