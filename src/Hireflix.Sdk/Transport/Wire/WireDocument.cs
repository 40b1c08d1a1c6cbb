using System.ComponentModel;
using System.Text;

namespace Hireflix.Sdk.Transport;

/// <summary>
/// One selection of a generated operation's wire document, as the generator printed it: a field
/// (<see cref="Head"/> = <c>alias:name(args)</c>) or an inline fragment on a union member (<c>... on Type</c>).
/// Created by generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class WireSelection
{
    /// <summary>Creates a selection (generated code only).</summary>
    /// <param name="isFragment">True for an inline fragment on a union member.</param>
    /// <param name="head">The printed head: <c>alias:name(args)</c> or <c>... on Type</c>.</param>
    /// <param name="parentType">The schema type the field is selected on, or the fragment's type condition.</param>
    /// <param name="fieldName">The field's schema name (empty for a fragment).</param>
    /// <param name="member">The model member the selection fills.</param>
    /// <param name="prunable">Whether the SDK may stop sending it when the server does not know it.</param>
    /// <param name="children">The nested selections, or null.</param>
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

    /// <summary>True for an inline fragment on a union member.</summary>
    public bool IsFragment { get; }

    /// <summary>The printed head: <c>alias:name(args)</c> or <c>... on Type</c>.</summary>
    public string Head { get; }

    /// <summary>The SDK schema's type the field is selected on, or the fragment's type condition.</summary>
    public string ParentType { get; }

    /// <summary>The field's schema name (empty for a fragment).</summary>
    public string FieldName { get; }

    /// <summary>The model member this selection fills (named in the warning when it is pruned).</summary>
    public string Member { get; }

    /// <summary>Optional: nullable, no arguments, not a root field. Only these may be dropped.</summary>
    public bool Prunable { get; }

    /// <summary>The nested selections.</summary>
    public IReadOnlyList<WireSelection> Children { get; }

    /// <inheritdoc />
    public override string ToString() => IsFragment ? Head : $"{ParentType}.{FieldName}";
}

/// <summary>
/// A generated operation's document as a selection tree. <see cref="Text"/> is what is sent normally; after Hireflix
/// rejects optional fields, <see cref="Print"/> writes the same compact one-line text without them (the generator and
/// this printer agree byte for byte, so a server's error column maps to a selection). Created by generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class WireDocument
{
    /// <summary>Creates a document (generated code only).</summary>
    /// <param name="name">The operation name (with the literal value for per-value documents).</param>
    /// <param name="text">The document text sent when nothing is pruned.</param>
    /// <param name="header">The text before the root selection set (<c>query Name($v:T)</c>).</param>
    /// <param name="selections">The root selections.</param>
    public WireDocument(string name, string text, string header, WireSelection[]? selections)
    {
        Name = name;
        Text = text;
        Header = header;
        Selections = selections ?? [];
    }

    /// <summary>The operation name, with the literal value for per-value documents (<c>ListInterviewsByStage[to_evaluate]</c>).</summary>
    public string Name { get; }

    /// <summary>The document text sent when nothing is pruned.</summary>
    public string Text { get; }

    /// <summary>The text before the root selection set.</summary>
    public string Header { get; }

    /// <summary>The root selections.</summary>
    public IReadOnlyList<WireSelection> Selections { get; }

    /// <summary>
    /// Prints the document without <paramref name="pruned"/> selections; a selection whose children were all pruned is
    /// left out too and reported in <paramref name="emptied"/>. <paramref name="positions"/> receives the offset of every
    /// printed selection.
    /// </summary>
    internal string Print(HashSet<WireSelection> pruned, List<(int Offset, WireSelection Selection)>? positions = null, List<WireSelection>? emptied = null)
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
