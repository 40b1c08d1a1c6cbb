using Hireflix.Sdk.Generators.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Hireflix.Sdk.Generators;

/// <summary>The HFX rules. Every one is an error: a broken .graphql file must fail the build, not ship a half API.</summary>
internal static class Diagnostics
{
    private const string Category = "Hireflix.GraphQL";

    public static readonly DiagnosticDescriptor SyntaxError = Create("HFX001", "GraphQL syntax error");
    public static readonly DiagnosticDescriptor ValidationError = Create("HFX002", "GraphQL validation error");
    public static readonly DiagnosticDescriptor DuplicateName = Create("HFX003", "Duplicate GraphQL operation or fragment name");
    public static readonly DiagnosticDescriptor UnusedFragment = Create("HFX004", "GraphQL fragment is not used by any operation");
    public static readonly DiagnosticDescriptor SchemaError = Create("HFX005", "GraphQL schema error");
    public static readonly DiagnosticDescriptor Unsupported = Create("HFX006", "Unsupported GraphQL construct");
    public static readonly DiagnosticDescriptor UnprovenName = Create("HFX007", "GraphQL name sent without the evidence it needs");

    private static DiagnosticDescriptor Create(string id, string title) =>
        new(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "HFX001" => SyntaxError,
        "HFX002" => ValidationError,
        "HFX003" => DuplicateName,
        "HFX004" => UnusedFragment,
        "HFX005" => SchemaError,
        "HFX007" => UnprovenName,
        _ => Unsupported,
    };

    /// <summary>Turns plain diagnostic data into a Roslyn diagnostic at the .graphql file position.</summary>
    public static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var location = Location.None;
        if (info.Span is { } span)
        {
            location = Location.Create(
                span.Path,
                TextSpan.FromBounds(span.Start, span.End),
                new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
        }

        return Diagnostic.Create(ById(info.Id), location, info.Message);
    }
}
