using System.Text.Json;
using GraphQL.Conversion;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Hireflix.Sdk.SchemaTool;

/// <summary>
/// A GraphQL.NET schema built from an introspection result, good for validating documents (it executes nothing): its
/// custom scalars accept any literal, and its abstract types never resolve.
/// </summary>
internal static class IntrospectedSchema
{
    public static ISchema Build(JsonElement introspection)
    {
        var sdl = SdlPrinter.Print(introspection);
        var types = SdlPrinter.UserTypes(introspection).ToList();
        var schema = GraphQL.Types.Schema.For(sdl, b =>
        {
            foreach (var type in types.Where(t => t.GetProperty("kind").GetString() is "UNION" or "INTERFACE"))
            {
                // Never called: the schema only validates. GraphQL.NET still requires abstract types to have one.
                b.Types.For(type.GetProperty("name").GetString()!).ResolveType = _ => null!;
            }
        });
        schema.NameConverter = DefaultNameConverter.Instance;
        foreach (var scalar in types.Where(t => t.GetProperty("kind").GetString() == "SCALAR"))
        {
            schema.RegisterType(new AnyValueScalar(scalar.GetProperty("name").GetString()!));
        }

        // graphql-js always knows ID; so must the check, or `$id: ID!` would read "Unknown type" instead of the live mismatch.
        schema.RegisterType(new IdGraphType());
        schema.Initialize();
        return schema;
    }

    /// <summary>A custom scalar of the live API: its coercion rules are unknown, so only the server can judge values.</summary>
    private sealed class AnyValueScalar : ScalarGraphType
    {
        public AnyValueScalar(string name) => Name = name;

        public override object? ParseLiteral(GraphQLValue value) => value;

        public override object? ParseValue(object? value) => value;

        public override bool CanParseLiteral(GraphQLValue value) => true;

        public override bool CanParseValue(object? value) => true;
    }
}
