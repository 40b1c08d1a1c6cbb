using System.Collections.Generic;
using Hireflix.Sdk.Generators.Mapping;

namespace Hireflix.Sdk.Generators.Emit;

/// <summary>
/// Emits Utf8JsonWriter code for variables and input objects. Null optional values are omitted rather than
/// written as null, so an optional variable used inside an input literal counts as "not given".
/// </summary>
internal static class WriterEmitter
{
    public sealed record Member(string GraphQLName, string PropertyName, TypeShape Shape);

    public static void EmitObjectBody(CodeWriter w, IEnumerable<Member> members, string root)
    {
        w.Line("writer.WriteStartObject();");
        var counter = 0;
        foreach (var member in members)
        {
            var name = CodeWriter.Literal(member.GraphQLName) + "u8";
            var access = "this." + member.PropertyName;
            if (member.Shape.Nullable)
            {
                w.Open($"if ({access} is not null)");
                w.Line($"writer.WritePropertyName({name});");
                var valueAccess = CSharpTypes.IsValueType(member.Shape, input: true) ? access + ".Value" : access;
                EmitWriteNonNull(w, member.Shape, valueAccess, root, ref counter);
                w.Close();
            }
            else
            {
                w.Line($"writer.WritePropertyName({name});");
                EmitWriteNonNull(w, member.Shape, access, root, ref counter);
            }
        }

        w.Line("writer.WriteEndObject();");
    }

    private static void EmitWrite(CodeWriter w, TypeShape shape, string expression, string root, ref int counter)
    {
        if (!shape.Nullable)
        {
            EmitWriteNonNull(w, shape, expression, root, ref counter);
            return;
        }

        w.Open($"if ({expression} is null)");
        w.Line("writer.WriteNullValue();");
        w.Close();
        w.Open("else");
        EmitWriteNonNull(w, shape, CSharpTypes.IsValueType(shape, input: true) ? expression + ".Value" : expression, root, ref counter);
        w.Close();
    }

    private static void EmitWriteNonNull(CodeWriter w, TypeShape shape, string expression, string root, ref int counter)
    {
        switch (shape.Kind)
        {
            case ShapeKind.Scalar:
                w.Line(shape.Name switch
                {
                    "Int" or "Float" => $"writer.WriteNumberValue({expression});",
                    "Boolean" => $"writer.WriteBooleanValue({expression});",
                    "Timestamp" => $"writer.WriteNumberValue({expression}.ToUnixTimeMilliseconds());",
                    "JSON" => $"{expression}.WriteTo(writer);",
                    _ => $"writer.WriteStringValue({expression});",
                });
                break;
            case ShapeKind.Enum:
                w.Line($"writer.WriteStringValue({CSharpTypes.EnumConverter(shape.Name, root)}.ToGraphQL({expression}));");
                break;
            case ShapeKind.Input:
                w.Line($"{expression}.WriteJson(writer);");
                break;
            case ShapeKind.List:
                var item = "item" + counter++;
                w.Line("writer.WriteStartArray();");
                w.Open($"foreach (var {item} in {expression})");
                EmitWrite(w, shape.Item!, item, root, ref counter);
                w.Close();
                w.Line("writer.WriteEndArray();");
                break;
        }
    }
}
