using Hireflix.Sdk.Reliability.Cancellation;
using Hireflix.Sdk.Reliability.Infrastructure;
using Xunit.Abstractions;

namespace Hireflix.Sdk.ReliabilityTests;

public sealed class CancellationFixture : IAsyncLifetime
{
    public CancellationScenario Scenario { get; private set; } = null!;

    public async Task InitializeAsync() => Scenario = await CancellationScenario.StartAsync();

    public async Task DisposeAsync() => await Scenario.DisposeAsync();
}

/// <summary>Cancellation ends every operation within a second, wherever it is; TotalTimeout ends unanswered calls.</summary>
[Trait("Category", "Reliability")]
[Collection(TimingCollection.Name)]
public sealed class CancellationTests(CancellationFixture fixture, ITestOutputHelper output) : IClassFixture<CancellationFixture>
{
    public static TheoryData<SdkOperation, CancelPhase> Cases()
    {
        var data = new TheoryData<SdkOperation, CancelPhase>();
        foreach (var (operation, phase) in CancellationScenario.Cases().Where(c => c.Phase < CancelPhase.TotalTimeoutStalledRequest))
        {
            data.Add(operation, phase);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_call_ends_promptly_with_the_right_exception(SdkOperation operation, CancelPhase phase)
    {
        var result = await fixture.Scenario.RunAsync(operation, phase);

        output.WriteLine(result.ToString());
        result.Problems.Should().BeEmpty(result.ToString());
    }

    [Fact]
    public async Task TotalTimeout_ends_every_operation_the_server_never_answers()
    {
        // All at once: each case waits TotalTimeout of real time, so running them one by one would take 20 s.
        var cases = CancellationScenario.Cases().Where(c => c.Phase >= CancelPhase.TotalTimeoutStalledRequest).ToList();

        var results = await Task.WhenAll(cases.Select(c => fixture.Scenario.RunAsync(c.Operation, c.Phase)));

        foreach (var result in results)
        {
            output.WriteLine(result.ToString());
        }

        results.Should().HaveCount(2 * Enum.GetValues<SdkOperation>().Length);
        results.Where(r => !r.AsExpected).Select(r => r.ToString()).Should().BeEmpty();
    }
}

/// <summary>Tests that measure real time run alone, after the parallel ones, so the 2-core machine is not shared.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Real-time measurements";
}
