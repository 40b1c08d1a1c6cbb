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
internal sealed partial class TypeMapper
{
    /// <summary>Scalars the emitted readers/writers know how to handle.</summary>
    public static readonly HashSet<string> SupportedScalars = new() { "String", "Int", "Float", "Boolean", "ID", "Timestamp", "JSON" };

    /// <summary>Members every generated class has besides its properties.</summary>
    public static readonly string[] ReservedMemberNames = { "ReadJson", "WasOmitted", "WasTrueWithoutDate", "OmittedFields", "TrueWithoutDateFields" };

    private readonly SchemaIndex _schema;
    private readonly string _root;
    private readonly UnitDocument _unit;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new();

    private readonly IReadOnlyDictionary<GraphQLField, string> _memberNames;

    public TypeMapper(SchemaIndex schema, string rootNamespace, UnitDocument unit, IReadOnlyDictionary<GraphQLField, string> memberNames)
    {
        _schema = schema;
        _root = rootNamespace;
        _unit = unit;
        _memberNames = memberNames;
        foreach (var fragment in unit.Document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments[fragment.FragmentName.Name.StringValue] = fragment;
        }
    }

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public SortedSet<string> Enums { get; } = new(System.StringComparer.Ordinal);

    public SortedSet<string> Inputs { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The enums a result model exposes: public. Enums only variables use stay internal, like the operations.</summary>
    public SortedSet<string> ResultEnums { get; } = new(System.StringComparer.Ordinal);

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

    public void Report(ASTNode node, string message)
    {
        Failed = true;
        Diagnostics.Add(new DiagnosticInfo(DiagnosticRule.Unsupported, message, _unit.MapOffset(node.Location.Start)));
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
}
