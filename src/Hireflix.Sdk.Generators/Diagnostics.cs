using System;
using Hireflix.Sdk.Generators.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Hireflix.Sdk.Generators;

/// <summary>The HFX rules. Every one is an error: a broken .graphql file must fail the build, not ship a half API.</summary>
internal static class Diagnostics
{
    private const string Category = "Hireflix.GraphQL";

    // The release-tracking analyzer needs each id as a literal where the descriptor is created.
    public static readonly DiagnosticDescriptor SyntaxError = Create("HFX001", DiagnosticRule.SyntaxError, "GraphQL syntax error");
    public static readonly DiagnosticDescriptor ValidationError = Create("HFX002", DiagnosticRule.ValidationError, "GraphQL validation error");
    public static readonly DiagnosticDescriptor DuplicateName = Create("HFX003", DiagnosticRule.DuplicateName, "Duplicate GraphQL operation or fragment name");
    public static readonly DiagnosticDescriptor UnusedFragment = Create("HFX004", DiagnosticRule.UnusedFragment, "GraphQL fragment is not used by any operation");
    public static readonly DiagnosticDescriptor SchemaError = Create("HFX005", DiagnosticRule.SchemaError, "GraphQL schema error");
    public static readonly DiagnosticDescriptor Unsupported = Create("HFX006", DiagnosticRule.Unsupported, "Unsupported GraphQL construct");
    public static readonly DiagnosticDescriptor UnprovenName = Create("HFX007", DiagnosticRule.UnprovenName, "GraphQL name sent without the evidence it needs");

    private static DiagnosticDescriptor Create(string id, DiagnosticRule rule, string title) =>
        id == $"HFX{(int)rule:000}"
            ? new(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true)
            : throw new InvalidOperationException($"{id} is not the id of rule {rule}.");

    public static DiagnosticDescriptor For(DiagnosticRule rule) => rule switch
    {
        DiagnosticRule.SyntaxError => SyntaxError,
        DiagnosticRule.ValidationError => ValidationError,
        DiagnosticRule.DuplicateName => DuplicateName,
        DiagnosticRule.UnusedFragment => UnusedFragment,
        DiagnosticRule.SchemaError => SchemaError,
        DiagnosticRule.Unsupported => Unsupported,
        DiagnosticRule.UnprovenName => UnprovenName,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Every rule has a descriptor."),
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

        return Diagnostic.Create(For(info.Rule), location, info.Message);
    }
}
