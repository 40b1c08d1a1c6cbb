namespace Hireflix.Sdk.Transport.Raw;

/// <summary>One operation defined in a raw document.</summary>
internal readonly record struct RawOperationHead(HireflixOperationKind Kind, string? Name);

/// <summary>
/// Finds which operation of a raw GraphQL document runs and whether it is a query or a mutation, without parsing the
/// rest: the kind decides the retry rule, and Hireflix itself validates the document. Strings, block strings and
/// comments are skipped so braces inside them do not count.
/// </summary>
internal static class RawDocumentScanner
{
    public static RawOperationHead Select(string document, string? operationName, string parameterName)
    {
        var operations = Scan(document, parameterName);
        if (operations.Count == 0)
        {
            throw new ArgumentException("The document holds no query or mutation.", parameterName);
        }

        (string Keyword, string? Name) chosen;
        if (operationName is not null)
        {
            var found = operations.FindIndex(o => o.Name == operationName);
            if (found < 0)
            {
                throw new ArgumentException($"The document has no operation named '{operationName}'.", parameterName);
            }

            chosen = operations[found];
        }
        else if (operations.Count > 1)
        {
            throw new ArgumentException($"The document holds {operations.Count} operations: set OperationName to the one to run.", parameterName);
        }
        else
        {
            chosen = operations[0];
        }

        return chosen.Keyword switch
        {
            "query" => new RawOperationHead(HireflixOperationKind.Query, chosen.Name),
            "mutation" => new RawOperationHead(HireflixOperationKind.Mutation, chosen.Name),
            _ => throw new ArgumentException("Subscriptions are not supported: Hireflix answers one request with one response.", parameterName),
        };
    }

    /// <summary>The operations a document defines, by keyword (subscriptions too, so they can be refused by name).</summary>
    private static List<(string Keyword, string? Name)> Scan(string text, string parameterName)
    {
        var operations = new List<(string Keyword, string? Name)>();
        var i = 0;
        while (true)
        {
            SkipIgnored(text, ref i);
            if (i >= text.Length)
            {
                return operations;
            }

            if (text[i] == '{')
            {
                SkipBlock(text, ref i, parameterName);
                operations.Add(("query", null));
                continue;
            }

            var keyword = ReadName(text, ref i) ?? throw new ArgumentException($"The document is not GraphQL: unexpected '{text[i]}' at offset {i}.", parameterName);
            if (keyword is not ("query" or "mutation" or "subscription" or "fragment"))
            {
                throw new ArgumentException($"The document is not executable GraphQL: '{keyword}' at offset {i - keyword.Length} starts no query, mutation or fragment.", parameterName);
            }

            var isOperation = keyword != "fragment";
            SkipIgnored(text, ref i);
            var name = isOperation ? ReadName(text, ref i) : null;

            // Variable definitions, type conditions and directives up to the selection set; their parentheses may hold
            // default values with braces.
            while (true)
            {
                SkipIgnored(text, ref i);
                if (i >= text.Length)
                {
                    throw new ArgumentException("The document ends before a selection set.", parameterName);
                }

                if (text[i] == '{')
                {
                    break;
                }

                if (text[i] == '(')
                {
                    SkipBlock(text, ref i, parameterName);
                }
                else if (text[i] == '"')
                {
                    SkipString(text, ref i, parameterName);
                }
                else
                {
                    i++;
                }
            }

            SkipBlock(text, ref i, parameterName);
            if (isOperation)
            {
                operations.Add((keyword, name));
            }
        }
    }

    private static void SkipIgnored(string text, ref int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '#')
            {
                while (i < text.Length && text[i] is not ('\n' or '\r'))
                {
                    i++;
                }
            }
            else if (c is ' ' or '\t' or '\n' or '\r' or ',' or '\uFEFF')
            {
                i++;
            }
            else
            {
                return;
            }
        }
    }

    private static string? ReadName(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && (text[i] == '_' || char.IsLetter(text[i]) && text[i] < 128 || (i > start && text[i] is >= '0' and <= '9')))
        {
            i++;
        }

        return i == start ? null : text.Substring(start, i - start);
    }

    /// <summary>Skips a balanced <c>{…}</c> or <c>(…)</c> starting at <paramref name="i"/>, with anything nested in it.</summary>
    private static void SkipBlock(string text, ref int i, string parameterName)
    {
        var depth = 0;
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case '{' or '(' or '[':
                    depth++;
                    i++;
                    break;
                case '}' or ')' or ']':
                    depth--;
                    i++;
                    if (depth == 0)
                    {
                        return;
                    }

                    if (depth < 0)
                    {
                        throw new ArgumentException($"The document has an unmatched '{c}' at offset {i - 1}.", parameterName);
                    }

                    break;
                case '"':
                    SkipString(text, ref i, parameterName);
                    break;
                case '#':
                    SkipIgnored(text, ref i);
                    break;
                default:
                    i++;
                    break;
            }
        }

        throw new ArgumentException("The document ends inside a selection set or argument list (a brace or parenthesis is not closed).", parameterName);
    }

    private static void SkipString(string text, ref int i, string parameterName)
    {
        if (string.CompareOrdinal(text, i, "\"\"\"", 0, 3) == 0)
        {
            var end = i + 3;
            while (true)
            {
                end = text.IndexOf("\"\"\"", end, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new ArgumentException("The document ends inside a block string.", parameterName);
                }

                if (text[end - 1] != '\\')
                {
                    i = end + 3;
                    return;
                }

                end += 3;
            }
        }

        for (i++; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                i++;
                return;
            }
            else if (text[i] is '\n' or '\r')
            {
                break;
            }
        }

        throw new ArgumentException("The document has a string that is not closed on its line.", parameterName);
    }
}
