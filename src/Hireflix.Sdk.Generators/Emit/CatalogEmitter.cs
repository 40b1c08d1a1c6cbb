using System.Collections.Generic;
using Hireflix.Sdk.Generators.Mapping;
using Hireflix.Sdk.Generators.Pipeline;

namespace Hireflix.Sdk.Generators.Emit;

/// <summary>
/// Emits one internal catalog of every operation: its wire documents (for the live schema check) and every name they
/// send with its evidence tier (the wire report).
/// </summary>
internal static class CatalogEmitter
{
    /// <summary>Null without operations: a project with no (valid) operation files gets no generated code at all.</summary>
    public static GeneratedSource? Emit(IReadOnlyList<OperationModel> operations, string root)
    {
        if (operations.Count == 0)
        {
            return null;
        }

        var w = CodeWriter.File();
        w.Open($"namespace {root}.Operations");
        w.Summary("Every generated operation's wire documents and the names they send, with the evidence tier of each.");
        w.Open("internal static class HireflixOperationCatalog");
        w.Summary("Each document the SDK can send: the operation name (with the literal value for per-value documents), query or mutation, and the text.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<(string Name, string Kind, string Document)> All { get; } = new (string, string, string)[]");
        w.Open();
        foreach (var operation in operations)
        {
            var kind = operation.Kind == DefinitionKind.Mutation ? "mutation" : "query";
            foreach (var variant in operation.Wire.Variants)
            {
                var name = variant.LiteralValue is null ? operation.Name : $"{operation.Name}[{variant.LiteralValue}]";
                w.Line($"({CodeWriter.Literal(name)}, {CodeWriter.Literal(kind)}, {CodeWriter.Literal(variant.Text)}),");
            }
        }

        w.Close(";");
        w.Line();
        w.Summary("The same documents as selection trees, in the order of <see cref=\"All\"/>.");
        w.Line($"internal static global::System.Collections.Generic.IReadOnlyList<{CSharpTypes.Transport}.WireDocument> Wires {{ get; }} = new {CSharpTypes.Transport}.WireDocument[]");
        w.Open();
        foreach (var operation in operations)
        {
            if (operation.Wire.LiteralVariable is null)
            {
                w.Line($"{operation.ClassName}.s_wire,");
                continue;
            }

            for (var i = 0; i < operation.Wire.Variants.Count; i++)
            {
                w.Line($"{operation.ClassName}.s_wire[{i}],");
            }
        }

        w.Close(";");
        w.Line();
        w.Summary("Every name each operation sends: its kind (field, argument, input field, enum value, type condition, variable type), the name, its tier, and whether the SDK survives its absence.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<(string Operation, string Kind, string Name, string Tier, bool Optional)> WireNames { get; } = new (string, string, string, string, bool)[]");
        w.Open();
        foreach (var operation in operations)
        {
            foreach (var name in operation.Wire.Names)
            {
                w.Line($"({CodeWriter.Literal(operation.Name)}, {CodeWriter.Literal(name.Kind)}, {CodeWriter.Literal(name.Name)}, {CodeWriter.Literal(name.Tier)}, {(name.Optional ? "true" : "false")}),");
            }
        }

        w.Close(";");
        w.Close();
        w.Close();
        return new GeneratedSource("HireflixOperationCatalog.g.cs", w.ToString());
    }
}
