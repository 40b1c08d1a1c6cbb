using Hireflix.Sdk.Reliability.BadInput;
using Xunit.Abstractions;

namespace Hireflix.Sdk.ReliabilityTests;

/// <summary>Every public method × every invalid argument class: ArgumentException naming the parameter, zero requests.</summary>
[Trait("Category", "Reliability")]
public sealed class BadInputTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_invalid_argument_is_rejected_before_sending()
    {
        var summary = await BadInputScenario.RunAllAsync();

        output.WriteLine(summary.Line);
        foreach (var result in summary.Results.Where(r => !r.AsExpected))
        {
            output.WriteLine(result.ToString());
        }

        summary.Results.Should().HaveCountGreaterThan(200);
        summary.Results.Where(r => !r.AsExpected).Select(r => $"{r.Case.Name} (expected ParamName {r.Case.Param}): {r}").Should().BeEmpty();
    }
}
