using Hireflix.Sdk.Generators.Mapping;

namespace Hireflix.Sdk.Generators.Emit;

/// <summary>C# spellings of mapped GraphQL types, shared by the reader, writer and model emitters.</summary>
internal static class CSharpTypes
{
    public static string Name(TypeShape shape, string root, bool input)
    {
        var name = shape.Kind switch
        {
            ShapeKind.Scalar => Scalar(shape.Name, input),
            ShapeKind.Enum => EnumType(shape.Name, root),
            ShapeKind.Input => InputType(shape.Name, root),
            // Result collections never hold null (the reader skips null items); inputs keep the schema's item nullability.
            ShapeKind.List => "global::System.Collections.Generic.IReadOnlyList<" + Name(input ? shape.Item! : shape.Item! with { Nullable = false }, root, input) + ">",
            _ => shape.Name,
        };
        return shape.Nullable ? name + "?" : name;
    }

    public static bool IsValueType(TypeShape shape, bool input) => shape.Kind switch
    {
        ShapeKind.Enum => true,
        ShapeKind.Scalar => shape.Name switch
        {
            "Int" or "Float" or "Boolean" or "Timestamp" => true,
            "JSON" => !input,
            _ => false,
        },
        _ => false,
    };

    public static string EnumType(string graphQLName, string root) => "global::" + root + ".Models." + Naming.Pascal(graphQLName);

    public static string EnumConverter(string graphQLName, string root) => "global::" + root + ".Operations." + Naming.Pascal(graphQLName) + "Json";

    public static string InputType(string graphQLName, string root) => "global::" + root + ".Operations." + Naming.Pascal(graphQLName);

    /// <summary>
    /// The SDK's public runtime contract every generated operation uses, in the SDK itself and in a user's project
    /// alike: the operation interface, the wire document tree and the JSON reading helpers.
    /// </summary>
    public const string Transport = "global::Hireflix.Sdk.Transport";

    public const string Helpers = "global::Hireflix.Sdk.Operations.GraphQLJson";

    private static string Scalar(string name, bool input) => name switch
    {
        "Int" => "int",
        "Float" => "double",
        "Boolean" => "bool",
        "Timestamp" => "global::System.DateTimeOffset",
        "JSON" => input ? "global::System.Text.Json.Nodes.JsonNode" : "global::System.Text.Json.JsonElement",
        _ => "string",
    };
}
