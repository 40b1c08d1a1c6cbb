using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using Hireflix.Sdk.Generators.Pipeline;
using Hireflix.Sdk.Generators.Validation;

namespace Hireflix.Sdk.Generators.Mapping;

/// <summary>Object selections become classes; a field selecting exactly one fragment is typed as its model.</summary>
internal sealed partial class TypeMapper
{
    private ClassModel? MapObject(
        ClassKind kind,
        string name,
        string fullName,
        SchemaType type,
        Collected collected,
        string summary,
        EquatableArray<PropertyModel> inherited,
        string? baseFullName,
        HashSet<string> skipResponseNames)
    {
        var properties = new List<PropertyModel>();
        var nested = new List<ClassModel>();
        var nodes = new Dictionary<string, ASTNode>();
        var taken = Taken(name, inherited.Select(p => p.Name));
        var fieldNames = new List<string>();
        foreach (var (responseName, fields) in collected.Fields)
        {
            if (!skipResponseNames.Contains(responseName))
            {
                fieldNames.Add(Unique(PropertyName(responseName, fields), taken));
            }
        }

        var spreadNames = collected.Spreads.Select(s => Unique(Naming.Pascal(s.Name), taken)).ToList();
        var fieldIndex = 0;
        foreach (var (responseName, fields) in collected.Fields)
        {
            if (skipResponseNames.Contains(responseName))
            {
                continue;
            }

            var field = fields[0];
            var propertyName = fieldNames[fieldIndex++];
            nodes[propertyName] = field;
            var property = MapField(fullName, type, responseName, propertyName, fields, nested, taken);
            if (property is null)
            {
                return null;
            }

            properties.Add(property);
        }

        var spreadIndex = 0;
        foreach (var (spreadName, node) in collected.Spreads)
        {
            var spreadPropertyName = spreadNames[spreadIndex++];
            if (!_fragments.TryGetValue(spreadName, out var fragment))
            {
                Failed = true;
                return null;
            }

            var condition = _schema.Find(fragment.TypeCondition.Type.Name.StringValue);
            if (condition is null || condition.Kind != SchemaTypeKind.Object)
            {
                Report(node, $"The fragment '{spreadName}' is on the abstract type '{fragment.TypeCondition.Type.Name.StringValue}'; spreading fragments on unions or interfaces into an object selection is not supported.");
                return null;
            }

            nodes[spreadPropertyName] = node;
            properties.Add(new PropertyModel(
                PropertyKind.FragmentSpread,
                spreadPropertyName,
                string.Empty,
                type.Name,
                spreadName,
                new TypeShape(ShapeKind.Object, ModelsNamespace + "." + Naming.Pascal(spreadName), false, null),
                $"The <c>{Xml(spreadName)}</c> fragment of this <c>{Xml(type.Name)}</c>."));
        }

        var model = new ClassModel(
            kind,
            name,
            fullName,
            type.Name,
            summary,
            properties.ToEquatableArray(),
            inherited,
            nested.ToEquatableArray(),
            EquatableArray<MemberRef>.Empty,
            null,
            baseFullName);
        return CheckNames(model, nodes) ? model : null;
    }

    private PropertyModel? MapField(string ownerFullName, SchemaType parent, string responseName, string propertyName, List<GraphQLField> fields, List<ClassModel> nested, HashSet<string> taken)
    {
        var field = fields[0];
        var fieldName = field.Name.StringValue;
        if (fieldName == "__typename")
        {
            return new PropertyModel(
                PropertyKind.TypeName,
                propertyName,
                responseName,
                parent.Name,
                fieldName,
                new TypeShape(ShapeKind.Scalar, "String", false, null),
                "The GraphQL type name of this object (<c>__typename</c>).");
        }

        var definition = parent.GetField(fieldName);
        var namedType = definition is null ? null : _schema.Find(NamedType(definition.Type));
        if (definition is null || namedType is null)
        {
            Failed = true;
            return null;
        }

        var summary = definition.Description is { } description
            ? Xml(description)
            : $"The <c>{Xml(fieldName)}</c> field of <c>{Xml(parent.Name)}</c>.";
        var sets = fields.Where(f => f.SelectionSet is not null).Select(f => f.SelectionSet!).ToList();
        TypeShape leaf;
        switch (namedType.Kind)
        {
            case SchemaTypeKind.Scalar when SupportedScalars.Contains(namedType.Name):
                leaf = new TypeShape(ShapeKind.Scalar, namedType.Name, true, null);
                break;
            case SchemaTypeKind.Scalar:
                Report(field, $"The custom scalar '{namedType.Name}' has no C# mapping; only Timestamp and JSON are supported.");
                return null;
            case SchemaTypeKind.Enum:
                Enums.Add(namedType.Name);
                ResultEnums.Add(namedType.Name);
                leaf = new TypeShape(ShapeKind.Enum, namedType.Name, true, null);
                break;
            case SchemaTypeKind.Object:
                var collected = new Collected();
                foreach (var set in sets)
                {
                    CollectObject(set, collected);
                }

                if (SingleFragment(sets, namedType.Name) is { } fragmentName)
                {
                    leaf = new TypeShape(ShapeKind.Object, ModelsNamespace + "." + Naming.Pascal(fragmentName), true, null);
                    break;
                }

                var className = Unique(propertyName + "Data", taken);
                var objectModel = MapObject(ClassKind.Object, className, ownerFullName + "." + className, namedType, collected, summary, EquatableArray<PropertyModel>.Empty, null, new HashSet<string>());
                if (objectModel is null)
                {
                    return null;
                }

                nested.Add(objectModel);
                leaf = new TypeShape(ShapeKind.Object, objectModel.FullName, true, null);
                break;
            case SchemaTypeKind.Union:
            case SchemaTypeKind.Interface:
                var resultName = Unique(propertyName + "Result", taken);
                var abstractModel = MapAbstract(resultName, ownerFullName + "." + resultName, namedType, sets, field, summary);
                if (abstractModel is null)
                {
                    return null;
                }

                nested.Add(abstractModel);
                leaf = new TypeShape(ShapeKind.Object, abstractModel.FullName, true, null);
                break;
            default:
                Failed = true;
                return null;
        }

        return new PropertyModel(PropertyKind.Field, propertyName, responseName, parent.Name, fieldName, Wrap(definition.Type, leaf), summary);
    }

    /// <summary>`{ ...F }` or `{ __typename ...F }` with F on the field's own type: the field is typed as F's model.</summary>
    private string? SingleFragment(List<GraphQLSelectionSet> sets, string typeName)
    {
        string? found = null;
        foreach (var selection in sets.SelectMany(s => s.Selections))
        {
            switch (selection)
            {
                case GraphQLField { Alias: null } field when field.Name.StringValue == "__typename":
                    continue;
                case GraphQLFragmentSpread spread when found is null || found == spread.FragmentName.Name.StringValue:
                    found = spread.FragmentName.Name.StringValue;
                    continue;
                default:
                    return null;
            }
        }

        return found is not null && _fragments.TryGetValue(found, out var fragment) && fragment.TypeCondition.Type.Name.StringValue == typeName
            ? found
            : null;
    }
}
