using Microsoft.Extensions.Configuration;

namespace Hireflix.Sdk.Tests.Registration;

/// <summary>Issue 17, finding 2: the response-size cap is an option, defaulted, validated and bindable.</summary>
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
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MaxResponseSize"] = "1048576" }).Build();
        var options = new HireflixClientOptions();

        HireflixOptionsBinder.Bind(section, options);

        options.MaxResponseSize.Should().Be(1_048_576);
        options.ToString().Should().Contain("MaxResponseSize = 1048576");
    }

    [Fact]
    public void A_value_that_is_not_a_number_names_the_key()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MaxResponseSize"] = "32MB" }).Build();

        var act = () => HireflixOptionsBinder.Bind(section, new HireflixClientOptions());

        act.Should().Throw<InvalidOperationException>().WithMessage("*Hireflix:MaxResponseSize*");
    }
}
