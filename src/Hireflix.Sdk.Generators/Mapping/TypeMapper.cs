using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using Hireflix.Sdk.Generators.Pipeline;
using Hireflix.Sdk.Generators.Validation;

namespace Hireflix.Sdk.Generators.Mapping;

/// <summary>
/// Maps validated selection sets to class models: object selections become classes (inline fragments flattened,
/// fragment spreads become model-typed properties), union/interface selections become an abstract class with one
/// member class per type condition, and a field selecting exactly one fragment is typed as that fragment's model.
/// </summary>
internal sealed class TypeMapper
{
    /// <summary>Scalars the emitted readers/writers know how to handle.</summary>
    public static readonly HashSet<string> SupportedScalars = new() { "String", "Int", "Float", "Boolean", "ID", "Timestamp", "JSON" };

    /// <summary>Members every generated class has besides its properties.</summary>
    public static readonly string[] ReservedMemberNames = { "ReadJson", "WasOmitted", "WasTrueWithoutDate", "OmittedFields", "TrueWithoutDateFields" };

    private readonly SchemaIndex _schema;
    private readonly string _root;
    private readonly UnitDocument _unit;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new();

    public TypeMapper(SchemaIndex schema, string rootNamespace, UnitDocument unit)
    {
        _schema = schema;
        _root = rootNamespace;
        _unit = unit;
        foreach (var fragment in unit.Document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments[fragment.FragmentName.Name.StringValue] = fragment;
        }
    }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public SortedSet<string> Enums { get; } = new(System.StringComparer.Ordinal);

