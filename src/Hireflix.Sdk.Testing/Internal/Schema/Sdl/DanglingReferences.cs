using GraphQLParser.AST;

namespace Hireflix.Sdk.Testing.Internal.Schema.Sdl;

/// <summary>
/// Keeps a pruned document a valid schema: a type left without members is removed, and so is every field, argument,
/// input field or union member that refers to a removed type — repeated until nothing changes.
/// </summary>
internal static class DanglingReferences
{
    public static void Remove(GraphQLDocument document)
    {
        bool changed;
        do
        {
            var known = SdlNodes.Types(document).Select(t => t.Name.StringValue).ToHashSet(StringComparer.Ordinal);
            known.UnionWith(SdlLookup.BuiltInScalars);
            bool Missing(GraphQLType type) => !known.Contains(SdlLookup.NamedType(type));

            changed = false;
            foreach (var definition in SdlNodes.Types(document))
            {
                var fields = SdlNodes.Fields(definition);
                changed |= fields.RemoveAll(f => Missing(f.Type)) > 0;
                foreach (var field in fields)
                {
                    changed |= field.Arguments?.Items.RemoveAll(a => Missing(a.Type)) > 0;
                    SdlNodes.DropEmptyArguments(field);
                }

                changed |= definition switch
                {
                    GraphQLInputObjectTypeDefinition input => input.Fields?.Items.RemoveAll(f => Missing(f.Type)) > 0,
                    GraphQLUnionTypeDefinition union => union.Types?.Items.RemoveAll(m => !known.Contains(m.Name.StringValue)) > 0,
                    _ => false,
                };
            }

            changed |= document.Definitions.RemoveAll(d => d is GraphQLTypeDefinition t and not GraphQLDirectiveDefinition && IsEmpty(t)) > 0;
        }
        while (changed);
    }

    private static bool IsEmpty(GraphQLTypeDefinition definition) => definition switch
    {
        GraphQLObjectTypeDefinition o => (o.Fields?.Items.Count ?? 0) == 0,
        GraphQLInterfaceTypeDefinition i => (i.Fields?.Items.Count ?? 0) == 0,
        GraphQLInputObjectTypeDefinition input => (input.Fields?.Items.Count ?? 0) == 0,
        GraphQLEnumTypeDefinition e => (e.Values?.Items.Count ?? 0) == 0,
        GraphQLUnionTypeDefinition u => (u.Types?.Items.Count ?? 0) == 0,
        _ => false,
    };
}
