using System.Collections.Generic;
using System.Linq;
using Hireflix.Sdk.Generators.Mapping;

namespace Hireflix.Sdk.Generators.Emit;

/// <summary>
/// Emits the reflection-free Utf8JsonReader code of a result class: one pass over the object's properties,
/// unknown properties skipped, missing/null/mistyped non-null fields turned into JsonException.
/// </summary>
internal static class ReaderEmitter
{
    private const string Reader = "ref global::System.Text.Json.Utf8JsonReader reader";
    private const string TokenType = "global::System.Text.Json.JsonTokenType";

    public static void EmitReadJson(CodeWriter w, ClassModel model, string root)
    {
        var helpers = CSharpTypes.Helpers;
        var modifier = model.BaseFullName is null ? string.Empty : "new ";
        w.Summary($"Reads one <c>{TypeMapper.Xml(model.GraphQLType)}</c> object: the reader is on its start and is left on its end.");
        w.Open($"internal static {modifier}{model.FullName} ReadJson({Reader})");
        w.Line($"{helpers}.ExpectObject(ref reader, {CodeWriter.Literal(model.GraphQLType)});");
        if (model.Kind == ClassKind.Abstract)
        {
            EmitDispatch(w, model, helpers);
            w.Close();
            return;
        }

        var properties = model.Inherited.Concat(model.Properties).ToList();
        var fields = properties.Where(p => p.Kind != PropertyKind.FragmentSpread).ToList();
        var spreads = properties.Where(p => p.Kind == PropertyKind.FragmentSpread).ToList();
        if (spreads.Count > 0)
        {
            // Fragment models read the same JSON object: each gets its own copy of the reader at the start.
            w.Line("var start = reader;");
        }

        // Which fields the response had: a field pruned after the server rejected it is absent, and members derived
        // from it must say "unknown" rather than read its absence as null.
        var track = TracksPresence(model);
        if (track)
        {
            w.Line("ulong seen = 0;");
            w.Line("ulong trueWithoutDate = 0;");
        }
        var names = new Dictionary<PropertyModel, int>();
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            names[field] = i;
            var localType = LocalType(field.Shape, root);
            w.Line($"{localType} v{i} = default;");
            if (!field.Shape.Nullable)
            {
                w.Line($"bool h{i} = false;");
            }
        }

        w.Open("while (true)");
        w.Line($"{helpers}.Next(ref reader);");
        w.Open($"if (reader.TokenType == {TokenType}.EndObject)");
        w.Line("break;");
        w.Close();
        w.Line();
        var first = true;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            w.Open($"{(first ? "if" : "else if")} (reader.ValueTextEquals({CodeWriter.Literal(field.ResponseName)}u8))");
            first = false;
            w.Line($"{helpers}.Next(ref reader);");
            if (track && i < 64)
            {
                w.Line($"seen |= {Bit(i)};");
            }

            var counter = 0;
            EmitRead(w, field.Shape, $"v{i}", field.ParentType, field.FieldName, root, ref counter, i < 64 ? Bit(i) : "0UL");
            if (!field.Shape.Nullable)
            {
                w.Line($"h{i} = true;");
            }

