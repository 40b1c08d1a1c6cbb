using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Hireflix.Sdk.Generators.Pipeline;

namespace Hireflix.Sdk.Generators.Parsing;

/// <summary>
/// Rules that need every operations file at once: per-file parse problems, unsupported operation kinds,
/// duplicate names (HFX003) and fragments no operation uses (HFX004). Also builds the project-wide tables.
/// </summary>
internal static class ProjectChecks
{
    public static EquatableArray<DiagnosticInfo> Run(ImmutableArray<ParsedFile> files)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var operations = new Dictionary<string, DefinitionSource>();
        var fragments = new Dictionary<string, DefinitionSource>();
        var anySyntaxError = false;

        foreach (var file in files)
        {
            diagnostics.AddRange(file.Diagnostics);
            anySyntaxError |= file.Diagnostics.Any(d => d.Rule == DiagnosticRule.SyntaxError);
            foreach (var definition in file.Definitions)
            {
                if (definition.Kind == DefinitionKind.Fragment)
                {
                    if (fragments.ContainsKey(definition.Name!))
                    {
                        diagnostics.Add(new DiagnosticInfo(DiagnosticRule.DuplicateName, $"The fragment name '{definition.Name}' is already defined in this project.", definition.NameSpan));
                    }
                    else
                    {
                        fragments.Add(definition.Name!, definition);
                    }

                    continue;
                }

                if (definition.Name is null)
                {
                    diagnostics.Add(new DiagnosticInfo(DiagnosticRule.Unsupported, "Anonymous operations are not supported: give the operation a name, it becomes the generated class name.", definition.NameSpan));
                    continue;
                }

                if (definition.Kind == DefinitionKind.Subscription)
                {
                    diagnostics.Add(new DiagnosticInfo(DiagnosticRule.Unsupported, $"Subscription '{definition.Name}' is not supported: the Hireflix API has no subscriptions.", definition.NameSpan));
                }

                if (operations.ContainsKey(definition.Name))
                {
                    diagnostics.Add(new DiagnosticInfo(DiagnosticRule.DuplicateName, $"The operation name '{definition.Name}' is already defined in this project.", definition.NameSpan));
                }
                else
                {
                    operations.Add(definition.Name, definition);
                }
            }
        }

        // A file that does not parse hides which fragments its operations use; reporting "unused" then would be noise.
        if (!anySyntaxError)
        {
            var used = new HashSet<string>();
            foreach (var operation in operations.Values)
            {
                foreach (var fragment in Transitive(operation, fragments))
                {
                    used.Add(fragment.Name!);
                }
            }

            foreach (var fragment in fragments.Values)
            {
                if (!used.Contains(fragment.Name!))
                {
                    diagnostics.Add(new DiagnosticInfo(DiagnosticRule.UnusedFragment, $"The fragment '{fragment.Name}' is not used by any operation.", fragment.NameSpan));
                }
            }
        }

        return diagnostics.ToEquatableArray();
    }

    /// <summary>First definition of every fragment name (later duplicates are HFX003 and ignored).</summary>
    public static EquatableArray<DefinitionSource> FragmentTable(ImmutableArray<ParsedFile> files)
    {
        var seen = new HashSet<string>();
        return files.SelectMany(f => f.Definitions)
            .Where(d => d.Kind == DefinitionKind.Fragment && seen.Add(d.Name!))
            .ToEquatableArray();
    }

    /// <summary>Named queries and mutations, first definition per name, in file order.</summary>
    public static ImmutableArray<DefinitionSource> Operations(ImmutableArray<ParsedFile> files)
    {
        var seen = new HashSet<string>();
        return files.SelectMany(f => f.Definitions)
            .Where(d => d.Kind is DefinitionKind.Query or DefinitionKind.Mutation && d.Name is not null && seen.Add(d.Name))
            .ToImmutableArray();
    }

    /// <summary>Cuts the fragment table down to what one definition needs, so unrelated edits keep it cached.</summary>
    public static DefinitionUnit Unit(DefinitionSource root, EquatableArray<DefinitionSource> table)
    {
        var byName = new Dictionary<string, DefinitionSource>();
        foreach (var fragment in table)
        {
            byName[fragment.Name!] = fragment;
        }

        var extended = root.Kind == DefinitionKind.Fragment &&
            table.Any(f => f.Name != root.Name && f.TypeCondition == root.TypeCondition && f.DirectSpreads.Contains(root.Name!));
        return new DefinitionUnit(root, Transitive(root, byName).Where(f => f != root).ToEquatableArray(), extended);
    }

    /// <summary>Fragments reachable from a definition, each once, in discovery order; missing names are skipped (the validator reports them).</summary>
    private static List<DefinitionSource> Transitive(DefinitionSource root, IReadOnlyDictionary<string, DefinitionSource> fragments)
    {
        var result = new List<DefinitionSource>();
        var seen = new HashSet<string>();
        if (root.Kind == DefinitionKind.Fragment)
        {
            seen.Add(root.Name!);
        }

        var queue = new Queue<DefinitionSource>();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var name in current.DirectSpreads)
            {
                if (seen.Add(name) && fragments.TryGetValue(name, out var fragment))
                {
                    result.Add(fragment);
                    queue.Enqueue(fragment);
                }
            }
        }

        return result;
    }
}
