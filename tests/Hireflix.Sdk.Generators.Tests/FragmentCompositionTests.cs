using Hireflix.Sdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Hireflix.Sdk.Generators.Tests;

/// <summary>A fragment that spreads another fragment of its type builds on it: its model derives from the other's.</summary>
public sealed class FragmentCompositionTests
{
    private const string Fragments = """
        fragment Links on InterviewUrlType {
          public
        }

        fragment Summary on InterviewType {
          id
          completedAt
          url {
            ...Links
          }
        }

        fragment Results on InterviewType {
          ...Summary
          id
          thumbnail
          expires
        }

        query One($id: String!) {
          interview(id: $id) {
            ...Results
          }
        }
        """;

    [Fact]
    public void The_derived_model_inherits_the_base_and_declares_only_its_own_fields()
    {
        var (sources, diagnostics) = Generate(Fragments);

        diagnostics.Should().BeEmpty();
        var summary = sources["Models.Summary.g.cs"];
        var results = sources["Models.Results.g.cs"];
        summary.Should().Contain("public partial class Summary\n").And.NotContain("sealed partial class Summary");
        results.Should().Contain("public sealed partial class Results : global::MyAts.Models.Summary");
        results.Should().Contain("public string? Thumbnail { get; init; }").And.NotContain(" Id { get; init; }").And.NotContain(" Url { get; init; }");
        results.Should().Contain("internal static new global::MyAts.Models.Results ReadJson").And.Contain("internal new bool WasOmitted");
        results.Should().Contain("Id = v0").And.Contain("Url = v2", "the derived reader fills the inherited properties");
    }

    [Fact]
    public void The_derived_model_compiles_with_its_base_and_the_operation_sends_the_fields_once()
    {
        var texts = new List<InMemoryAdditionalText> { GeneratorHarness.RealSchema(), InMemoryAdditionalText.Operations("/app/Hireflix/Op.graphql", Fragments) };
        GeneratorHarness.CreateDriver(texts, rootNamespace: "MyAts").RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(), out var output, out var diagnostics);

        diagnostics.Should().BeEmpty();
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).Should().BeEmpty();
        var derived = output.GetTypeByMetadataName("MyAts.Models.Results")!;
        derived.BaseType!.ToDisplayString().Should().Be("MyAts.Models.Summary");
        derived.BaseType.IsSealed.Should().BeFalse();
        derived.InstanceConstructors.Should().Contain(c => c.DeclaredAccessibility == Accessibility.Internal && c.Parameters.Length == 1
            && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, derived.BaseType), "code holding the base builds the derived model from it");
        derived.BaseType.InstanceConstructors.Should().Contain(c => c.DeclaredAccessibility == Accessibility.ProtectedAndInternal && c.Parameters.Length == 1);
        derived.BaseType.InstanceConstructors.Where(c => c.DeclaredAccessibility == Accessibility.Public).Should().ContainSingle()
            .Which.Parameters.Should().BeEmpty("the copy constructors add nothing to the public surface");
        Generate(Fragments).Sources["OneQuery.g.cs"].Should().Contain("interview(id:$id){id completedAt url{public} thumbnail expires}");
    }

    [Fact]
    public void Two_bases_are_refused()
    {
        var (_, diagnostics) = Generate(Fragments.Replace("  ...Summary\n", "  ...Summary\n  ...Other\n", StringComparison.Ordinal) + "\nfragment Other on InterviewType { hash }\n");

        diagnostics.Should().ContainSingle().Which.Should().Contain("HFX006").And.Contain("builds on one other fragment");
    }

    [Fact]
    public void A_base_whose_object_fields_select_no_fragment_is_refused_naming_the_fix()
    {
        var (_, diagnostics) = Generate(Fragments.Replace("    ...Links\n", "    public\n", StringComparison.Ordinal).Replace("fragment Links on InterviewUrlType {\n  public\n}\n", string.Empty, StringComparison.Ordinal));

        diagnostics.Should().ContainSingle().Which.Should().Contain("HFX006").And.Contain("must each select one fragment");
    }

    private static (Dictionary<string, string> Sources, List<string> Diagnostics) Generate(string file)
    {
        var texts = new List<InMemoryAdditionalText> { GeneratorHarness.RealSchema(), InMemoryAdditionalText.Operations("/app/Hireflix/Op.graphql", file) };
        var result = GeneratorHarness.CreateDriver(texts, rootNamespace: "MyAts").RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();
        return (result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString().Replace("\r\n", "\n", StringComparison.Ordinal)),
            result.Diagnostics.Select(GeneratorHarness.Format).ToList());
    }
}