            w.Close();
        }

        if (first)
        {
            w.Line($"{helpers}.Next(ref reader);");
            w.Line($"{helpers}.Skip(ref reader);");
        }
        else
        {
            w.Open("else");
            w.Line($"{helpers}.Next(ref reader);");
            w.Line($"{helpers}.Skip(ref reader);");
            w.Close();
        }

        w.Close();
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            if (!field.Shape.Nullable)
            {
                w.Line();
                w.Open($"if (!h{i})");
                w.Line($"throw {helpers}.MissingField({CodeWriter.Literal(field.ParentType)}, {CodeWriter.Literal(field.FieldName)});");
                w.Close();
            }
        }

        for (var i = 0; i < spreads.Count; i++)
        {
            w.Line();
            w.Line($"var c{i} = start;");
            w.Line($"var f{i} = {spreads[i].Shape.Name}.ReadJson(ref c{i});");
        }

        w.Line();
        w.Line($"return new {model.FullName}");
        w.Open();
        var spreadIndex = 0;
        foreach (var property in properties)
        {
            if (property.Kind == PropertyKind.FragmentSpread)
            {
                w.Line($"{property.Name} = f{spreadIndex++},");
                continue;
            }

            var bang = !property.Shape.Nullable && !CSharpTypes.IsValueType(property.Shape, input: false) ? "!" : string.Empty;
            w.Line($"{property.Name} = v{names[property]}{bang},");
        }

        if (track)
        {
            var mask = fields.Count >= 64 ? "ulong.MaxValue" : $"0x{((1UL << fields.Count) - 1):X}UL";
            w.Line($"OmittedFields = ~seen & {mask},");
            w.Line("TrueWithoutDateFields = trueWithoutDate,");
        }
        w.Close(";");
        w.Close();
    }

    /// <summary>Finds __typename wherever it is in the object (looking ahead on a copy), then reads the matching member.</summary>
    private static void EmitDispatch(CodeWriter w, ClassModel model, string helpers)
    {
        w.Line($"var typeName = {helpers}.PeekTypeName(reader, {CodeWriter.Literal(model.TypeNameKey!)}u8, {CodeWriter.Literal(model.GraphQLType)});");
        w.Open("switch (typeName)");
        foreach (var member in model.Members)
        {
            w.Line($"case {CodeWriter.Literal(member.TypeName)}:");
            w.Line($"    return {member.FullName}.ReadJson(ref reader);");
        }

        w.Line("default:");
        w.Line($"    return {model.FullName}.Unknown.ReadJson(ref reader);");
        w.Close();
    }

    /// <summary>Reference-typed locals start null until read, so they are declared nullable and checked via the h-flags.</summary>
    private static string LocalType(TypeShape shape, string root) =>
        CSharpTypes.IsValueType(shape, input: false)
            ? CSharpTypes.Name(shape, root, input: false)
            : CSharpTypes.Name(shape with { Nullable = true }, root, input: false);

    private static TypeShape NonNull(TypeShape shape) => shape with { Nullable = false };

    public static string Bit(int index) => $"0x{1UL << index:X}UL";

    /// <summary>
    /// Only classes with date fields carry presence bits: derived members (stage, archived) read dates, and a date
    /// may come as a boolean. Small leaf objects (40,000 transcript words) stay as small as their fields.
    /// </summary>
    public static bool TracksPresence(ClassModel model) =>
        model.Kind != ClassKind.Abstract && HasDateField(model.Inherited.Concat(model.Properties));

    /// <summary>Whether any of these properties is a date field (or a list of dates): the classes that carry presence bits.</summary>
    public static bool HasDateField(IEnumerable<PropertyModel> properties) =>
        properties.Any(p => p.Kind == PropertyKind.Field && HasTimestamp(p.Shape));

    private static bool HasTimestamp(TypeShape shape) =>
        shape.Kind == ShapeKind.List ? HasTimestamp(shape.Item!) : shape.Kind == ShapeKind.Scalar && shape.Name == "Timestamp";

    private static void EmitRead(CodeWriter w, TypeShape shape, string target, string type, string field, string root, ref int counter, string bit)
    {
        if (shape.Nullable)
        {
            w.Open($"if (reader.TokenType == {TokenType}.Null)");

            // A collection Hireflix answered null for is empty; only one it did not return at all stays null (unknown).
            w.Line(shape.Kind == ShapeKind.List
                ? $"{target} = global::System.Array.Empty<{CSharpTypes.Name(NonNull(shape.Item!), root, input: false)}>();"
                : $"{target} = null;");
            w.Close();
            w.Open("else");
            if (shape.Kind == ShapeKind.Scalar && shape.Name != "JSON")
            {
                EmitReadOptionalScalar(w, shape, target, type, field, root, bit);
            }
            else
            {
                EmitReadNonNull(w, shape, target, type, field, root, ref counter);
            }

            w.Close();
        }
        else
        {
            EmitReadNonNull(w, shape, target, type, field, root, ref counter);
        }
    }

    /// <summary>An optional scalar of an unexpected JSON kind reads as null (reported once) instead of failing the call.</summary>
    private static void EmitReadOptionalScalar(CodeWriter w, TypeShape shape, string target, string type, string field, string root, string bit)
    {
        var helpers = CSharpTypes.Helpers;
        var args = $"ref reader, {CodeWriter.Literal(type)}, {CodeWriter.Literal(field)}";
        w.Line(shape.Name switch
        {
            "Int" => $"{target} = {helpers}.ReadOptionalInt({args});",
            "Float" => $"{target} = {helpers}.ReadOptionalFloat({args});",
            "Boolean" => $"{target} = {helpers}.ReadOptionalBoolean({args});",
            "Timestamp" => $"{target} = {helpers}.ReadOptionalTimestamp({args}, ref trueWithoutDate, {bit});",
            _ => $"{target} = {helpers}.ReadOptionalString({args});",
        });
    }

    private static void EmitReadNonNull(CodeWriter w, TypeShape shape, string target, string type, string field, string root, ref int counter)
    {
        var helpers = CSharpTypes.Helpers;
        var args = $"ref reader, {CodeWriter.Literal(type)}, {CodeWriter.Literal(field)}";
        switch (shape.Kind)
        {
            case ShapeKind.Scalar:
                var method = shape.Name switch
                {
                    "Int" => "ReadInt",
                    "Float" => "ReadFloat",
                    "Boolean" => "ReadBoolean",
                    "Timestamp" => "ReadTimestamp",
                    "JSON" => "ReadJsonElement",
                    _ => "ReadString",
                };
                w.Line($"{target} = {helpers}.{method}({args});");
                break;
            case ShapeKind.Enum:
                w.Line($"{target} = {CSharpTypes.EnumConverter(shape.Name, root)}.Read({args});");
                break;
            case ShapeKind.Object:
                w.Line($"{helpers}.ExpectObject({args});");
                w.Line($"{target} = {shape.Name}.ReadJson(ref reader);");
                break;
            case ShapeKind.List:
                var n = counter++;
                var itemType = CSharpTypes.Name(shape.Item! with { Nullable = false }, root, input: false);
                w.Line($"{helpers}.ExpectArray({args});");
                w.Line($"var list{n} = new global::System.Collections.Generic.List<{itemType}>();");
                w.Open("while (true)");
                w.Line($"{helpers}.Next(ref reader);");
                w.Open($"if (reader.TokenType == {TokenType}.EndArray)");
                w.Line("break;");
                w.Close();
                w.Line();
                var itemLocal = LocalType(shape.Item! with { Nullable = true }, root);
                w.Line($"{itemLocal} item{n} = default;");
                EmitRead(w, shape.Item!, $"item{n}", type, field, root, ref counter, "0UL");

                // Collections never hold null: a null item carries nothing to read.
                w.Open($"if (item{n} is {{ }} some{n})");
                w.Line($"list{n}.Add(some{n});");
                w.Close();
                w.Close();
                // The list itself is the IReadOnlyList: a ToArray copy was a quarter of a large result's allocations.
                w.Line($"{target} = list{n};");
                break;
        }
    }
}
