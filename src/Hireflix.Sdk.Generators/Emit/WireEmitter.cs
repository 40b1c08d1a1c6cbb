using System.Linq;
using Hireflix.Sdk.Generators.Mapping;

namespace Hireflix.Sdk.Generators.Emit;

/// <summary>
/// Emits an operation's wire documents: the text sent (constant, pre-encoded) and the same document as a selection
/// tree, which the SDK re-prints without the selections a server rejected.
/// </summary>
internal static class WireEmitter
{
    public static void EmitDocuments(CodeWriter w, OperationModel model)
    {
        var transport = CSharpTypes.Transport;
        var variants = model.Wire.Variants;
        if (model.Wire.LiteralVariable is null)
        {
            w.Summary("The GraphQL document sent for this operation: fragments inlined, so no guessed type name reaches the wire.");
            w.Line($"public const string DocumentText = {CodeWriter.Literal(variants[0].Text)};");
            w.Line();
            w.Line("private static readonly global::System.Text.Json.JsonEncodedText s_encodedDocument = global::System.Text.Json.JsonEncodedText.Encode(DocumentText);");
            w.Line();
            w.Line($"internal static readonly {transport}.WireDocument s_wire = {Document(model, variants[0], "DocumentText", transport)};");
            w.Line();
            return;
        }

        w.Line("// One document per value of the literal variable: its enum type's name is unproven, so the value is written in.");
        w.Line("private static readonly string[] s_documentTexts =");
        w.Open();
        foreach (var variant in variants)
        {
            w.Line(CodeWriter.Literal(variant.Text) + ",");
        }

        w.Close(";");
        w.Line();
        w.Line("private static readonly global::System.Text.Json.JsonEncodedText[] s_encodedDocument = global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.Select(s_documentTexts, static text => global::System.Text.Json.JsonEncodedText.Encode(text)));");
        w.Line();
        w.Line($"internal static readonly {transport}.WireDocument[] s_wire =");
        w.Open();
        for (var i = 0; i < variants.Count; i++)
        {
            w.Line(Document(model, variants[i], $"s_documentTexts[{i}]", transport) + ",");
        }

        w.Close(";");
        w.Line();
    }

    public static void EmitAccessors(CodeWriter w, OperationModel model)
    {
        var transport = CSharpTypes.Transport;
        if (model.Wire.LiteralVariable is null)
        {
            w.Line("/// <inheritdoc />");
            w.Line("public global::System.Text.Json.JsonEncodedText EncodedDocument => s_encodedDocument;");
            w.Line();
            w.Line("/// <inheritdoc />");
            w.Line($"public {transport}.WireDocument Wire => s_wire;");
            w.Line();
            return;
        }

        w.Line("/// <inheritdoc />");
        w.Line("public global::System.Text.Json.JsonEncodedText EncodedDocument => s_encodedDocument[Variant];");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public {transport}.WireDocument Wire => s_wire[Variant];");
        w.Line();
        w.Line($"private int Variant => this.{model.Wire.LiteralVariable} switch");
        w.Open();
        var variants = model.Wire.Variants;
        for (var i = 0; i < variants.Count; i++)
        {
            w.Line($"{CSharpTypes.EnumType(model.Wire.LiteralEnum!, model.RootNamespace)}.{variants[i].LiteralMember} => {i},");
        }

        w.Line($"_ => throw new global::System.ArgumentOutOfRangeException({CodeWriter.Literal(model.Wire.LiteralVariable)}, \"Not a value of the enum.\"),");
        w.Close(";");
        w.Line();
    }

    private static string Document(OperationModel model, WireVariant variant, string textExpression, string transport)
    {
        var name = variant.LiteralValue is null ? model.Name : $"{model.Name}[{variant.LiteralValue}]";
        return $"new {transport}.WireDocument({CodeWriter.Literal(name)}, {textExpression}, {CodeWriter.Literal(variant.Header)}, {Selections(variant.Nodes, transport)})";
    }

    private static string Selections(Pipeline.EquatableArray<WireNode> nodes, string transport) =>
        nodes.Count == 0
            ? "null"
            : $"new {transport}.WireSelection[] {{ " + string.Join(", ", nodes.Select(n => Selection(n, transport))) + " }";

    private static string Selection(WireNode node, string transport) =>
        $"new({(node.IsFragment ? "true" : "false")}, {CodeWriter.Literal(node.Head)}, {CodeWriter.Literal(node.ParentType)}, {CodeWriter.Literal(node.FieldName)}, {CodeWriter.Literal(node.Member)}, {(node.Prunable ? "true" : "false")}, {Selections(node.Children, transport)})";
}
