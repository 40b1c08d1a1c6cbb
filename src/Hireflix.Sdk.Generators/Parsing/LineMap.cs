using System.Collections.Generic;
using Hireflix.Sdk.Generators.Pipeline;

namespace Hireflix.Sdk.Generators.Parsing;

/// <summary>Converts offsets in a text to 0-based line/column and back (GraphQL lines end at \n, \r\n or \r).</summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly int _length;

    public LineMap(string text)
    {
        _length = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                _lineStarts.Add(i + 1);
            }
            else if (c == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) GetPosition(int offset)
    {
        if (offset < 0)
        {
            offset = 0;
        }

        if (offset > _length)
        {
            offset = _length;
        }

        int lo = 0, hi = _lineStarts.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_lineStarts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return (lo, offset - _lineStarts[lo]);
    }

    /// <summary>Offset of a 0-based line/column, clamped to the text.</summary>
    public int GetOffset(int line, int column)
    {
        if (line < 0)
        {
            return 0;
        }

        if (line >= _lineStarts.Count)
        {
            return _length;
        }

        var offset = _lineStarts[line] + column;
        return offset > _length ? _length : offset;
    }

    public SourceSpan Span(string path, int start, int end)
    {
        var (sl, sc) = GetPosition(start);
        var (el, ec) = GetPosition(end);
        return new SourceSpan(path, start, end, sl, sc, el, ec);
    }

    /// <summary>A span covering the name-like token at <paramref name="start"/> (or a single character), for squiggles.</summary>
    public static int TokenEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_' || text[end] == '$'))
        {
            end++;
        }

        if (end == start && start < text.Length)
        {
            end = start + 1;
        }

        return end;
    }
}
