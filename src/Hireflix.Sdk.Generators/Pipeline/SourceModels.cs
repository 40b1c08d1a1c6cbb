namespace Hireflix.Sdk.Generators.Pipeline;

/// <summary>One AdditionalFile the generator cares about. Text is a string so equality is by content.</summary>
internal sealed record GraphQLInputFile(string Path, string Role, string Text);

/// <summary>A place in a .graphql file: offsets plus 0-based line/column, enough to build a Roslyn Location later.</summary>
internal sealed record SourceSpan(string Path, int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn);

/// <summary>The HFX rules, numbered as their ids (<c>HFX001</c>…): see <see cref="Diagnostics"/> and AnalyzerReleases.*.md.</summary>
internal enum DiagnosticRule
{
    SyntaxError = 1,
    ValidationError = 2,
    DuplicateName = 3,
    UnusedFragment = 4,
    SchemaError = 5,
    Unsupported = 6,
    UnprovenName = 7,
}

/// <summary>A diagnostic as plain data (no Location/ISymbol) so it can flow through the cached pipeline.</summary>
internal sealed record DiagnosticInfo(DiagnosticRule Rule, string Message, SourceSpan? Span);

internal enum DefinitionKind
{
    Query,
    Mutation,
    Subscription,
    Fragment,
}

/// <summary>
/// One executable definition cut out of its file: its own source text and where that text starts, so the
/// document sent to the server and the diagnostics of a combined validation document can be mapped back.
/// </summary>
internal sealed record DefinitionSource(
    DefinitionKind Kind,
    string? Name,
    string? TypeCondition,
    string Path,
    string Text,
    int Offset,
    int Line,
    int Column,
    SourceSpan NameSpan,
    EquatableArray<string> DirectSpreads);

/// <summary>The result of parsing one operations file.</summary>
internal sealed record ParsedFile(string Path, EquatableArray<DefinitionSource> Definitions, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>An operation (or a fragment, for model emission) plus every fragment it uses transitively.</summary>
/// <param name="Extended">For a fragment: another fragment on the same type builds on it, so its model is a base class.</param>
internal sealed record DefinitionUnit(DefinitionSource Root, EquatableArray<DefinitionSource> Fragments, bool Extended = false);

/// <summary>The schema file found among the AdditionalFiles (null Path when none, Count for duplicates).</summary>
internal sealed record SchemaInput(string? Path, string? Text, int Count, EquatableArray<string> ExtraPaths);

/// <summary>Generated file content, produced in a tracked step so tests can watch emission caching.</summary>
internal sealed record GeneratedSource(string HintName, string Text);
