using Hireflix.Sdk.Reliability.HostileServer;
using Xunit.Abstractions;

namespace Hireflix.Sdk.ReliabilityTests;

/// <summary>
/// Issue 17: a hostile server in front of the SDK (redirects elsewhere, endless or lying bodies, huge error lists,
/// absurd Retry-After, cookies). Each case is a regression test; the last test runs them all and measures memory.
/// </summary>
[Trait("Category", "Reliability")]
[Collection(TimingCollection.Name)]
public sealed class HostileServerTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases() => new(HostileCatalog.All(HostileServerSize.Small).Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_hostile_answer_ends_as_expected_without_leaking_the_key(string name)
    {
        var result = await HostileServerScenario.RunAsync(HostileCatalog.All(HostileServerSize.Small).Single(c => c.Name == name));

        output.WriteLine(result.ToString());
        result.KeyLeaks.Should().Be(0);
        result.Problem.Should().BeNull();
    }

    [Fact]
    public async Task The_whole_catalog_stays_within_its_memory_budget()
    {
        var result = await HostileServerScenario.RunAsync(HostileServerSize.Small);

        output.WriteLine(result.Line);
        result.Results.Where(r => !r.AsExpected).Select(r => r.ToString()).Should().BeEmpty();
        result.PeakGrowthMb.Should().BeLessThanOrEqualTo(HostileServerResult.PeakBudgetMb);
        result.RetainedMb.Should().BeLessThanOrEqualTo(HostileServerResult.RetainedBudgetMb);
    }
}
