using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hireflix.Sdk.AspNetCore.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public async Task Starting_without_a_secret_fails_with_a_clear_message()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddHireflixWebhooks(_ => { });
        await using WebApplication app = builder.Build();
        app.MapHireflixWebhooks("/webhooks/hireflix", (_, _, _) => Task.CompletedTask);

        var exception = await FluentActions.Awaiting(() => app.StartAsync()).Should().ThrowAsync<OptionsValidationException>();

        exception.Which.Message.Should().Contain("no secret is configured").And.Contain("Secrets");
    }

    [Fact]
    public void Invalid_limits_and_blank_secrets_are_each_reported()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddHireflixWebhooks(o =>
            {
                o.Secrets.Add("ok");
                o.Secrets.Add(" ");
                o.MaxBodyBytes = 0;
                o.DeduplicationWindow = TimeSpan.Zero;
            })
            .BuildServiceProvider();

        var exception = FluentActions.Invoking(() => provider.GetRequiredService<IOptions<HireflixWebhookOptions>>().Value)
            .Should().Throw<OptionsValidationException>().Which;

        exception.Failures.Should().HaveCount(3);
        exception.Message.Should().Contain("Secrets[1] is empty").And.Contain("MaxBodyBytes").And.Contain("DeduplicationWindow");
    }

    [Fact]
    public void Options_bind_from_a_configuration_section()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Hireflix:Webhooks:Secrets:0"] = "new",
                ["Hireflix:Webhooks:Secrets:1"] = "old",
                ["Hireflix:Webhooks:MaxBodyBytes"] = "2048",
                ["Hireflix:Webhooks:DeduplicationWindow"] = "02:00:00",
            })
            .Build();

        using ServiceProvider provider = new ServiceCollection()
            .AddHireflixWebhooks(configuration.GetSection("Hireflix:Webhooks"))
            .BuildServiceProvider();
        HireflixWebhookOptions options = provider.GetRequiredService<IOptions<HireflixWebhookOptions>>().Value;

        options.Secrets.Should().Equal("new", "old");
        options.MaxBodyBytes.Should().Be(2048);
        options.DeduplicationWindow.Should().Be(TimeSpan.FromHours(2));
        provider.GetRequiredService<IHireflixWebhookDeduplicationStore>().Should().BeOfType<InMemoryHireflixWebhookDeduplicationStore>();
    }

    [Fact]
    public void Mapping_without_registration_or_without_a_DI_handler_fails_at_startup()
    {
        WebApplication bare = WebApplication.CreateSlimBuilder().Build();
        FluentActions.Invoking(() => bare.MapHireflixWebhooks("/w", (_, _, _) => Task.CompletedTask))
            .Should().Throw<InvalidOperationException>().WithMessage("*AddHireflixWebhooks*");

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddHireflixWebhooks(o => o.Secrets.Add("s"));
        WebApplication registered = builder.Build();
        FluentActions.Invoking(() => registered.MapHireflixWebhooks("/w"))
            .Should().Throw<InvalidOperationException>().WithMessage("*IHireflixWebhookHandler*");
    }
}
