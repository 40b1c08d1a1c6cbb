using Hireflix.Sdk.Testing.Tests.Infrastructure;

namespace Hireflix.Sdk.Testing.Tests;

public sealed class SmokeTests
{
    [Fact]
    public async Task Positions_are_listed()
    {
        await using var fake = await HireflixFakeServer.StartAsync();
        var id = fake.SeedPosition("Backend Engineer");
        using var http = fake.CreateClient();
        var response = await http.OperationAsync("GetPositions");
        var data = response.ShouldSucceed();
        data.GetProperty("positions")[0].GetProperty("id").GetString().Should().Be(id);
    }
}
