using Hireflix.Sdk.Reliability.Fuzzing;
using Xunit.Abstractions;

namespace Hireflix.Sdk.ReliabilityTests;

/// <summary>100,000 mutated responses through every generated operation's real parse path: a value or a HireflixException, nothing else.</summary>
[Trait("Category", "Reliability")]
public sealed class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_seed_is_a_valid_response()
    {
        FuzzScenario.CheckSeeds().Should().BeEmpty();
        var operations = Hireflix.Sdk.Operations.HireflixOperationCatalog.All.Select(o => o.Name.Split('[')[0]).Distinct();
        SeedResponses.All.Select(s => s.OperationName).Should().BeEquivalentTo(operations, "every generated operation is fuzzed");
    }

    [Fact]
    public void Mutated_responses_give_a_value_or_a_HireflixException()
    {
        var summary = FuzzScenario.Run();

        output.WriteLine(summary.Line);
        foreach (var m in Enum.GetValues<Mutation>())
        {
            output.WriteLine($"{m}: mutate {FuzzScenario.MutateTicks[(int)m] * 1000 / System.Diagnostics.Stopwatch.Frequency} ms, parse {FuzzScenario.ParseTicks[(int)m] * 1000 / System.Diagnostics.Stopwatch.Frequency} ms");
        }

        foreach (var finding in summary.Unexpected.DistinctBy(f => (f.OperationName, f.ExceptionType, f.Mutation)).Take(20))
        {
            output.WriteLine($"{finding.OperationName} {finding.Mutation} HTTP {finding.Status}: {finding.ExceptionType}: {finding.Message}\n  {finding.InputBase64}");
        }

        summary.Inputs.Should().BeGreaterThanOrEqualTo(FuzzScenario.RequiredInputs);
        summary.Unexpected.Select(f => $"{f.OperationName} {f.Mutation}: {f.ExceptionType}: {f.Message}").Distinct().Should().BeEmpty();
        summary.SlowestParse.Should().BeLessThan(FuzzScenario.HangLimit, "no input may make the parser hang");
    }

    [Fact]
    public void The_mutations_are_deterministic()
    {
        var a = new ResponseMutator(7);
        var b = new ResponseMutator(7);
        var seed = SeedResponses.All[7].Seeds[0];

        for (var i = 0; i < 200; i++)
        {
            a.Mutate(seed).Should().Equal(b.Mutate(seed));
        }
    }
}
