using GraphQL.Conversion;
using GraphQL.Types;
using GraphQLParser.AST;
using Hireflix.Sdk.Testing.Internal.Schema.Sdl;

namespace Hireflix.Sdk.Testing.Internal.Schema;

/// <summary>
/// Builds the executable schema from the SDK's own SDL (embedded resource), so the fake validates requests exactly
/// against the contract the SDK is generated from — or against the deliberate drift of <see cref="FakeSchemaOptions"/>.
/// The evidence annotations are always stripped: they are ours, not the API's.
/// </summary>
internal static class FakeSchemaFactory
{
    public static ISchema Create(FakeState state, FakeSchemaOptions options)
    {
        var served = ServedSchema.Build(options);
        GraphQL.Types.Schema? built = null;
        var schema = GraphQL.Types.Schema.For(served.Sdl, b =>
        {
            var builder = new FakeSchemaBuilder(b, served);
            QueryResolvers.Register(builder, state);
            PositionResolvers.Register(builder, state);
            InterviewResolvers.Register(builder, state);
            InviteResolvers.Register(builder, state);

            // Unions need ResolveType; every union member view knows its checked-in GraphQL type name.
            foreach (var union in served.Document.Definitions.OfType<GraphQLUnionTypeDefinition>().Select(u => u.Name.StringValue))
            {
                b.Types.For(union).ResolveType = value => (IObjectGraphType)built!.AllTypes[served.NameOf(TypeNameOf(value))]!;
            }
        });
        built = schema;

        // Keep the SDL's names: the default camel-casing would turn the legacy `Position`/`Interview` mutations into
        // `position`/`interview`.
        schema.NameConverter = DefaultNameConverter.Instance;
        schema.RegisterType(new TimestampGraphType { Name = served.NameOf("Timestamp") });
        schema.RegisterType(new JsonGraphType { Name = served.NameOf("JSON") });
        // graphql-js (the real server) knows ID even though no field uses it, so `$id: ID!` for `position(id:)` fails
        // with "…of type 'ID!' used in position expecting type 'String!'", not "Unknown type ID".
        schema.RegisterType(new IdGraphType());
        schema.Initialize();
        return schema;
    }

    private static string TypeNameOf(object value) => value switch
    {
        InterviewView => "InterviewType",
        ErrorView error => error.Name,
        ArchivePositionSuccessView => "MutationArchivePositionSuccess",
        StepView step => step.TypeName,
        StepAnswerView answer => answer.TypeName,
        _ => throw new InvalidOperationException($"No GraphQL type for {value.GetType().Name}."),
    };
}
