using Hireflix.Sdk.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Hireflix.Sdk.Tests.Security;

/// <summary>
/// Issue 17, finding 1: .NET strips only <c>Authorization</c> when it follows a redirect, so a followed 3xx carried
/// X-API-KEY (and the GraphQL body) to whatever host the Location named. Redirects are not followed.
/// </summary>
public sealed class RedirectTests : IDisposable
{
    private readonly MockHireflix _endpoint = new();
    private readonly MockHireflix _elsewhere = new();

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task A_redirect_is_not_followed_and_names_only_the_targets_scheme_and_host(int status)
    {
        var target = new Uri(_elsewhere.Endpoint, "/steal/private-path?token=location-secret");
        _endpoint.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Location", target.ToString()));
        _elsewhere.Respond("GetPositions", Responses.Positions);
        using var clients = new TestClients(_endpoint.Endpoint);

        var error = await Record.ExceptionAsync(() => clients.Client.Positions.ListAsync());

        _elsewhere.Requests.Should().BeEmpty("the key never goes anywhere but the configured endpoint");
        var http = error.Should().BeOfType<HireflixHttpException>().Which;
        ((int)http.StatusCode).Should().Be(status);
        http.Message.Should().Contain($"HTTP {status}").And.Contain($"{target.Scheme}://{target.Host}:{target.Port}");
        http.ToString().Should().NotContain("location-secret").And.NotContain("private-path").And.NotContain(TestIds.ApiKey);
        _endpoint.Requests.Should().HaveCount(1, "a redirect is not a transient failure: no retry");
    }

    [Fact]
    public async Task A_client_without_dependency_injection_does_not_follow_a_redirect_either()
    {
        _endpoint.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", _elsewhere.Endpoint.ToString()));
        _elsewhere.Respond("GetPositions", Responses.Positions);
        using var client = new HireflixClient(new HireflixClientOptions { ApiKey = TestIds.ApiKey, Endpoint = _endpoint.Endpoint });

        var error = await Record.ExceptionAsync(() => client.Positions.ListAsync());

        error.Should().BeOfType<HireflixHttpException>();
        _elsewhere.Requests.Should().BeEmpty();
        _endpoint.Requests.Should().HaveCount(1);
    }

    public void Dispose()
    {
        _endpoint.Dispose();
        _elsewhere.Dispose();
    }
}
