using System.Collections.Generic;
using System.Linq;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Hireflix.Sdk.Generators.Pipeline;

namespace Hireflix.Sdk.Generators.Parsing;

/// <summary>
/// Splits one operations file into its definitions (text + position). Runs once per file and is cached,
/// so editing one file never re-parses the others.
/// </summary>
internal static class OperationParser
{
    public static ParsedFile Parse(GraphQLInputFile file)
    {
        var map = new LineMap(file.Text);
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(file.Text);
        }
        catch (GraphQLParserException ex)
        {
            return new ParsedFile(file.Path, EquatableArray<DefinitionSource>.Empty, ImmutableOne(SyntaxError(file, map, ex)));
        }

        var definitions = new List<DefinitionSource>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var node in document.Definitions)
        {
            switch (node)
            {
                case GraphQLOperationDefinition op:
                    definitions.Add(FromOperation(file, map, op));
                    break;
                case GraphQLFragmentDefinition fragment:
                    definitions.Add(FromFragment(file, map, fragment));
                    break;
                default:
                    // Type-system definitions belong in the schema file, not next to operations.
                    diagnostics.Add(new DiagnosticInfo(
                        DiagnosticRule.Unsupported,
                        $"Only operations and fragments are supported in operation files; '{node.Kind}' is not.",
                        map.Span(file.Path, node.Location.Start, LineMap.TokenEnd(file.Text, node.Location.Start))));
                    break;
            }
        }

        return new ParsedFile(file.Path, definitions.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Converts a parser exception (1-based line/column) into an HFX001 at the same place.</summary>
    public static DiagnosticInfo SyntaxError(GraphQLInputFile file, LineMap map, GraphQLParserException ex, DiagnosticRule id = DiagnosticRule.SyntaxError, string prefix = "GraphQL syntax error: ")
    {
        var line = ex.Location.Line - 1;
        var column = ex.Location.Column - 1;
        var start = map.GetOffset(line, column);
        var end = LineMap.TokenEnd(file.Text, start);
        return new DiagnosticInfo(id, prefix + ex.Description, map.Span(file.Path, start, end));
    }

    private static DefinitionSource FromOperation(GraphQLInputFile file, LineMap map, GraphQLOperationDefinition op)
    {
        var kind = op.Operation switch
        {
            OperationType.Mutation => DefinitionKind.Mutation,
            OperationType.Subscription => DefinitionKind.Subscription,
            _ => DefinitionKind.Query,
        };
        var nameStart = op.Name?.Location.Start ?? op.Location.Start;
        var nameEnd = op.Name?.Location.End ?? LineMap.TokenEnd(file.Text, nameStart);
        return Create(file, map, kind, op.Name?.StringValue, null, op, map.Span(file.Path, nameStart, nameEnd), op.SelectionSet);
    }

    private static DefinitionSource FromFragment(GraphQLInputFile file, LineMap map, GraphQLFragmentDefinition fragment)
    {
        var name = fragment.FragmentName.Name;
        return Create(
            file,
            map,
            DefinitionKind.Fragment,
            name.StringValue,
            fragment.TypeCondition.Type.Name.StringValue,
            fragment,
            map.Span(file.Path, name.Location.Start, name.Location.End),
            fragment.SelectionSet);
    }

    private static DefinitionSource Create(
        GraphQLInputFile file,
        LineMap map,
        DefinitionKind kind,
        string? name,
        string? typeCondition,
        ASTNode node,
        SourceSpan nameSpan,
        GraphQLSelectionSet selectionSet)
    {
        var start = node.Location.Start;
        var end = TrimTrailingTrivia(file.Text, start, node.Location.End);
        var (line, column) = map.GetPosition(start);
        var spreads = new List<string>();
        CollectSpreads(selectionSet, spreads);
        return new DefinitionSource(
            kind,
            name,
            typeCondition,
            file.Path,
            file.Text.Substring(start, end - start),
            start,
            line,
            column,
            nameSpan,
            spreads.Distinct().ToEquatableArray());
    }

    /// <summary>
    /// The parser's end offset can include the blank lines and comments before the next definition; those belong
    /// to the next definition (or to nobody), not to the document sent for this one.
    /// </summary>
    private static int TrimTrailingTrivia(string text, int start, int end)
    {
        while (end > start)
        {
            var lineStart = text.LastIndexOfAny(new[] { '\n', '\r' }, end - 1, end - start);
            var line = text.Substring(lineStart + 1, end - lineStart - 1).Trim();
            if (line.Length > 0 && !line.StartsWith("#", System.StringComparison.Ordinal))
            {
                // Keep the real last line, without its trailing whitespace.
                return lineStart + 1 + text.Substring(lineStart + 1, end - lineStart - 1).TrimEnd().Length;
            }

            if (lineStart < start)
            {
                break;
            }

            end = lineStart;
        }

        return end;
    }

    private static void CollectSpreads(GraphQLSelectionSet? set, List<string> spreads)
    {
        if (set is null)
        {
            return;
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    CollectSpreads(field.SelectionSet, spreads);
                    break;
                case GraphQLFragmentSpread spread:
                    spreads.Add(spread.FragmentName.Name.StringValue);
                    break;
                case GraphQLInlineFragment inline:
                    CollectSpreads(inline.SelectionSet, spreads);
                    break;
            }
        }
    }

    private static EquatableArray<DiagnosticInfo> ImmutableOne(DiagnosticInfo info) => new[] { info }.ToEquatableArray();
}
