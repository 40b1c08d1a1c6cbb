using GraphQLParser.AST;

namespace Hireflix.Sdk.Testing.Internal.Schema.Sdl;

/// <summary>Walks the type-system nodes of an SDL document that can carry directives.</summary>
internal static class SdlNodes
{
    /// <summary>
    /// The named types (object, interface, union, enum, input, scalar). GraphQLParser models a directive definition as
    /// a type definition too; it is not one here.
    /// </summary>
    public static IEnumerable<GraphQLTypeDefinition> Types(GraphQLDocument document) =>
        document.Definitions.OfType<GraphQLTypeDefinition>().Where(d => d is not GraphQLDirectiveDefinition);

    /// <summary>Every type definition with its fields, arguments, input fields and enum values.</summary>
    public static IEnumerable<IHasDirectivesNode> Annotatable(GraphQLDocument document)
    {
        foreach (var definition in Types(document))
        {
            yield return (IHasDirectivesNode)definition;
            foreach (var child in Members(definition))
            {
                yield return child;
            }
        }
    }

    /// <summary>The direct members of a type: fields and their arguments, input fields, enum values.</summary>
    public static IEnumerable<IHasDirectivesNode> Members(GraphQLTypeDefinition definition)
    {
        foreach (var field in Fields(definition))
        {
            yield return field;
            foreach (var argument in field.Arguments?.Items ?? [])
            {
                yield return argument;
            }
        }

        if (definition is GraphQLInputObjectTypeDefinition input)
        {
            foreach (var field in input.Fields?.Items ?? [])
            {
                yield return field;
            }
        }

        if (definition is GraphQLEnumTypeDefinition enumType)
        {
            foreach (var value in enumType.Values?.Items ?? [])
            {
                yield return value;
            }
        }
    }

    /// <summary>A field whose every argument was removed must print without <c>()</c>, which is not valid SDL.</summary>
    public static void DropEmptyArguments(GraphQLFieldDefinition field)
    {
        if (field.Arguments is { Items.Count: 0 })
        {
            field.Arguments = null;
        }
    }

    public static List<GraphQLFieldDefinition> Fields(GraphQLTypeDefinition definition) => definition switch
    {
        GraphQLObjectTypeDefinition o => o.Fields?.Items ?? [],
        GraphQLInterfaceTypeDefinition i => i.Fields?.Items ?? [],
        _ => [],
    };
}
