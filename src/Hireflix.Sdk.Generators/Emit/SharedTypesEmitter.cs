using System.Collections.Generic;
using System.Linq;
using Hireflix.Sdk.Generators.Mapping;
using Hireflix.Sdk.Generators.Pipeline;
using Hireflix.Sdk.Generators.Validation;

namespace Hireflix.Sdk.Generators.Emit;

internal sealed record EnumValueModel(string GraphQLName, string Name, string Summary);

internal sealed record EnumModel(string GraphQLName, string Name, string RootNamespace, string Summary, EquatableArray<EnumValueModel> Values);

internal sealed record InputFieldModel(string GraphQLName, string PropertyName, TypeShape Shape, bool Required, string Summary);

internal sealed record InputModel(string GraphQLName, string Name, string RootNamespace, string Summary, EquatableArray<InputFieldModel> Fields);

/// <summary>Emits the types several operations share: public enums (Models) and internal input classes (Operations).</summary>
internal static class SharedTypesEmitter
{
    public static EnumModel? MapEnum(string name, SchemaIndex schema, string root)
    {
        if (schema.Find(name) is not { Kind: SchemaTypeKind.Enum } type)
        {
            return null;
        }

        var used = new HashSet<string> { "Unknown" };
        var values = new List<EnumValueModel>();
        foreach (var (value, description) in type.EnumValues)
        {
            var member = Naming.Pascal(value);
            var candidate = member;
            for (var i = 2; !used.Add(candidate); i++)
            {
                // `UNKNOWN` or two spellings of one word must still give distinct C# members.
                candidate = member + "Value" + (i == 2 ? string.Empty : i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            values.Add(new EnumValueModel(value, candidate, description is null ? $"The GraphQL value <c>{TypeMapper.Xml(value)}</c>." : TypeMapper.Xml(description)));
        }

        var summary = type.Description is null ? $"The <c>{TypeMapper.Xml(name)}</c> GraphQL enum." : TypeMapper.Xml(type.Description);
        return new EnumModel(name, Naming.Pascal(name), root, summary, values.ToEquatableArray());
    }

    public static InputModel? MapInput(string name, SchemaIndex schema, string root)
    {
        if (schema.Find(name) is not { Kind: SchemaTypeKind.InputObject } type)
        {
            return null;
        }

        var fields = new List<InputFieldModel>();
        foreach (var field in type.Fields)
        {
            var named = TypeMapper.NamedType(field.Type);
            var kind = schema.Find(named)?.Kind switch
            {
                SchemaTypeKind.Enum => ShapeKind.Enum,
                SchemaTypeKind.InputObject => ShapeKind.Input,
                _ => ShapeKind.Scalar,
            };
            var shape = TypeMapper.Wrap(field.Type, new TypeShape(kind, named, true, null));
            var required = !shape.Nullable && !field.HasDefault;
            if (!required)
            {
                shape = shape with { Nullable = true };
            }

            var summary = field.Description is null
                ? $"The <c>{TypeMapper.Xml(field.Name)}</c> field of <c>{TypeMapper.Xml(name)}</c>."
                : TypeMapper.Xml(field.Description);
            fields.Add(new InputFieldModel(field.Name, Naming.Pascal(field.Name), shape, required, summary));
        }

        var typeSummary = type.Description is null ? $"The <c>{TypeMapper.Xml(name)}</c> GraphQL input type." : TypeMapper.Xml(type.Description);
        return new InputModel(name, Naming.Pascal(name), root, typeSummary, fields.ToEquatableArray());
    }

    public static GeneratedSource EmitEnum(EnumModel model)
    {
        var root = model.RootNamespace;
        var enumType = $"global::{root}.Models.{model.Name}";
        var helpers = CSharpTypes.Helpers;
        var w = CodeWriter.File();
        w.Open($"namespace {root}.Models");
        w.Summary(model.Summary);
        w.Open($"public enum {model.Name}");
        w.Summary("A value this SDK version does not know (a newer server may return it). It cannot be sent.");
        w.Line("Unknown = 0,");
        foreach (var value in model.Values)
        {
            w.Line();
            w.Summary(value.Summary);
            w.Line($"{value.Name},");
        }

        w.Close();
        w.Close();
        w.Line();
        w.Open($"namespace {root}.Operations");
        w.Summary($"Reads and writes <see cref=\"{enumType}\"/> by its GraphQL names.");
        w.Open($"internal static class {model.Name}Json");
        w.Open($"internal static {enumType} Read(ref global::System.Text.Json.Utf8JsonReader reader, string type, string field)");
        w.Open("if (reader.TokenType != global::System.Text.Json.JsonTokenType.String)");
        w.Line($"throw {helpers}.Unexpected(ref reader, type, field, \"an enum value string\");");
        w.Close();
        w.Line();
        foreach (var value in model.Values)
        {
            w.Open($"if (reader.ValueTextEquals({CodeWriter.Literal(value.GraphQLName)}u8))");
            w.Line($"return {enumType}.{value.Name};");
            w.Close();
            w.Line();
        }

        w.Line("// A value added on the server after this SDK was built: keep parsing, the caller sees Unknown.");
        w.Line($"return {enumType}.Unknown;");
        w.Close();
        w.Line();
        w.Open($"internal static string ToGraphQL({enumType} value)");
        w.Line("return value switch");
        w.Open();
        foreach (var value in model.Values)
        {
            w.Line($"{enumType}.{value.Name} => {CodeWriter.Literal(value.GraphQLName)},");
        }

        w.Line($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, {CodeWriter.Literal($"Not a value of the GraphQL enum {model.GraphQLName} that can be sent.")}),");
        w.Close(";");
        w.Close();
        w.Close();
        w.Close();
        return new GeneratedSource("Models." + model.Name + ".g.cs", w.ToString());
    }

    public static GeneratedSource EmitInput(InputModel model)
    {
        var root = model.RootNamespace;
        var w = CodeWriter.File();
        w.Open($"namespace {root}.Operations");
        w.Summary(model.Summary);
        w.Open($"internal sealed class {model.Name}");
        foreach (var field in model.Fields)
        {
            w.Summary(field.Summary);
            w.Line($"public {(field.Required ? "required " : string.Empty)}{CSharpTypes.Name(field.Shape, root, input: true)} {field.PropertyName} {{ get; init; }}");
            w.Line();
        }

        w.Summary("Writes this input object; null optional fields are omitted.");
        w.Open("internal void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)");
        WriterEmitter.EmitObjectBody(w, model.Fields.Select(f => new WriterEmitter.Member(f.GraphQLName, f.PropertyName, f.Shape)), root);
        w.Close();
        w.Close();
        w.Close();
        return new GeneratedSource("Inputs." + model.Name + ".g.cs", w.ToString());
    }
}
