using Hireflix.Sdk.Generators.Tests.Infrastructure;

namespace Hireflix.Sdk.Generators.Tests;

/// <summary><c>@member(name:)</c> names the model member; the field keeps its name on the wire and in the response.</summary>
public sealed class MemberDirectiveTests
{
    [Fact]
    public void The_member_takes_the_name_while_the_document_and_the_reader_keep_the_field()
    {
        var source = Generate("""query One { positions { id archived @member(name: "ArchivedAt") } }""", "OneQuery.g.cs", out var diagnostics);

        diagnostics.Should().BeEmpty();
        source.Should().Contain("public global::System.DateTimeOffset? ArchivedAt { get; init; }")
            .And.Contain("reader.ValueTextEquals(\"archived\"u8)")
            .And.Contain("DocumentText = \"query One{positions{id archived}}\"")
            .And.NotContain("@member");
    }

    [Theory]
    [InlineData("""archived @member""")]
    [InlineData("""archived @member(name: "")""")]
    [InlineData("""archived @member(name: "2nd")""")]
    [InlineData("""archived @member(name: 42)""")]
    public void A_member_directive_without_a_usable_name_is_an_error(string selection)
    {
        Generate("query One { positions { id " + selection + " } }", null, out var diagnostics);

        diagnostics.Should().ContainSingle().Which.Should().Contain("HFX006").And.Contain("@member needs name");
    }

    private static string Generate(string file, string? hintName, out List<string> diagnostics)
    {
        var texts = new List<InMemoryAdditionalText> { GeneratorHarness.RealSchema(), InMemoryAdditionalText.Operations("/app/Hireflix/Op.graphql", file) };
        var result = GeneratorHarness.CreateDriver(texts, rootNamespace: "MyAts").RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();
        diagnostics = result.Diagnostics.Select(GeneratorHarness.Format).ToList();
        return hintName is null ? string.Empty : result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
    }
}