    public SortedSet<string> Inputs { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Set when the document refers to something the schema lacks; validation reports it, we just emit nothing.</summary>
    public bool Failed { get; private set; }

    public string ModelsNamespace => "global::" + _root + ".Models";

    public string OperationsNamespace => "global::" + _root + ".Operations";

    public ClassModel? MapRoot(string name, string fullName, string typeName, GraphQLSelectionSet set, string summary)
    {
        var type = _schema.Find(typeName);
        if (type is null || type.Kind != SchemaTypeKind.Object)
        {
            Failed = true;
            return null;
        }

        var collected = new Collected();
        CollectObject(set, collected);
        return MapObject(ClassKind.Object, name, fullName, type, collected, summary, EquatableArray<PropertyModel>.Empty, null, new HashSet<string>());
    }

    public EquatableArray<VariableModel> MapVariables(GraphQLOperationDefinition operation, HashSet<string> reserved)
    {
        var variables = new List<VariableModel>();
        if (operation.Variables is null)
        {
            return EquatableArray<VariableModel>.Empty;
        }

        foreach (var definition in operation.Variables.Items)
        {
            var name = definition.Variable.Name.StringValue;
            var leaf = InputLeaf(definition.Type, definition);
            if (leaf is null)
            {
                continue;
            }

            var shape = Wrap(definition.Type, leaf);

            // A default value makes the variable optional for the caller: null means "let the server use the default".
            var required = !shape.Nullable && definition.DefaultValue is null;
            if (!required)
            {
                shape = shape with { Nullable = true };
            }

            var propertyName = Naming.Pascal(name);
            if (!reserved.Add(propertyName))
            {
                Report(definition, $"The variable '${name}' maps to the property '{propertyName}', which clashes with another member of the operation class; rename the variable.");
                continue;
            }

            variables.Add(new VariableModel(name, propertyName, shape, required, $"The <c>${Xml(name)}</c> variable."));
        }

        return variables.ToEquatableArray();
    }

    public void Report(ASTNode node, string message)
    {
        Failed = true;
        Diagnostics.Add(new DiagnosticInfo("HFX006", message, _unit.MapOffset(node.Location.Start)));
    }

    public static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public static string NamedType(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NamedType(nonNull.Type),
        GraphQLListType list => NamedType(list.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => string.Empty,
    };

    /// <summary>Applies the list/non-null wrappers of a GraphQL type around a leaf shape.</summary>
    public static TypeShape Wrap(GraphQLType type, TypeShape leaf) => type switch
    {
        GraphQLNonNullType nonNull => Wrap(nonNull.Type, leaf) with { Nullable = false },
        GraphQLListType list => new TypeShape(ShapeKind.List, string.Empty, true, Wrap(list.Type, leaf)),
        _ => leaf with { Nullable = true },
    };

    private TypeShape? InputLeaf(GraphQLType graphQLType, ASTNode node)
    {
        var named = NamedType(graphQLType);
        var type = _schema.Find(named);
        switch (type?.Kind)
        {
            case SchemaTypeKind.Scalar when SupportedScalars.Contains(named):
                return new TypeShape(ShapeKind.Scalar, named, true, null);
            case SchemaTypeKind.Scalar:
                Report(node, $"The custom scalar '{named}' has no C# mapping; only Timestamp and JSON are supported.");
                return null;
            case SchemaTypeKind.Enum:
                Enums.Add(named);
                return new TypeShape(ShapeKind.Enum, named, true, null);
            case SchemaTypeKind.InputObject:
                return AddInput(type, node) ? new TypeShape(ShapeKind.Input, named, true, null) : null;
            default:
                Failed = true;
                return null;
        }
    }

    /// <summary>Registers an input type and everything its fields need (enums, nested inputs).</summary>
    private bool AddInput(SchemaType type, ASTNode node)
    {
        if (!Inputs.Add(type.Name))
        {
            return true;
        }

        foreach (var field in type.Fields)
        {
            if (InputLeaf(field.Type, node) is null)
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Collected
    {
        public List<(string ResponseName, List<GraphQLField> Fields)> Fields { get; } = new();

        public List<(string Name, ASTNode Node)> Spreads { get; } = new();

        public void AddField(GraphQLField field)
        {
            var key = (field.Alias?.Name ?? field.Name).StringValue;
            foreach (var (responseName, fields) in Fields)
            {
                if (responseName == key)
                {
                    fields.Add(field);
                    return;
                }
            }

            Fields.Add((key, new List<GraphQLField> { field }));
        }

        public void AddSpread(string name, ASTNode node)
        {
            if (!Spreads.Any(s => s.Name == name))
            {
                Spreads.Add((name, node));
            }
        }
    }

    /// <summary>In an object context every (validated) inline fragment applies, so its selections are flattened.</summary>
    private static void CollectObject(GraphQLSelectionSet set, Collected collected)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    collected.AddField(field);
                    break;
                case GraphQLFragmentSpread spread:
                    collected.AddSpread(spread.FragmentName.Name.StringValue, spread);
                    break;
                case GraphQLInlineFragment inline:
                    CollectObject(inline.SelectionSet, collected);
                    break;
            }
        }
    }

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
                fieldNames.Add(Unique(PropertyName(responseName, fields[0]), taken));
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

    private ClassModel? MapAbstract(string name, string fullName, SchemaType type, List<GraphQLSelectionSet> sets, GraphQLField field, string summary)
    {
        var baseCollected = new Collected();
        var members = new List<(string TypeName, Collected Collected)>();
        var ok = true;

        Collected Member(string typeName)
        {
            foreach (var (memberType, memberCollected) in members)
            {
                if (memberType == typeName)
                {
                    return memberCollected;
                }
            }

            var created = new Collected();
            members.Add((typeName, created));
            return created;
        }

        void Collect(GraphQLSelectionSet set)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField child:
                        baseCollected.AddField(child);
                        break;
                    case GraphQLInlineFragment inline:
                        var condition = inline.TypeCondition?.Type.Name.StringValue ?? type.Name;
                        if (condition == type.Name)
                        {
                            Collect(inline.SelectionSet);
                        }
                        else if (_schema.Find(condition) is { Kind: SchemaTypeKind.Object })
                        {
                            CollectObject(inline.SelectionSet, Member(condition));
                        }
                        else
                        {
                            Report(inline, $"Inline fragments on the abstract type '{condition}' inside '{type.Name}' are not supported; use one inline fragment per object type.");
                            ok = false;
                        }

                        break;
                    case GraphQLFragmentSpread spread:
                        var fragmentName = spread.FragmentName.Name.StringValue;
                        if (!_fragments.TryGetValue(fragmentName, out var fragment))
                        {
                            Failed = true;
                            ok = false;
                            break;
                        }

                        var fragmentType = fragment.TypeCondition.Type.Name.StringValue;
                        if (_schema.Find(fragmentType) is { Kind: SchemaTypeKind.Object })
                        {
                            // `...F` with F on an object type behaves like `... on T { ...F }`.
                            Member(fragmentType).AddSpread(fragmentName, spread);
                        }
                        else
                        {
                            Report(spread, $"The fragment '{fragmentName}' is on the abstract type '{fragmentType}'; fragments on unions or interfaces are not supported.");
                            ok = false;
                        }

                        break;
                }
            }
        }

        foreach (var set in sets)
        {
            Collect(set);
        }

        if (!ok)
        {
            return null;
        }

        var typeNameKey = baseCollected.Fields.FirstOrDefault(f => f.Fields[0].Name.StringValue == "__typename").ResponseName;
        if (typeNameKey is null)
        {
            Report(field, $"The selection on the {(type.Kind == SchemaTypeKind.Union ? "union" : "interface")} '{type.Name}' must select __typename (directly, not only inside inline fragments) so the result class can be chosen.");
            return null;
        }

        // Fields selected on the abstract type itself live on the base class; members read them too.
        var baseNested = new List<ClassModel>();
        var baseProperties = new List<PropertyModel>();
        var nodes = new Dictionary<string, ASTNode>();
        var taken = Taken(name, new[] { "Unknown" });
        var baseNames = baseCollected.Fields.Select(f => Unique(PropertyName(f.ResponseName, f.Fields[0]), taken)).ToList();
        var baseIndex = 0;
        foreach (var (responseName, fields) in baseCollected.Fields)
        {
            var property = MapField(fullName, type, responseName, baseNames[baseIndex++], fields, baseNested, taken);
            if (property is null)
            {
                return null;
            }

            nodes[property.Name] = fields[0];
            baseProperties.Add(property);
        }

        var inherited = baseProperties.ToEquatableArray();
        var skip = new HashSet<string>(baseCollected.Fields.Select(f => f.ResponseName));
        var memberRefs = new List<MemberRef>();
        foreach (var (memberType, memberCollected) in members)
        {
            var memberSchemaType = _schema.Find(memberType)!;
            var memberName = Unique(Naming.Pascal(memberType), taken);
            var memberModel = MapObject(
                ClassKind.Member,
                memberName,
                fullName + "." + memberName,
                memberSchemaType,
                memberCollected,
                $"The <c>{Xml(memberType)}</c> result of <c>{Xml(type.Name)}</c>.",
                inherited,
                fullName,
                skip);
            if (memberModel is null)
            {
                return null;
            }

            nodes[memberName] = field;
            baseNested.Add(memberModel);
            memberRefs.Add(new MemberRef(memberType, memberModel.FullName));
        }

        baseNested.Add(new ClassModel(
            ClassKind.Unknown,
            "Unknown",
            fullName + ".Unknown",
            type.Name,
            $"A <c>{Xml(type.Name)}</c> result of a type this SDK version does not know (see <c>TypeName</c>).",
            EquatableArray<PropertyModel>.Empty,
            inherited,
            EquatableArray<ClassModel>.Empty,
            EquatableArray<MemberRef>.Empty,
            null,
            fullName));
        nodes["Unknown"] = field;

        var model = new ClassModel(
            ClassKind.Abstract,
            name,
            fullName,
            type.Name,
            summary,
            baseProperties.ToEquatableArray(),
            EquatableArray<PropertyModel>.Empty,
            baseNested.ToEquatableArray(),
            memberRefs.ToEquatableArray(),
            typeNameKey,
            null);
        return CheckNames(model, nodes) ? model : null;
    }

    /// <summary>`__typename` reads as TypeName unless aliased; every other response name becomes its PascalCase.</summary>
    private static string PropertyName(string responseName, GraphQLField field) =>
        field.Name.StringValue == "__typename" && field.Alias is null ? "TypeName" : Naming.Pascal(responseName);

    /// <summary>
    /// Names a member may not take in a class: the generated members, the class's own name (C# forbids a member,
    /// nested classes included, named like its enclosing type) and members inherited from an abstract result.
    /// </summary>
    private static HashSet<string> Taken(string className, IEnumerable<string> inherited)
    {
        var taken = new HashSet<string>(ReservedMemberNames) { className };
        taken.UnionWith(inherited);
        return taken;
    }

    /// <summary>
    /// The first free spelling of a member name: field names repeat at several levels (`score { score { value } }`)
    /// and two response names can share a PascalCase, and every valid operation must still compile.
    /// </summary>
    private static string Unique(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var i = 2; !taken.Add(candidate); i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>C# forbids duplicate member names and members named like their class; report instead of emitting broken code.</summary>
    private bool CheckNames(ClassModel model, Dictionary<string, ASTNode> nodes)
    {
        var seen = new HashSet<string>(ReservedMemberNames);
        foreach (var name in model.Properties.Select(p => p.Name).Concat(model.Nested.Select(n => n.Name)).Concat(model.Inherited.Select(p => p.Name)))
        {
            if (name == model.Name || !seen.Add(name))
            {
                var node = nodes.TryGetValue(name, out var found) ? found : nodes.Values.FirstOrDefault();
                var message = $"The generated member '{name}' clashes with another member of the class '{model.Name}'; use an alias to rename the field.";
                if (node is not null)
                {
                    Report(node, message);
                }
                else
                {
                    Failed = true;
                }

                return false;
            }
        }

        return true;
    }
}
