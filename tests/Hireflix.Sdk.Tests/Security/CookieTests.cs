using Hireflix.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using WireMock.ResponseBuilders;

namespace Hireflix.Sdk.Tests.Security;

/// <summary>
/// Issue 17, finding 6: every tenant's client shares one primary handler, and its cookie container sent one
/// tenant's <c>Set-Cookie</c> with the next tenant's requests. The SDK's own primary handler keeps no cookies.
/// </summary>
public sealed class CookieTests : IDisposable
{
    private readonly MockHireflix _mock = new();

    public CookieTests()
    {
        _mock.Server.Given(MockHireflix.ForOperation("GetPositions")).RespondWith(Response.Create()
            .WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithHeader("Set-Cookie", "session=acme-session-secret; Path=/")
            .WithBody(Responses.Positions));
    }

    [Fact]
    public async Task One_tenants_cookie_is_not_sent_with_another_tenants_requests()
    {
        var services = new ServiceCollection();
        services.AddHireflix("acme", o => { o.ApiKey = "acme-key"; o.Endpoint = _mock.Endpoint; });
        services.AddHireflix("globex", o => { o.ApiKey = "globex-key"; o.Endpoint = _mock.Endpoint; });
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<HireflixClient>("acme").Positions.ListAsync();
        await provider.GetRequiredKeyedService<HireflixClient>("globex").Positions.ListAsync();

        var second = _mock.Requests[1].RequestMessage;
        second.Headers!["X-API-KEY"].Should().Equal("globex-key");
        second.Headers.Should().NotContainKey("Cookie");
    }

    [Fact]
    public async Task A_user_supplied_primary_handler_keeps_the_users_cookie_choice()
    {
        var services = new ServiceCollection();
        services.AddHireflix(o => { o.ApiKey = "acme-key"; o.Endpoint = _mock.Endpoint; })
            .ConfigureHttpClient(b => b.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = true }));
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<HireflixClient>();

        await client.Positions.ListAsync();
        await client.Positions.ListAsync();

        _mock.Requests[1].RequestMessage.Headers!["Cookie"].Should().Equal("session=acme-session-secret");
    }

    public void Dispose() => _mock.Dispose();
}
