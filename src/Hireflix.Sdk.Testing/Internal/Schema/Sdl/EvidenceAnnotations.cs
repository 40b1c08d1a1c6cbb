using GraphQLParser.AST;

namespace Hireflix.Sdk.Testing.Internal.Schema.Sdl;

/// <summary>
/// Reads and removes the checked-in schema's <c>@evidence(tier: …)</c> annotations. They describe how sure we are of
/// each name; the real API has no such directive, so the fake must not serve it (introspection would show it and a
/// client could even send it).
/// </summary>
internal static class EvidenceAnnotations
{
    public const string DirectiveName = "evidence";
    public const string TierEnumName = "EvidenceTier";

    /// <summary>The tier recorded on a node, or <see langword="null"/> when it carries no annotation.</summary>
    public static FakeEvidenceTier? TierOf(IHasDirectivesNode node)
    {
        var directive = node.Directives?.Items.FirstOrDefault(d => d.Name.Value.Span.SequenceEqual(DirectiveName));
        var argument = directive?.Arguments?.Items.FirstOrDefault(a => a.Name.Value.Span.SequenceEqual("tier"));
        if (argument?.Value is not GraphQLEnumValue value)
        {
            return null;
        }

        return value.Name.StringValue switch
        {
            "DOCS" => FakeEvidenceTier.Docs,
            "WIRE" => FakeEvidenceTier.Wire,
            "RAN" => FakeEvidenceTier.Ran,
            "WRAPPER" => FakeEvidenceTier.Wrapper,
            "INFERRED" => FakeEvidenceTier.Inferred,
            var other => throw new InvalidOperationException($"Unknown evidence tier '{other}' in the schema."),
        };
    }

    /// <summary>Removes the directive definition, the tier enum and every usage, in place.</summary>
    public static void Strip(GraphQLDocument document)
    {
        document.Definitions.RemoveAll(d =>
            d is GraphQLDirectiveDefinition { Name.StringValue: DirectiveName }
            || d is GraphQLEnumTypeDefinition { Name.StringValue: TierEnumName });
        foreach (var node in SdlNodes.Annotatable(document))
        {
            RemoveUsage(node);
        }
    }

    private static void RemoveUsage(IHasDirectivesNode node)
    {
        if (node.Directives is null)
        {
            return;
        }

        node.Directives.Items.RemoveAll(d => d.Name.Value.Span.SequenceEqual(DirectiveName));
        if (node.Directives.Items.Count == 0)
        {
            node.Directives = null;
        }
    }
}
