using Hireflix.Sdk.Reliability.Secrets;
using Xunit.Abstractions;

namespace Hireflix.Sdk.ReliabilityTests;

/// <summary>The canary key appears nowhere; candidate data only in the opt-in content log.</summary>
[Trait("Category", "Reliability")]
[Collection(TimingCollection.Name)]
public sealed class SecretsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_key_and_candidate_data_appear_nowhere_by_default()
    {
        var result = await SecretsScenario.RunAsync(logContent: false);

        Report(result);
        result.LogLines.Should().BeGreaterThan(100);
        result.ActivityTags.Should().BeGreaterThan(0);
        result.MetricTags.Should().BeGreaterThan(0);
        result.Leaks.Select(l => $"{l.Canary} in {l.Where}: {l.Text}").Should().BeEmpty();
    }

    [Fact]
    public async Task With_LogContent_candidate_data_is_logged_but_the_key_still_is_not()
    {
        var result = await SecretsScenario.RunAsync(logContent: true);

        Report(result);
        result.ContentSeen.Should().BeTrue("the user asked for content logging");
        result.Leaks.Select(l => $"{l.Canary} in {l.Where}: {l.Text}").Should().BeEmpty();
    }

    private void Report(SecretsResult result)
    {
        output.WriteLine(result.ToString());
        foreach (var leak in result.Leaks.Take(20))
        {
            output.WriteLine($"{leak.Canary} in {leak.Where}: {leak.Text}");
        }
    }
}
