using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hireflix.Sdk.Tests.Registration;

/// <summary>The response-size cap is an option, defaulted, validated and bindable; and every option binds from configuration.</summary>
public sealed class MaxResponseSizeOptionTests
{
    [Fact]
    public void The_default_is_32_MiB()
    {
        new HireflixClientOptions().MaxResponseSize.Should().Be(32 * 1024 * 1024).And.Be(HireflixClientOptions.DefaultMaxResponseSize);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1023)]
    [InlineData(int.MaxValue)]
    public void Out_of_range_values_are_rejected_with_a_message_naming_the_option(int bytes)
    {
        var errors = HireflixClientOptionsValidator.Check(new HireflixClientOptions { ApiKey = "k", MaxResponseSize = bytes });

        errors.Should().ContainSingle().Which.Should().Contain("Hireflix:MaxResponseSize");
    }

    [Fact]
    public void It_binds_from_configuration_and_shows_in_ToString()
    {
        var options = Bound(new Dictionary<string, string?> { ["Hireflix:ApiKey"] = "k", ["Hireflix:MaxResponseSize"] = "1048576" });

        options.MaxResponseSize.Should().Be(1_048_576);
        options.ToString().Should().Contain("MaxResponseSize = 1048576");
    }

    [Fact]
    public void A_value_that_is_not_a_number_names_the_key()
    {
        var act = () => Bound(new Dictionary<string, string?> { ["Hireflix:ApiKey"] = "k", ["Hireflix:MaxResponseSize"] = "32MB" });

        act.Should().Throw<InvalidOperationException>().WithMessage("*Hireflix:MaxResponseSize*");
    }

    [Fact]
    public void Every_option_binds_from_configuration()
    {
        var options = Bound(new Dictionary<string, string?>
        {
            ["Hireflix:ApiKey"] = "from-config",
            ["Hireflix:Endpoint"] = "https://hireflix.example/me",
            ["Hireflix:AttemptTimeout"] = "00:00:07",
            ["Hireflix:TotalTimeout"] = "00:01:30",
            ["Hireflix:MaxRetries"] = "5",
            ["Hireflix:RetryDelay"] = "00:00:00.250",
            ["Hireflix:MaxResponseSize"] = "2048",
            ["Hireflix:LogContent"] = "true",
        });

        options.ApiKey.Should().Be("from-config");
        options.Endpoint.Should().Be(new Uri("https://hireflix.example/me"));
        options.AttemptTimeout.Should().Be(TimeSpan.FromSeconds(7));
        options.TotalTimeout.Should().Be(TimeSpan.FromSeconds(90));
        options.MaxRetries.Should().Be(5);
        options.RetryDelay.Should().Be(TimeSpan.FromMilliseconds(250));
        options.MaxResponseSize.Should().Be(2048);
        options.LogContent.Should().BeTrue();
    }

    /// <summary>The options as AddHireflix(configuration) binds them for the default client.</summary>
    private static HireflixClientOptions Bound(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddHireflix(configuration.GetSection("Hireflix"));
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptionsMonitor<HireflixClientOptions>>().Get(Options.DefaultName);
    }
}
