using GraphQLParser.AST;

namespace Hireflix.Sdk.Testing.Internal.Schema.Sdl;

/// <summary>
/// The "proven-only" view of the checked-in schema: members below the minimum tier are removed; types whose NAME is
/// below it are renamed <c>Unproven_X</c>, because a server would have them under some name we do not know.
/// </summary>
internal static class EvidenceProjection
{
    public const string UnprovenPrefix = "Unproven_";

    public static void Apply(GraphQLDocument document, FakeEvidenceTier minimum, IDictionary<string, string> renames)
    {
        // The tier enum describes the tags themselves; it is stripped afterwards, never projected.
        foreach (var definition in SdlNodes.Types(document).Where(d => d.Name.StringValue != EvidenceAnnotations.TierEnumName))
        {
            RemoveWeakMembers(definition, minimum);
            if (IsBelow((IHasDirectivesNode)definition, minimum))
            {
                // An explicit RenameType of the same type wins: it states what the test wants the real name to be.
                renames.TryAdd(definition.Name.StringValue, UnprovenPrefix + definition.Name.StringValue);
            }
        }
    }

    private static void RemoveWeakMembers(GraphQLTypeDefinition definition, FakeEvidenceTier minimum)
    {
        var fields = SdlNodes.Fields(definition);
        fields.RemoveAll(f => IsBelow(f, minimum));
        foreach (var field in fields)
        {
            field.Arguments?.Items.RemoveAll(a => IsBelow(a, minimum));
            SdlNodes.DropEmptyArguments(field);
        }

        switch (definition)
        {
            case GraphQLInputObjectTypeDefinition input:
                input.Fields?.Items.RemoveAll(f => IsBelow(f, minimum));
                break;
            case GraphQLEnumTypeDefinition enumType:
                enumType.Values?.Items.RemoveAll(v => IsBelow(v, minimum));
                break;
        }
    }

    /// <summary>An untagged name counts as a guess.</summary>
    private static bool IsBelow(IHasDirectivesNode node, FakeEvidenceTier minimum) =>
        (EvidenceAnnotations.TierOf(node) ?? FakeEvidenceTier.Inferred) > minimum;
}
