namespace Hireflix.Sdk.Transport;

/// <summary>The verdict on a rejected document: the selections to stop sending, or the differences the SDK cannot work around.</summary>
internal sealed record WirePruneOutcome(HashSet<WireSelection>? Pruned, IReadOnlyList<WireSelection> Added, IReadOnlyList<string> Differences);

/// <summary>
/// Decides what to do when Hireflix rejects a document: optional output fields (and union members whose fields are
/// all optional) that the server does not have are dropped, with any selection left empty; anything else (an
/// argument, an input field, a variable type, a required field) is a schema mismatch the SDK must not paper over.
/// </summary>
internal static class WirePruner
{
    public static WirePruneOutcome Analyze(WireDocument wire, HashSet<WireSelection> pruned, IReadOnlyList<HireflixGraphQLError> errors)
    {
        var positions = new List<(int Offset, WireSelection Selection)>();
        wire.Print(pruned, positions);
        var toPrune = new HashSet<WireSelection>();
        var differences = new List<string>();
        foreach (var error in errors)
        {
            var problem = WireErrorClassifier.Classify(error);
            if (problem is null)
            {
                differences.Add("a validation error the SDK does not recognise (see Errors)");
                continue;
            }

            var candidates = problem.Kind switch
            {
                WireProblemKind.UnknownField => Fields(positions, problem),
                WireProblemKind.UnknownType or WireProblemKind.ImpossibleFragment => positions.Select(p => p.Selection).Where(s => s.IsFragment && s.ParentType == problem.Name).ToList(),
                _ => [],
            };

            if (candidates.Count == 0)
            {
                differences.Add(problem.Description);
            }
            else if (candidates.FirstOrDefault(c => !c.Prunable) is { } required)
            {
                differences.Add($"{problem.Description}, which the SDK requires ({required.Member})");
            }
            else
            {
                toPrune.UnionWith(candidates);
            }
        }

        if (differences.Count > 0 || toPrune.Count == 0)
        {
            return new WirePruneOutcome(null, [], differences.Count > 0 ? differences : ["the rejected selections are no longer in the document"]);
        }

        var all = new HashSet<WireSelection>(pruned);
        all.UnionWith(toPrune);
        var added = toPrune.ToList();
        while (true)
        {
            var emptied = new List<WireSelection>();
            wire.Print(all, null, emptied);
            if (emptied.Count == 0)
            {
                return new WirePruneOutcome(all, added, []);
            }

            foreach (var selection in emptied)
            {
                if (!selection.Prunable)
                {
                    return new WirePruneOutcome(null, [], [$"every field the SDK selects under {selection} was rejected, and the SDK requires it ({selection.Member})"]);
                }

                all.Add(selection);
                added.Add(selection);
            }
        }
    }

    /// <summary>
    /// The server's error location (line 1 of our one-line document) names the exact selection; without one, the field
    /// name on the type the server names, or on any type: the server's type names need not be ours.
    /// </summary>
    private static List<WireSelection> Fields(List<(int Offset, WireSelection Selection)> positions, WireProblem problem)
    {
        if (problem.Column is { } column)
        {
            var located = positions.Where(p => p.Offset == column - 1 && !p.Selection.IsFragment && p.Selection.FieldName == problem.Name).Select(p => p.Selection).ToList();
            if (located.Count > 0)
            {
                return located;
            }
        }

        var fields = positions.Select(p => p.Selection).Where(s => !s.IsFragment && s.FieldName == problem.Name).ToList();
        var onType = fields.Where(s => s.ParentType == problem.Type).ToList();
        return onType.Count > 0 ? onType : fields;
    }
}
