using System.Collections.Generic;
using System.Linq;
using Hireflix.Sdk.Generators.Mapping;
using Hireflix.Sdk.Generators.Pipeline;
using Hireflix.Sdk.Generators.Validation;

namespace Hireflix.Sdk.Generators.Emit;

/// <summary>Emits the types several operations share: enums (Models; public when a result exposes them) and internal input classes (Operations).</summary>
internal static class SharedTypesEmitter
{
    public static GeneratedSource EmitEnum(EnumModel model, bool isPublic)
    {
        var root = model.RootNamespace;
        var enumType = $"global::{root}.Models.{model.Name}";
        var helpers = CSharpTypes.Helpers;
        var w = CodeWriter.File();
        w.Open($"namespace {root}.Models");
        w.Summary(model.Summary);
        w.Open($"{(isPublic ? "public" : "internal")} enum {model.Name}");
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
