using Hireflix.Sdk.Transport;

namespace Hireflix.Sdk;

internal sealed class HireflixClientFactory(HireflixTransport transport, HireflixClientOptions defaults) : IHireflixClientFactory
{
    public HireflixClient CreateClient(string apiKey)
    {
        HireflixArgument.ApiKey(apiKey);
        var options = defaults.Clone();
        options.ApiKey = apiKey;
        return new HireflixClient(new HireflixConnection(transport, options));
    }
}
