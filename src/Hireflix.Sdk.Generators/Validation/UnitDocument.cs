using System.Collections.Generic;
using System.Text;
using GraphQLParser;
using GraphQLParser.AST;
using Hireflix.Sdk.Generators.Parsing;
using Hireflix.Sdk.Generators.Pipeline;

namespace Hireflix.Sdk.Generators.Validation;

/// <summary>
/// One operation (or fragment) and the fragments it uses, joined into a single GraphQL document. Each piece
/// remembers where it came from, so positions in the joined text map back to the right file, line and column.
/// </summary>
internal sealed class UnitDocument
{
    private readonly List<(DefinitionSource Source, int DocStart, LineMap Map)> _pieces = new();

    private UnitDocument(string text, GraphQLDocument document)
    {
        Text = text;
        Document = document;
    }

    /// <summary>The joined source text: exactly what is sent to the server as the query.</summary>
    public string Text { get; }

    public GraphQLDocument Document { get; }

    public static UnitDocument Create(DefinitionUnit unit)
    {
        var builder = new StringBuilder();
        var pieces = new List<(DefinitionSource, int, LineMap)>();
        foreach (var source in Pieces(unit))
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            pieces.Add((source, builder.Length, new LineMap(source.Text)));
            builder.Append(source.Text);
        }

        var text = builder.ToString();

        // Every piece parsed on its own already, so the joined text parses too.
        var document = Parser.Parse(text);
        var result = new UnitDocument(text, document);
        result._pieces.AddRange(pieces);
        return result;
    }

    public static IEnumerable<DefinitionSource> Pieces(DefinitionUnit unit)
    {
        yield return unit.Root;
        foreach (var fragment in unit.Fragments)
        {
            yield return fragment;
        }
    }

    /// <summary>Maps an offset of the joined document to a span in the original .graphql file.</summary>
    public SourceSpan? MapOffset(int docOffset)
    {
        for (var i = _pieces.Count - 1; i >= 0; i--)
        {
            var (source, docStart, map) = _pieces[i];
            if (docOffset < docStart)
            {
                continue;
            }

            var relative = docOffset - docStart;
            if (relative > source.Text.Length)
            {
                return null;
            }

            var relativeEnd = LineMap.TokenEnd(source.Text, relative);
            var (startLine, startColumn) = Absolute(source, map.GetPosition(relative));
            var (endLine, endColumn) = Absolute(source, map.GetPosition(relativeEnd));
            return new SourceSpan(source.Path, source.Offset + relative, source.Offset + relativeEnd, startLine, startColumn, endLine, endColumn);
        }

        return null;
    }

    /// <summary>Maps a 1-based line/column of the joined document (as GraphQL.NET reports them).</summary>
    public SourceSpan? MapLineColumn(int line, int column)
    {
        var map = new LineMap(Text);
        return MapOffset(map.GetOffset(line - 1, column - 1));
    }

    private static (int Line, int Column) Absolute(DefinitionSource source, (int Line, int Column) relative) =>
        relative.Line == 0 ? (source.Line, source.Column + relative.Column) : (source.Line + relative.Line, relative.Column);
}
