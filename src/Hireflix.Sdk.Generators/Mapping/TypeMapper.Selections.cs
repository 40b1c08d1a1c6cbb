using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using Hireflix.Sdk.Generators.Pipeline;
using Hireflix.Sdk.Generators.Validation;

namespace Hireflix.Sdk.Generators.Mapping;

/// <summary>Collecting an object selection: fields by response name (merged), fragment spreads, inline fragments flattened.</summary>
internal sealed partial class TypeMapper
{
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
}
