using Hireflix.Sdk.Reliability.Drift;
using Hireflix.Sdk.Testing;
using Xunit.Abstractions;

namespace Hireflix.Sdk.ReliabilityTests;

/// <summary>Issue 11's drift matrix and the proven-only projection: each cell succeeds with one extra request the first time or fails typed after one.</summary>
[Trait("Category", "Reliability")]
public sealed class DriftMatrixTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_drift_cell_succeeds_after_one_extra_request_or_fails_typed_after_one()
    {
        var summary = await DriftScenario.RunAllAsync();

        foreach (var result in summary.Results)
        {
            output.WriteLine(result.ToString());
        }

        output.WriteLine($"{summary.Line} ({summary.Elapsed.TotalSeconds:F1} s)");
        summary.DuplicateSideEffects.Should().Be(0);
        summary.Results.Where(r => !r.AsExpected).Select(r => r.ToString()).Should().BeEmpty();
        summary.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(90), "the matrix runs in memory (about 25 s on a loaded 2-core machine)");
    }

    [Fact]
    public void The_matrix_covers_every_weak_field_every_object_type_and_the_must_fail_cells()
    {
        var cells = DriftScenario.Cells();
        var names = cells.Select(c => c.Name).ToList();

        DriftScenario.WeakFields().Should().NotBeEmpty().And.OnlyContain(f => names.Contains($"remove {f}"));
        DriftScenario.ObjectTypes().Should().Contain(["InterviewType", "PositionType", "CandidateType", "ScorerType"]).And.OnlyContain(t => names.Contains($"rename {t}"));
        names.Should().Contain(n => n.StartsWith("remove all ", StringComparison.Ordinal)).And.Contain(n => n.StartsWith("rename all ", StringComparison.Ordinal));
        cells.Should().Contain(c => c.Probes.Any(p => !p.Expect.Succeeds && p.Expect.Names == "$lastCursor"))
            .And.Contain(c => c.Probes.Any(p => !p.Expect.Succeeds && p.Expect.Names == "metadata"))
            .And.Contain(c => c.Probes.Any(p => !p.Expect.Succeeds && p.Expect.Names == "MutationArchivePositionSuccess"));
        cells.Should().OnlyContain(c => c.Probes.Count > 0);
    }

    [Fact]
    public void Every_weak_field_the_sdk_selects_is_one_it_can_do_without()
    {
        DriftScenario.WireNames
            .Where(n => n.Kind == "field" && n.Tier is "WRAPPER" or "INFERRED" && !n.Optional)
            .Should().BeEmpty();
    }

    [Theory]
    [InlineData(false, FakeValidationErrorStyle.GraphQLNet)]
    [InlineData(false, FakeValidationErrorStyle.GraphQLJs)]
    [InlineData(true, FakeValidationErrorStyle.GraphQLNet)]
    [InlineData(true, FakeValidationErrorStyle.GraphQLJs)]
    public async Task Every_operation_succeeds_against_the_proven_only_projection(bool loopback, FakeValidationErrorStyle style)
    {
        var results = await ProvenOnlyScenario.RunAsync(loopback, style);

        foreach (var result in results)
        {
            output.WriteLine(result.ToString());
        }

        results.Select(r => r.Call).Should().BeEquivalentTo(DriftCalls.Public);
        results.Where(r => !r.AsExpected).Select(r => r.ToString()).Should().BeEmpty();
        results.Should().OnlyContain(r => !r.Outcome.DuplicateSideEffect);
        results.Single(r => r.Call == DriftCall.InterviewsInvite).Outcome.InterviewsCreated.Should().Be(2, "one interview per invite (two invites)");
        results.Single(r => r.Call == DriftCall.InterviewsInvite).Outcome.EmailsSent.Should().Be(2, "one e-mail per invite");
        results.Single(r => r.Call == DriftCall.InterviewsComment).Outcome.CommentsAdded.Should().Be(2, "one comment per comment call");
        results.Where(r => r.Call != DriftCall.PositionsDelete).Should().OnlyContain(r => r.ExpectedExtra == 1, "every document but delete selects an unproven field");
    }
}
