using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using Hireflix.Sdk.Generators.Pipeline;
using Hireflix.Sdk.Generators.Validation;

namespace Hireflix.Sdk.Generators.Mapping;

/// <summary>
/// Fragment models, and fragments that build on another: <c>fragment Interview on InterviewType { ...InterviewSummary
/// expires }</c> makes <c>Interview</c> derive from <c>InterviewSummary</c>, so the selection, the properties and any
/// logic written for the base exist once.
/// </summary>
internal sealed partial class TypeMapper
{
    /// <summary>Bounds a chain of fragments building on each other (the validator rejects cycles; this only stops one early).</summary>
    private const int MaxFragmentDepth = 8;

    /// <param name="name">The fragment's model name.</param>
    /// <param name="typeName">Its type condition.</param>
    /// <param name="set">Its selection set.</param>
    /// <param name="summary">The model's XML summary.</param>
    /// <param name="extensible">Another fragment builds on this one: the model is not sealed.</param>
    public ClassModel? MapFragment(string name, string typeName, GraphQLSelectionSet set, string summary, bool extensible) =>
        MapFragment(name, typeName, set, summary, extensible, 0);

    private ClassModel? MapFragment(string name, string typeName, GraphQLSelectionSet set, string summary, bool extensible, int depth)
    {
        var type = _schema.Find(typeName);
        if (type is null || type.Kind != SchemaTypeKind.Object)
        {
            Failed = true;
            return null;
        }

        var collected = new Collected();
        CollectObject(set, collected);
        var bases = collected.Spreads
            .Where(s => _fragments.TryGetValue(s.Name, out var f) && f.TypeCondition.Type.Name.StringValue == typeName)
            .ToList();
        var fullName = ModelsNamespace + "." + name;
        if (bases.Count == 0)
        {
            return MapObject(ClassKind.Object, name, fullName, type, collected, summary, EquatableArray<PropertyModel>.Empty, null, new HashSet<string>()) is { } plain
                ? plain with { Extensible = extensible }
                : null;
        }

        if (bases.Count > 1)
        {
            Report(bases[1].Node, $"A fragment builds on one other fragment of its type at most: '{name}' spreads '{bases[0].Name}' and '{bases[1].Name}'.");
            return null;
        }

        if (depth >= MaxFragmentDepth)
        {
            Report(bases[0].Node, $"Fragments build on each other more than {MaxFragmentDepth} levels deep.");
            return null;
        }

        var baseDefinition = _fragments[bases[0].Name];
        var baseName = Naming.Pascal(bases[0].Name);
        var baseModel = MapFragment(baseName, typeName, baseDefinition.SelectionSet, string.Empty, extensible: true, depth + 1);
        if (baseModel is null)
        {
            return null;
        }

        if (baseModel.Nested.Count > 0)
        {
            // The derived reader fills the base's properties, so their types must be the shared fragment models.
            Report(bases[0].Node, $"'{name}' builds on '{bases[0].Name}', whose object fields must each select one fragment (e.g. 'url {{ ...InterviewLinks }}') so both models share their types.");
            return null;
        }

        var inherited = baseModel.Inherited.Concat(baseModel.Properties).ToEquatableArray();
        collected.Spreads.RemoveAll(s => s.Name == bases[0].Name);
        var skip = new HashSet<string>(inherited.Where(p => p.Kind != PropertyKind.FragmentSpread).Select(p => p.ResponseName));
        return MapObject(ClassKind.Object, name, fullName, type, collected, summary, inherited, baseModel.FullName, skip) is { } derived
            ? derived with { Extensible = extensible }
            : null;
    }
}
