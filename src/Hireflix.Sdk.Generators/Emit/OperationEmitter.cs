using System.Collections.Generic;
using System.Linq;
using Hireflix.Sdk.Generators.Mapping;
using Hireflix.Sdk.Generators.Pipeline;

namespace Hireflix.Sdk.Generators.Emit;

/// <summary>Emits one operation class implementing the transport's IHireflixOperation contract.</summary>
internal static class OperationEmitter
{
    public static GeneratedSource Emit(OperationModel model)
    {
        var root = model.RootNamespace;
        var fullName = $"global::{root}.Operations.{model.ClassName}";
        var kind = model.Kind == DefinitionKind.Mutation ? "Mutation" : "Query";
        var w = CodeWriter.File();
        w.Open($"namespace {root}.Operations");
        w.Summary($"The <c>{TypeMapper.Xml(model.Name)}</c> {kind.ToLowerInvariant()}, with its variables bound.");
        w.Open($"internal sealed partial class {model.ClassName} : {CSharpTypes.Transport}.IHireflixOperation<{fullName}.Data>");
        w.Line($"private static readonly global::System.Text.Json.JsonEncodedText s_encodedOperationName = global::System.Text.Json.JsonEncodedText.Encode({CodeWriter.Literal(model.Name)});");
        w.Line();
        WireEmitter.EmitDocuments(w, model);
        foreach (var variable in model.Variables)
        {
            var type = CSharpTypes.Name(variable.Shape, root, input: true);
            w.Summary(variable.Summary);
            w.Line($"public {(variable.Required ? "required " : string.Empty)}{type} {variable.PropertyName} {{ get; init; }}");
            w.Line();
        }

        w.Line("/// <inheritdoc />");
        w.Line($"public string OperationName => {CodeWriter.Literal(model.Name)};");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public {CSharpTypes.Transport}.HireflixOperationKind Kind => {CSharpTypes.Transport}.HireflixOperationKind.{kind};");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public bool IsIdempotent => {(model.IsIdempotent ? "true" : "false")};");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public global::System.Text.Json.JsonEncodedText EncodedOperationName => s_encodedOperationName;");
        w.Line();
        WireEmitter.EmitAccessors(w, model);
        w.Line("/// <inheritdoc />");
        w.Open("public void WriteVariables(global::System.Text.Json.Utf8JsonWriter writer)");
        var sent = model.Variables.Where(v => v.PropertyName != model.Wire.LiteralVariable);
        WriterEmitter.EmitObjectBody(w, sent.Select(v => new WriterEmitter.Member(v.Name, v.PropertyName, v.Shape)), root);
        w.Close();
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public {fullName}.Data ReadData(ref global::System.Text.Json.Utf8JsonReader reader) => {fullName}.Data.ReadJson(ref reader);");
        w.Line();
        ModelEmitter.EmitClass(w, model.Data, root);
        w.Close();
        w.Close();
        return new GeneratedSource(model.ClassName + ".g.cs", w.ToString());
    }

    public static GeneratedSource EmitFragment(FragmentModel model)
    {
        var w = CodeWriter.File();
        w.Open($"namespace {model.RootNamespace}.Models");
        ModelEmitter.EmitClass(w, model.Model, model.RootNamespace);
        w.Close();
        return new GeneratedSource("Models." + model.Model.Name + ".g.cs", w.ToString());
    }
}
