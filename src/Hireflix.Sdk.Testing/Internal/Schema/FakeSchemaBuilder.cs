using GraphQL.Utilities;
using Hireflix.Sdk.Testing.Internal.Schema.Sdl;

namespace Hireflix.Sdk.Testing.Internal.Schema;

/// <summary>
/// GraphQL.NET's schema builder plus the served schema, so resolvers written against checked-in type names keep
/// working when the fake serves renamed types.
/// </summary>
internal sealed class FakeSchemaBuilder(SchemaBuilder builder, ServedSchema served)
{
    public TypeSettings Types => builder.Types;

    public ServedSchema Served => served;
}
