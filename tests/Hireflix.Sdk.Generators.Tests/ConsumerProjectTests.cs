using Hireflix.Sdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Hireflix.Sdk.Generators.Tests;

/// <summary>
/// The generator as it runs in a user's project (from the package): the user's namespace, their own files next to each
/// other, nothing at all without operation files, and <c>@idempotent</c> mutations.
/// </summary>
public sealed class ConsumerProjectTests
{
    private const string Namespace = "MyAts.Hireflix";

    private const string DevicesFile = """
        query InterviewDevices($id: String!) {
          interview(id: $id) {
            id
            ipAddresses
            userAgents
          }
        }
        """;

    private const string PositionsFile = """
        fragment Role on PositionType {
          id
          name
        }

        query Roles {
          positions {
            ...Role
          }
        }
        """;

    private const string RenameFile = """
        mutation RenameRole($id: String!, $name: String!) @idempotent {
          Position(id: $id) {
            save(position: { name: $name }) {
              id
              name
            }
          }
        }
        """;

    private static List<InMemoryAdditionalText> UserFiles() =>
    [
        GeneratorHarness.RealSchema(),
        InMemoryAdditionalText.Operations("/app/Hireflix/Devices.graphql", DevicesFile),
        InMemoryAdditionalText.Operations("/app/Hireflix/Positions.graphql", PositionsFile),
        InMemoryAdditionalText.Operations("/app/Hireflix/Rename.graphql", RenameFile),
    ];

    [Fact]
    public void Users_operations_compile_in_their_namespace_against_the_public_runtime_contract_only()
    {
        var texts = UserFiles();
        var driver = GeneratorHarness.CreateDriver(texts, rootNamespace: "MyAts", hireflixNamespace: Namespace);
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out var diagnostics);

        diagnostics.Should().BeEmpty();
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).Should().BeEmpty();
        output.GetTypeByMetadataName(Namespace + ".Operations.InterviewDevicesQuery").Should().NotBeNull();
        output.GetTypeByMetadataName(Namespace + ".Models.Role").Should().NotBeNull();
        var generated = string.Join("\n", driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()));
        generated.Should().NotContain("global::MyAts.Hireflix.Transport").And.NotContain("global::MyAts.Hireflix.Operations.GraphQLJson")
            .And.Contain("global::Hireflix.Sdk.Operations.GraphQLJson.");
    }

    [Fact]
    public void Editing_one_user_file_leaves_the_other_files_cached()
    {
        var texts = UserFiles();
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(texts, rootNamespace: "MyAts", hireflixNamespace: Namespace).RunGenerators(compilation);
        driver.GetRunResult().Diagnostics.Should().BeEmpty();

        var devices = texts[1];
        var edited = InMemoryAdditionalText.Operations(devices.Path, DevicesFile.Replace("    userAgents\n", "    userAgents\n    thumbnails\n", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(devices, edited).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        result.Diagnostics.Should().BeEmpty();
        result.GeneratedSources.Single(s => s.HintName == "InterviewDevicesQuery.g.cs").SourceText.ToString().Should().Contain("Thumbnails");
        StepReasons.For(result, HireflixGenerator.Steps.OperationEmit, "InterviewDevicesQuery.g.cs").Should().Contain(IncrementalStepRunReason.Modified);
        StepReasons.For(result, HireflixGenerator.Steps.OperationEmit, "RolesQuery.g.cs").Should().OnlyContain(r => StepReasons.IsCached(r));
        StepReasons.For(result, HireflixGenerator.Steps.OperationEmit, "RenameRoleMutation.g.cs").Should().OnlyContain(r => StepReasons.IsCached(r));
        StepReasons.For(result, HireflixGenerator.Steps.FragmentEmit, "Models.Role.g.cs").Should().OnlyContain(r => StepReasons.IsCached(r));
        result.TrackedSteps[HireflixGenerator.Steps.Schema].SelectMany(s => s.Outputs).Should().OnlyContain(o => StepReasons.IsCached(o.Reason));
    }

    [Fact]
    public void Without_operation_files_nothing_is_generated_reported_or_loaded()
    {
        var texts = new List<InMemoryAdditionalText> { GeneratorHarness.RealSchema() };

        var result = GeneratorHarness.CreateDriver(texts, rootNamespace: "MyAts").RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        result.GeneratedSources.Should().BeEmpty();
        result.Diagnostics.Should().BeEmpty();
        // The schema file is there, but the handle carries none of it: it was never parsed.
        var handle = result.TrackedSteps[HireflixGenerator.Steps.Schema].SelectMany(s => s.Outputs).Should().ContainSingle().Which.Value;
        handle.GetType().GetProperty("Path")!.GetValue(handle).Should().BeNull();
        handle.GetType().GetProperty("IsUsable")!.GetValue(handle).Should().Be(false);
    }

    [Fact]
    public void An_idempotent_mutation_says_so_and_never_sends_the_directive()
    {
        var source = Generate(RenameFile, "RenameRoleMutation.g.cs");

        source.Should().Contain("public bool IsIdempotent => true;");
        source.Should().Contain("DocumentText = \"mutation RenameRole($id:String!,$name:String!){").And.NotContain("@idempotent");
    }

    [Fact]
    public void A_mutation_without_the_directive_is_not_idempotent_and_a_query_always_is()
    {
        Generate(RenameFile.Replace(" @idempotent", string.Empty, StringComparison.Ordinal), "RenameRoleMutation.g.cs").Should().Contain("public bool IsIdempotent => false;");
        Generate(DevicesFile, "InterviewDevicesQuery.g.cs").Should().Contain("public bool IsIdempotent => true;");
    }

    private static string Generate(string file, string hintName)
    {
        var texts = new List<InMemoryAdditionalText> { GeneratorHarness.RealSchema(), InMemoryAdditionalText.Operations("/app/Hireflix/Op.graphql", file) };
        var result = GeneratorHarness.CreateDriver(texts, rootNamespace: "MyAts").RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();
        result.Diagnostics.Should().BeEmpty();
        return result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
    }
}
