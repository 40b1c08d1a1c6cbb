using Hireflix.Sdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Hireflix.Sdk.Generators.Tests;

/// <summary>Editing one operation file must not redo the work for operations and fragments in other files.</summary>
public sealed class IncrementalTests
{
    private const string PositionsFile = """
        fragment Card on PositionType {
          id
          name
        }

        query GetPositions {
          positions {
            ...Card
          }
        }
        """;

    private const string InterviewFile = """
        query GetInterview($id: String!) {
          interview(id: $id) {
            id
          }
        }
        """;

    [Fact]
    public void Editing_one_operation_file_leaves_the_other_operation_cached()
    {
        var positions = InMemoryAdditionalText.Operations("/repo/Operations/Positions.graphql", PositionsFile);
        var interview = InMemoryAdditionalText.Operations("/repo/Operations/Interview.graphql", InterviewFile);
        var texts = new List<InMemoryAdditionalText> { GeneratorHarness.RealSchema(), positions, interview };
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(texts).RunGenerators(compilation);
        driver.GetRunResult().Diagnostics.Should().BeEmpty();

        var edited = InMemoryAdditionalText.Operations(interview.Path, InterviewFile.Replace("    id\n", "    id\n    hash\n", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(interview, edited).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        result.Diagnostics.Should().BeEmpty();
        result.GeneratedSources.Single(s => s.HintName == "GetInterviewQuery.g.cs").SourceText.ToString().Should().Contain("Hash");

        Reasons(result, HireflixGenerator.Steps.OperationEmit, "GetPositionsQuery.g.cs").Should().OnlyContain(r => IsCached(r));
        Reasons(result, HireflixGenerator.Steps.OperationEmit, "GetInterviewQuery.g.cs").Should().Contain(IncrementalStepRunReason.Modified);
        Reasons(result, HireflixGenerator.Steps.FragmentEmit, "Models.Card.g.cs").Should().OnlyContain(r => IsCached(r));
        OperationCompileReasons(result, "GetPositions").Should().NotBeEmpty().And.OnlyContain(r => IsCached(r));
        result.TrackedSteps[HireflixGenerator.Steps.Schema].SelectMany(s => s.Outputs).Should().OnlyContain(o => IsCached(o.Reason));
    }

    [Fact]
    public void Rerunning_without_changes_caches_every_emit_step()
    {
        var texts = GeneratedCodeCompilesTests.RealInputs();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(texts).RunGenerators(compilation).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        result.TrackedSteps[HireflixGenerator.Steps.OperationEmit].SelectMany(s => s.Outputs).Should().HaveCount(result.GeneratedSources.Count(s => s.HintName.EndsWith("Query.g.cs", StringComparison.Ordinal) || s.HintName.EndsWith("Mutation.g.cs", StringComparison.Ordinal)))
            .And.OnlyContain(o => IsCached(o.Reason));
        result.TrackedSteps[HireflixGenerator.Steps.FragmentEmit].SelectMany(s => s.Outputs).Should().OnlyContain(o => IsCached(o.Reason));
    }

    private static bool IsCached(IncrementalStepRunReason reason) => StepReasons.IsCached(reason);

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step, string hintName) => StepReasons.For(result, step, hintName);

    private static List<IncrementalStepRunReason> OperationCompileReasons(GeneratorRunResult result, string operationName) =>
        result.TrackedSteps[HireflixGenerator.Steps.OperationCompile]
            .SelectMany(s => s.Outputs)
            .Where(o => o.Value?.ToString()?.Contains($"Name = {operationName},", StringComparison.Ordinal) == true)
            .Select(o => o.Reason)
            .ToList();
}
