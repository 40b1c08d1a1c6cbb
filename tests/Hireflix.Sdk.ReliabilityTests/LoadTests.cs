using Hireflix.Sdk.Reliability.Load;
using Xunit.Abstractions;

namespace Hireflix.Sdk.ReliabilityTests;

/// <summary>Concurrent callers mixing every operation: no failure, sockets reused, the fake's state matches the calls.</summary>
[Trait("Category", "Reliability")]
[Collection(TimingCollection.Name)]
public sealed class LoadTests(ITestOutputHelper output)
{
    /// <summary>The report command runs 20,000; the test run keeps to 2,000.</summary>
    public const int Calls = 2_000;

    [Fact]
    public async Task Many_concurrent_calls_succeed_on_reused_connections()
    {
        var result = await LoadScenario.RunAsync(Calls);

        output.WriteLine(result.Line);
        result.FailureSamples.Should().BeEmpty();
        result.Failures.Should().Be(0);
        result.StateMismatches.Should().BeEmpty();
        result.PerOperation.Should().HaveCount(Enum.GetValues<Reliability.Infrastructure.SdkOperation>().Length);
        result.Connections.Should().BeLessThanOrEqualTo(2 * LoadScenario.Callers, "connections are pooled and reused, one per concurrent request at most");
    }
}
