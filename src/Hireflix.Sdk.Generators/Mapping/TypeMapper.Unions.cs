using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using Hireflix.Sdk.Generators.Pipeline;
using Hireflix.Sdk.Generators.Validation;

namespace Hireflix.Sdk.Generators.Mapping;

/// <summary>Union and interface selections become an abstract class with one member class per type condition, plus Unknown.</summary>
internal sealed partial class TypeMapper
{
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
        var baseNames = baseCollected.Fields.Select(f => Unique(PropertyName(f.ResponseName, f.Fields), taken)).ToList();
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
}
