using System.Collections.Generic;
using System.Linq;
using Hireflix.Sdk.Generators.Pipeline;
using Hireflix.Sdk.Generators.Validation;

namespace Hireflix.Sdk.Generators.Mapping;

internal sealed record EnumValueModel(string GraphQLName, string Name, string Summary);

internal sealed record EnumModel(string GraphQLName, string Name, string RootNamespace, string Summary, EquatableArray<EnumValueModel> Values);

internal sealed record InputFieldModel(string GraphQLName, string PropertyName, TypeShape Shape, bool Required, string Summary);

internal sealed record InputModel(string GraphQLName, string Name, string RootNamespace, string Summary, EquatableArray<InputFieldModel> Fields);

/// <summary>Maps the schema's enums and input types that operations use to models, emitted once each per project.</summary>
internal static class SharedTypeMapper
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
}
