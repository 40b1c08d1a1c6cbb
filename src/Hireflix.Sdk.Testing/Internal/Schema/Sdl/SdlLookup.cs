using GraphQLParser.AST;

namespace Hireflix.Sdk.Testing.Internal.Schema.Sdl;

/// <summary>Finds definitions by name in an SDL document, failing loudly on a name the schema does not have.</summary>
internal static class SdlLookup
{
    public static readonly IReadOnlySet<string> BuiltInScalars = new HashSet<string>(StringComparer.Ordinal) { "String", "Int", "Float", "Boolean", "ID" };

    public static T Type<T>(GraphQLDocument document, string name)
        where T : GraphQLTypeDefinition =>
        SdlNodes.Types(document).OfType<T>().FirstOrDefault(t => t.Name.StringValue == name)
        ?? throw new ArgumentException($"The schema has no {Kind<T>()} '{name}'.");

    public static GraphQLFieldDefinition Field(GraphQLDocument document, string type, string field) =>
        SdlNodes.Fields(Type<GraphQLTypeDefinition>(document, type)).FirstOrDefault(f => f.Name.StringValue == field)
        ?? throw new ArgumentException($"The schema has no field '{type}.{field}'.");

    public static GraphQLInputValueDefinition Argument(GraphQLDocument document, string type, string field, string argument) =>
        Field(document, type, field).Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == argument)
        ?? throw new ArgumentException($"The schema has no argument '{type}.{field}({argument}:)'.");

    public static GraphQLInputValueDefinition InputField(GraphQLDocument document, string inputType, string field) =>
        Type<GraphQLInputObjectTypeDefinition>(document, inputType).Fields?.Items.FirstOrDefault(f => f.Name.StringValue == field)
        ?? throw new ArgumentException($"The schema has no input field '{inputType}.{field}'.");

    /// <summary>Parses a type reference such as <c>Float!</c> or <c>[String!]</c>; every type it names must exist.</summary>
    public static GraphQLType ParseTypeReference(GraphQLDocument document, string sdl)
    {
        var probe = GraphQLParser.Parser.Parse($"input Probe {{ value: {sdl} }}");
        var type = ((GraphQLInputObjectTypeDefinition)probe.Definitions[0]).Fields!.Items[0].Type;
        var named = NamedType(type);
        if (!BuiltInScalars.Contains(named) && !SdlNodes.Types(document).Any(t => t.Name.StringValue == named))
        {
            throw new ArgumentException($"The type '{sdl}' names '{named}', which the schema does not have.");
        }

        return type;
    }

    public static string NamedType(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NamedType(nonNull.Type),
        GraphQLListType list => NamedType(list.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string Kind<T>() => typeof(T) == typeof(GraphQLInputObjectTypeDefinition) ? "input type"
        : typeof(T) == typeof(GraphQLUnionTypeDefinition) ? "union"
        : "type";
}
