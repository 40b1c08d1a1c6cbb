using Hireflix.Sdk.Testing;
using Xunit.Abstractions;

namespace Hireflix.Sdk.SchemaTool.Tests;

/// <summary><c>check</c> over the SDK's real operation catalog (<c>HireflixOperationCatalog.All</c>), against the fake over loopback.</summary>
public sealed class CheckCatalogTests(ITestOutputHelper output)
{
    [Fact]
    public void The_tool_reads_the_sdks_operation_catalog()
    {
        var catalog = SdkOperationCatalog.TryLoad();

        catalog.Should().NotBeNull();
        catalog!.Select(o => o.Name).Should().Contain(["GetPositions", "GetInterview", "InviteCandidate", "ScoreInterview", "ClearInterviewScore", "ShareInterview"])
            .And.Contain(n => n.StartsWith("ListInterviewsByStage[", StringComparison.Ordinal));
        catalog.Should().OnlyContain(o => (o.Kind == "query" || o.Kind == "mutation") && o.Document.StartsWith(o.Kind + " ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_against_the_undrifted_fake_with_the_sdks_real_catalog_exits_0_and_prints_ok_for_every_operation()
    {
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { UseLoopback = true });
        var catalog = SdkOperationCatalog.TryLoad()!;

        var (exit, printed) = await CheckAsync(fake);

        exit.Should().Be(CheckCommand.Ok);
        printed.Should().Equal([.. catalog.Select(o => $"{o.Name}: ok"), $"All {catalog.Count} operations validate against {fake.Endpoint.GetLeftPart(UriPartial.Path)}."]);
    }

    [Fact]
    public async Task Check_against_a_drifted_fake_with_the_sdks_real_catalog_names_each_difference()
    {
        var drift = new FakeSchemaOptions { ValidationErrorStyle = FakeValidationErrorStyle.GraphQLJs }
            .RemoveField("InterviewType", "shortlistedAt")
            .RemoveField("PositionType", "updatedAt")
            .RenameType("PositionNotFoundError", "PositionMissingError")
            .ChangeInputFieldType("InterviewListPaginationInput", "lastCursor", "String!");
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { UseLoopback = true, Schema = drift });
        var catalog = SdkOperationCatalog.TryLoad()!;

        var (exit, printed) = await CheckAsync(fake);

        exit.Should().Be(CheckCommand.Differences);
        printed.Should().Contain("DeletePosition: ok").And.Contain("ShareInterview: ok");
        printed.Should().Contain(l => l.StartsWith("GetInterview: ", StringComparison.Ordinal) && l.Contains("\"shortlistedAt\"", StringComparison.Ordinal));
        printed.Should().Contain(l => l.StartsWith("GetPositions: ", StringComparison.Ordinal) && l.Contains("\"updatedAt\"", StringComparison.Ordinal));
        printed.Should().Contain(l => l.StartsWith("ArchivePosition: ", StringComparison.Ordinal) && l.Contains("PositionNotFoundError", StringComparison.Ordinal));
        printed.Should().Contain(l => l.StartsWith("ListInterviews: ", StringComparison.Ordinal) && l.Contains("$lastCursor", StringComparison.Ordinal));
        printed[^1].Should().EndWith($"of {catalog.Count} operations differ from {fake.Endpoint.GetLeftPart(UriPartial.Path)}.");
    }

    private async Task<(int Exit, string[] Printed)> CheckAsync(HireflixFakeServer fake)
    {
        var console = new StringWriter();
        var exit = await SchemaToolCommand.RunAsync(["check", "--endpoint", fake.Endpoint.ToString(), "--api-key", fake.ApiKey], console, CancellationToken.None);
        output.WriteLine(console.ToString());
        return (exit, console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
