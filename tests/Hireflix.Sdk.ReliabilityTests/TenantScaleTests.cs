using Hireflix.Sdk.Reliability.TenantScale;
using Xunit.Abstractions;

namespace Hireflix.Sdk.ReliabilityTests;

/// <summary>Issue 14: many tenants over one handler pool stay bounded in connections (figures in the report, not timed here).</summary>
[Trait("Category", "Reliability")]
[Collection(TimingCollection.Name)]
public sealed class TenantScaleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Callers_acting_for_thousands_of_tenants_share_a_bounded_number_of_connections()
    {
        TenantScaleResult result = await TenantScaleScenario.RunAsync(tenants: 2_000, calls: 4_000);

        output.WriteLine(result.Line);
        result.FailureSamples.Should().BeEmpty();
        result.Connections.Should().BeLessThanOrEqualTo(2 * TenantScaleScenario.Callers, "every tenant's client uses the one shared pool");
    }
}
