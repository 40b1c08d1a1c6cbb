using Hireflix.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hireflix.Sdk.Tests.Registration;

public sealed class RegistrationTests : IDisposable
{
    private readonly MockHireflix _mock = new();

    [Fact]
    public void A_missing_api_key_fails_at_start_with_a_clear_message()
    {
        var services = new ServiceCollection();
        services.AddHireflix(_ => { });
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<HireflixClient>();

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("Hireflix:ApiKey is required");
    }

    [Fact]
    public void Bad_timeouts_and_endpoint_are_reported_together()
    {
        var errors = HireflixClientOptionsValidator.Check(new HireflixClientOptions
        {
            ApiKey = "k",
            Endpoint = new Uri("/relative", UriKind.Relative),
            AttemptTimeout = TimeSpan.FromSeconds(30),
            TotalTimeout = TimeSpan.FromSeconds(10),
            MaxRetries = -1,
        });

        errors.Should().HaveCount(3);
        errors.Should().Contain(e => e.Contains("Endpoint")).And.Contain(e => e.Contains("TotalTimeout")).And.Contain(e => e.Contains("MaxRetries"));
    }

    [Fact]
    public async Task Configuration_section_binding_sends_the_configured_key_to_the_configured_endpoint()
    {
        _mock.Respond("GetPositions", Responses.Positions);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hireflix:ApiKey"] = "config-key",
            ["Hireflix:Endpoint"] = _mock.Endpoint.ToString(),
            ["Hireflix:AttemptTimeout"] = "00:00:05",
            ["Hireflix:MaxRetries"] = "2",
        }).Build();
        var services = new ServiceCollection();
        services.AddHireflix(configuration.GetSection("Hireflix"));
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<HireflixClient>().Positions.ListAsync();

        _mock.Requests.Single().RequestMessage.Headers!["X-API-KEY"].Should().Equal("config-key");
        var options = provider.GetRequiredService<IOptionsMonitor<HireflixClientOptions>>().CurrentValue;
        options.AttemptTimeout.Should().Be(TimeSpan.FromSeconds(5));
        options.MaxRetries.Should().Be(2);
    }

    [Fact]
    public async Task Keyed_clients_and_runtime_keys_share_one_pipeline_and_send_their_own_key()
    {
        _mock.Respond("GetPositions", Responses.Positions);
        var services = new ServiceCollection();
        services.AddHireflix(o => { o.ApiKey = "default-key"; o.Endpoint = _mock.Endpoint; });
        services.AddHireflix("acme", o => { o.ApiKey = "acme-key"; o.Endpoint = _mock.Endpoint; });
        services.AddHireflix("globex", o => { o.ApiKey = "globex-key"; o.Endpoint = _mock.Endpoint; });
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<HireflixClient>().Positions.ListAsync();
        await provider.GetRequiredKeyedService<HireflixClient>("acme").Positions.ListAsync();
        await provider.GetRequiredKeyedService<HireflixClient>("globex").Positions.ListAsync();
        await provider.GetRequiredService<IHireflixClientFactory>().CreateClient("runtime-key").Positions.ListAsync();

        _mock.Requests.Select(r => r.RequestMessage.Headers!["X-API-KEY"].Single()).Should().Equal("default-key", "acme-key", "globex-key", "runtime-key");
        provider.GetRequiredService<HireflixClient>().Should().BeSameAs(provider.GetRequiredService<HireflixClient>());
    }

    [Fact]
    public async Task A_host_validates_the_options_when_it_starts_not_at_the_first_call()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddHireflix(o => o.Endpoint = new Uri("ftp://example.com/me"));
        using var host = builder.Build();

        var start = () => host.StartAsync();

        var thrown = (await start.Should().ThrowAsync<OptionsValidationException>()).Which;
        thrown.Message.Should().Contain("Hireflix:ApiKey is required").And.Contain("Endpoint");
    }

    [Fact]
    public async Task Only_keyed_registrations_start_a_host_without_a_default_key()
    {
        // Validation at start covers every registered name: a default-key check would fail here, as nothing set one.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddHireflix("acme", o => o.ApiKey = "acme-key");
        using var host = builder.Build();

        await host.StartAsync();

        host.Services.GetRequiredKeyedService<HireflixClient>("acme").Should().NotBeNull();
        await host.StopAsync();
    }

    [Fact]
    public async Task A_keyed_registration_without_its_key_stops_the_host_from_starting()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddHireflix("acme", o => o.ApiKey = "acme-key");
        builder.Services.AddHireflix("globex", _ => { });
        using var host = builder.Build();

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.OptionsName.Should().Be("globex");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("has space")]
    public void The_runtime_key_factory_rejects_bad_keys(string? key)
    {
        var services = new ServiceCollection();
        services.AddHireflix(o => o.ApiKey = "k");
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IHireflixClientFactory>().CreateClient(key!);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("apiKey");
    }

    [Fact]
    public async Task A_client_without_dependency_injection_works_and_validates_its_options()
    {
        _mock.Respond("GetPositions", Responses.Positions);
        using var client = new HireflixClient(new HireflixClientOptions { ApiKey = "plain-key", Endpoint = _mock.Endpoint });

        (await client.Positions.ListAsync()).Should().HaveCount(2);

        var act = () => new HireflixClient(new HireflixClientOptions());
        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("ApiKey");
    }

    [Fact]
    public void Options_ToString_redacts_the_key()
    {
        var text = new HireflixClientOptions { ApiKey = TestIds.ApiKey }.ToString();

        text.Should().NotContain(TestIds.ApiKey).And.Contain("***");
    }

    public void Dispose() => _mock.Dispose();
}
