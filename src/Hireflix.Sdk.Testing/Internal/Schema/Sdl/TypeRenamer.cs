using GraphQLParser.AST;

namespace Hireflix.Sdk.Testing.Internal.Schema.Sdl;

/// <summary>Renames types at their definition and at every reference (fields, arguments, input fields, unions, roots).</summary>
internal static class TypeRenamer
{
    public static void Apply(GraphQLDocument document, IReadOnlyDictionary<string, string> renames)
    {
        if (renames.Count == 0)
        {
            return;
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLSchemaDefinition schema:
                    schema.OperationTypes.ForEach(o => Rename(o.Type!, renames));
                    break;
                case GraphQLTypeDefinition type when type is not GraphQLDirectiveDefinition:
                    Rename(type, renames);
                    break;
            }
        }
    }

    private static void Rename(GraphQLTypeDefinition type, IReadOnlyDictionary<string, string> renames)
    {
        if (renames.TryGetValue(type.Name.StringValue, out var to))
        {
            type.Name = new GraphQLName(to);
        }

        foreach (var field in SdlNodes.Fields(type))
        {
            Rename(field.Type, renames);
            field.Arguments?.Items.ForEach(a => Rename(a.Type, renames));
        }

        switch (type)
        {
            case GraphQLInputObjectTypeDefinition input:
                input.Fields?.Items.ForEach(f => Rename(f.Type, renames));
                break;
            case GraphQLUnionTypeDefinition union:
                union.Types?.Items.ForEach(m => Rename(m, renames));
                break;
        }
    }

    private static void Rename(GraphQLType type, IReadOnlyDictionary<string, string> renames)
    {
        switch (type)
        {
            case GraphQLNonNullType nonNull:
                Rename(nonNull.Type, renames);
                break;
            case GraphQLListType list:
                Rename(list.Type, renames);
                break;
            case GraphQLNamedType named when renames.TryGetValue(named.Name.StringValue, out var to):
                named.Name = new GraphQLName(to);
                break;
        }
    }
}
