using System.Text;

namespace Hireflix.Sdk.Transport;

/// <summary>
/// One selection of a generated operation's wire document, as the generator printed it: a field
/// (<see cref="Head"/> = <c>alias:name(args)</c>) or an inline fragment on a union member (<c>... on Type</c>).
/// </summary>
internal sealed class WireSelection
{
    public WireSelection(bool isFragment, string head, string parentType, string fieldName, string member, bool prunable, WireSelection[]? children)
    {
        IsFragment = isFragment;
        Head = head;
        ParentType = parentType;
        FieldName = fieldName;
        Member = member;
        Prunable = prunable;
        Children = children ?? [];
    }

    public bool IsFragment { get; }

    public string Head { get; }

    /// <summary>The SDK schema's type the field is selected on, or the fragment's type condition.</summary>
    public string ParentType { get; }

    public string FieldName { get; }

    /// <summary>The model member this selection fills (named in the warning when it is pruned).</summary>
    public string Member { get; }

    /// <summary>Optional: nullable, no arguments, not a root field. Only these may be dropped.</summary>
    public bool Prunable { get; }

    public IReadOnlyList<WireSelection> Children { get; }

    public override string ToString() => IsFragment ? Head : $"{ParentType}.{FieldName}";
}

/// <summary>
/// A generated operation's document as a selection tree. <see cref="Text"/> is what is sent normally; after Hireflix
/// rejects optional fields, <see cref="Print"/> writes the same compact one-line text without them (the generator and
/// this printer agree byte for byte, so a server's error column maps to a selection).
/// </summary>
internal sealed class WireDocument
{
    public WireDocument(string name, string text, string header, WireSelection[]? selections)
    {
        Name = name;
        Text = text;
        Header = header;
        Selections = selections ?? [];
    }

    /// <summary>The operation name, with the literal value for per-value documents (<c>ListInterviewsByStage[to_evaluate]</c>).</summary>
    public string Name { get; }

    public string Text { get; }

    public string Header { get; }

    public IReadOnlyList<WireSelection> Selections { get; }

    /// <summary>
    /// Prints the document without <paramref name="pruned"/> selections; a selection whose children were all pruned is
    /// left out too and reported in <paramref name="emptied"/>. <paramref name="positions"/> receives the offset of every
    /// printed selection.
    /// </summary>
    public string Print(HashSet<WireSelection> pruned, List<(int Offset, WireSelection Selection)>? positions = null, List<WireSelection>? emptied = null)
    {
        var builder = new StringBuilder(Text.Length);
        builder.Append(Header);
        AppendSet(builder, Selections, pruned, positions, emptied);
        return builder.ToString();
    }

    private static void AppendSet(StringBuilder builder, IReadOnlyList<WireSelection> selections, HashSet<WireSelection> pruned, List<(int, WireSelection)>? positions, List<WireSelection>? emptied)
    {
        builder.Append('{');
        var first = true;
        foreach (var selection in selections)
        {
            if (pruned.Contains(selection) || (selection.Children.Count > 0 && selection.Children.All(pruned.Contains)))
            {
                if (!pruned.Contains(selection))
                {
                    emptied?.Add(selection);
                }

                continue;
            }

            if (!first)
            {
                builder.Append(' ');
            }

            first = false;
            positions?.Add((builder.Length, selection));
            builder.Append(selection.Head);
            if (selection.Children.Count > 0)
            {
                AppendSet(builder, selection.Children, pruned, positions, emptied);
            }
        }

        builder.Append('}');
    }
}
