using GraphQLParser.AST;

namespace Hireflix.Sdk.Testing.Internal.Schema.Sdl;

/// <summary>One deliberate difference from the checked-in schema, applied to its AST (names in checked-in terms).</summary>
internal abstract record SchemaDrift
{
    /// <summary>Applies the change in place; renames only record themselves (they are applied last, all together).</summary>
    public abstract void Apply(GraphQLDocument document, IDictionary<string, string> renames);

    public sealed record RemoveField(string Type, string Field) : SchemaDrift
    {
        public override void Apply(GraphQLDocument document, IDictionary<string, string> renames)
        {
            var field = SdlLookup.Field(document, Type, Field);
            SdlNodes.Fields(SdlLookup.Type<GraphQLTypeDefinition>(document, Type)).Remove(field);
        }
    }

    public sealed record RenameType(string From, string To) : SchemaDrift
    {
        public override void Apply(GraphQLDocument document, IDictionary<string, string> renames)
        {
            SdlLookup.Type<GraphQLTypeDefinition>(document, From);
            renames[From] = To;
        }
    }

    public sealed record ChangeArgumentType(string Type, string Field, string Argument, string NewTypeSdl) : SchemaDrift
    {
        public override void Apply(GraphQLDocument document, IDictionary<string, string> renames) =>
            SdlLookup.Argument(document, Type, Field, Argument).Type = SdlLookup.ParseTypeReference(document, NewTypeSdl);
    }

    public sealed record ChangeInputFieldType(string InputType, string Field, string NewTypeSdl) : SchemaDrift
    {
        public override void Apply(GraphQLDocument document, IDictionary<string, string> renames) =>
            SdlLookup.InputField(document, InputType, Field).Type = SdlLookup.ParseTypeReference(document, NewTypeSdl);
    }

    public sealed record RemoveInputField(string InputType, string Field) : SchemaDrift
    {
        public override void Apply(GraphQLDocument document, IDictionary<string, string> renames)
        {
            var field = SdlLookup.InputField(document, InputType, Field);
            SdlLookup.Type<GraphQLInputObjectTypeDefinition>(document, InputType).Fields!.Items.Remove(field);
        }
    }

    public sealed record RemoveUnionMember(string Union, string Member) : SchemaDrift
    {
        public override void Apply(GraphQLDocument document, IDictionary<string, string> renames)
        {
            var members = SdlLookup.Type<GraphQLUnionTypeDefinition>(document, Union).Types?.Items ?? [];
            var member = members.FirstOrDefault(m => m.Name.StringValue == Member)
                ?? throw new ArgumentException($"The union '{Union}' has no member '{Member}'.");
            members.Remove(member);
        }
    }
}
