using Hireflix.Sdk.Reliability.FaultMatrix;
using Hireflix.Sdk.Reliability.Infrastructure;
using Xunit.Abstractions;

namespace Hireflix.Sdk.ReliabilityTests;

/// <summary>One fake server and one fault front for the whole matrix (cells of a class run one at a time).</summary>
public sealed class FaultMatrixFixture : IAsyncLifetime
{
    public FaultMatrixScenario Scenario { get; private set; } = null!;

    public async Task InitializeAsync() => Scenario = await FaultMatrixScenario.StartAsync();

    public async Task DisposeAsync() => await Scenario.DisposeAsync();
}

/// <summary>Every public operation × every fault: the outcome, the attempts the server saw, and no duplicated side effect.</summary>
[Trait("Category", "Reliability")]
public sealed class FaultMatrixTests(FaultMatrixFixture fixture, ITestOutputHelper output) : IClassFixture<FaultMatrixFixture>
{
    public static TheoryData<SdkOperation, FaultKind, FaultMode> Cells()
    {
        var data = new TheoryData<SdkOperation, FaultKind, FaultMode>();
        foreach (var (operation, fault, mode) in FaultMatrixScenario.Cells())
        {
            data.Add(operation, fault, mode);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Cell_behaves_as_the_retry_table_says(SdkOperation operation, FaultKind fault, FaultMode mode)
    {
        var result = await fixture.Scenario.RunCellAsync(operation, fault, mode);

        output.WriteLine(result.ToString());
        result.DuplicateSideEffect.Should().BeFalse("one call never creates two interviews, e-mails or comments");
        result.Problems.Should().BeEmpty(result.ToString());
    }

    [Fact]
    public void The_matrix_covers_every_operation_and_fault()
    {
        var cells = FaultMatrixScenario.Cells().ToList();

        cells.Select(c => c.Operation).Distinct().Should().HaveCount(Enum.GetValues<SdkOperation>().Length);
        cells.Select(c => c.Fault).Distinct().Should().HaveCount(Enum.GetValues<FaultKind>().Length);
        cells.Should().HaveCountGreaterThan(550);
    }
}
