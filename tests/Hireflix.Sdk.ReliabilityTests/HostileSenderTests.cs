using Hireflix.Sdk.Reliability.HostileSender;
using Xunit.Abstractions;

namespace Hireflix.Sdk.ReliabilityTests;

/// <summary>
/// Issue 17's hostile sender against the webhook endpoint, at a third of the report's size: every case as expected,
/// the memory the slow senders cost stays within a few MB, no secret in any log or response, no error-level log.
/// </summary>
[Trait("Category", "Reliability")]
[Collection(TimingCollection.Name)]
public sealed class HostileSenderTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Slow_oversized_forged_and_racing_deliveries_are_answered_as_expected_within_a_few_MB()
    {
        HostileSenderResult result = await HostileSenderScenario.RunAsync(stalled: 100, trickling: 60);

        output.WriteLine(result.Line);
        result.Cases.Where(c => !c.AsExpected).Select(c => c.ToString()).Should().BeEmpty();
        result.PeakGrowthMb.Should().BeLessThan(HostileSenderResult.MaxGrowthMb);
        result.Leaks.Should().Be(0);
        result.ErrorLogLines.Should().BeEmpty();
    }
}
