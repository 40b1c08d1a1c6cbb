using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using Hireflix.Sdk.Generators.Pipeline;
using Hireflix.Sdk.Generators.Validation;

namespace Hireflix.Sdk.Generators.Mapping;

/// <summary>Member names: response names to PascalCase, made unique within a class, checked against C#'s rules.</summary>
internal sealed partial class TypeMapper
{
    /// <summary>The name <c>@member</c> gave; else `__typename` reads as TypeName unless aliased, and every other response name becomes its PascalCase.</summary>
    private string PropertyName(string responseName, List<GraphQLField> fields) =>
        fields.Select(f => _memberNames.TryGetValue(f, out var name) ? name : null).FirstOrDefault(n => n is not null)
        ?? (fields[0].Name.StringValue == "__typename" && fields[0].Alias is null ? "TypeName" : Naming.Pascal(responseName));

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
