using System.Collections.Generic;
using GraphQLParser.AST;

namespace Hireflix.Sdk.Generators.Validation;

internal enum SchemaTypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
}

internal sealed class SchemaField
{
    public SchemaField(string name, GraphQLType type, string? description, bool hasDefault, string tier)
    {
        Name = name;
        Type = type;
        Description = description;
        HasDefault = hasDefault;
        Tier = tier;
    }

    /// <summary>The evidence that this field (or argument) exists: its <c>@evidence(tier:)</c>, INFERRED when untagged.</summary>
    public string Tier { get; }

    public string Name { get; }

    public GraphQLType Type { get; }

    public string? Description { get; }

    public bool HasDefault { get; }

    /// <summary>Arguments of an output field (empty for input fields).</summary>
    public List<SchemaField> Arguments { get; } = new();

    public SchemaField? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }
}

internal sealed class SchemaType
{
    public SchemaType(string name, SchemaTypeKind kind, string? description, string tier)
    {
        Name = name;
        Kind = kind;
        Description = description;
        Tier = tier;
    }

    /// <summary>The evidence for this type's NAME (what a type condition or variable declaration sends).</summary>
    public string Tier { get; }

    /// <summary>Evidence per enum value name.</summary>
    public Dictionary<string, string> EnumValueTiers { get; } = new();

    public string Name { get; }

    public SchemaTypeKind Kind { get; }

    public string? Description { get; }

    /// <summary>Output fields (object/interface) or input fields (input object), in declaration order.</summary>
    public List<SchemaField> Fields { get; } = new();

    /// <summary>Enum values in declaration order, with their descriptions.</summary>
    public List<(string Name, string? Description)> EnumValues { get; } = new();

    /// <summary>Object types a value of this union/interface can be.</summary>
    public List<string> PossibleTypes { get; } = new();

    public bool IsAbstract => Kind is SchemaTypeKind.Union or SchemaTypeKind.Interface;

    public SchemaField? GetField(string name)
    {
        foreach (var field in Fields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }
}

/// <summary>
/// The schema as the emitter needs it (names, kinds, field types, descriptions), read straight from the SDL AST.
/// GraphQL.NET's Schema object is used only for validation; this index keeps type mapping simple and predictable.
/// </summary>
internal sealed class SchemaIndex
{
    private static readonly string[] BuiltInScalars = { "String", "Int", "Float", "Boolean", "ID" };

    private readonly Dictionary<string, SchemaType> _types = new();

    private SchemaIndex()
    {
    }

    public string QueryType { get; private set; } = "Query";

    public string MutationType { get; private set; } = "Mutation";

    public IEnumerable<SchemaType> Types => _types.Values;

    public SchemaType? Find(string name) => _types.TryGetValue(name, out var type) ? type : null;

    public static SchemaIndex Build(GraphQLDocument document)
    {
        var index = new SchemaIndex();
        foreach (var scalar in BuiltInScalars)
        {
            index._types[scalar] = new SchemaType(scalar, SchemaTypeKind.Scalar, null, Evidence.BuiltIn);
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLSchemaDefinition schema:
                    foreach (var root in schema.OperationTypes)
                    {
                        if (root.Type is null)
                        {
                            continue;
                        }

                        if (root.Operation == OperationType.Query)
                        {
                            index.QueryType = root.Type.Name.StringValue;
                        }
                        else if (root.Operation == OperationType.Mutation)
                        {
                            index.MutationType = root.Type.Name.StringValue;
                        }
                    }

                    break;
                case GraphQLScalarTypeDefinition scalar:
                    index.Add(new SchemaType(scalar.Name.StringValue, SchemaTypeKind.Scalar, Describe(scalar.Description), Evidence.Of(scalar.Directives)));
                    break;
                case GraphQLObjectTypeDefinition obj:
                    index.Add(Complex(obj.Name, SchemaTypeKind.Object, obj.Description, obj.Fields, obj.Directives));
                    break;
                case GraphQLInterfaceTypeDefinition iface:
                    index.Add(Complex(iface.Name, SchemaTypeKind.Interface, iface.Description, iface.Fields, iface.Directives));
                    break;
                case GraphQLUnionTypeDefinition union:
                    var unionType = new SchemaType(union.Name.StringValue, SchemaTypeKind.Union, Describe(union.Description), Evidence.Of(union.Directives));
                    if (union.Types is not null)
                    {
                        foreach (var member in union.Types.Items)
                        {
                            unionType.PossibleTypes.Add(member.Name.StringValue);
                        }
                    }

                    index.Add(unionType);
                    break;
                case GraphQLEnumTypeDefinition enumDefinition:
                    var enumType = new SchemaType(enumDefinition.Name.StringValue, SchemaTypeKind.Enum, Describe(enumDefinition.Description), Evidence.Of(enumDefinition.Directives));
                    if (enumDefinition.Values is not null)
                    {
                        foreach (var value in enumDefinition.Values.Items)
                        {
                            enumType.EnumValues.Add((value.Name.StringValue, Describe(value.Description)));
                            enumType.EnumValueTiers[value.Name.StringValue] = Evidence.Of(value.Directives);
                        }
                    }

                    index.Add(enumType);
                    break;
                case GraphQLInputObjectTypeDefinition input:
                    var inputType = new SchemaType(input.Name.StringValue, SchemaTypeKind.InputObject, Describe(input.Description), Evidence.Of(input.Directives));
                    if (input.Fields is not null)
                    {
                        foreach (var field in input.Fields.Items)
                        {
                            inputType.Fields.Add(new SchemaField(field.Name.StringValue, field.Type, Describe(field.Description), field.DefaultValue is not null, Evidence.Of(field.Directives)));
                        }
                    }

                    index.Add(inputType);
                    break;
            }
        }

        // Interfaces list the object types implementing them, so abstract selections know their members.
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLObjectTypeDefinition { Interfaces: { } interfaces } obj)
            {
                foreach (var iface in interfaces.Items)
                {
                    index.Find(iface.Name.StringValue)?.PossibleTypes.Add(obj.Name.StringValue);
                }
            }
        }

        return index;
    }

    private void Add(SchemaType type) => _types[type.Name] = type;

    private static SchemaType Complex(GraphQLName name, SchemaTypeKind kind, GraphQLDescription? description, GraphQLFieldsDefinition? fields, GraphQLDirectives? directives)
    {
        var type = new SchemaType(name.StringValue, kind, Describe(description), Evidence.Of(directives));
        if (fields is not null)
        {
            foreach (var field in fields.Items)
            {
                var schemaField = new SchemaField(field.Name.StringValue, field.Type, Describe(field.Description), false, Evidence.Of(field.Directives));
                if (field.Arguments is not null)
                {
                    foreach (var argument in field.Arguments.Items)
                    {
                        schemaField.Arguments.Add(new SchemaField(argument.Name.StringValue, argument.Type, Describe(argument.Description), argument.DefaultValue is not null, Evidence.Of(argument.Directives)));
                    }
                }

                type.Fields.Add(schemaField);
            }
        }

        return type;
    }

    private static string? Describe(GraphQLDescription? description)
    {
        if (description is null)
        {
            return null;
        }

        var text = description.Value.ToString().Trim();
        return text.Length == 0 ? null : text;
    }
}
