using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Hireflix.Sdk.Testing.Internal.Schema.Sdl;

/// <summary>The checked-in schema (embedded resource) as an AST, and the SDL the fake serves from it.</summary>
internal static class CheckedInSdl
{
    private const string ResourceName = "Hireflix.Sdk.Testing.hireflix.graphql";

    /// <summary>A fresh, mutable parse of the checked-in schema, evidence annotations included.</summary>
    public static GraphQLDocument Parse() => GraphQLParser.Parser.Parse(Load());

    /// <summary>Prints a document as SDL (no comments: the parser drops them).</summary>
    public static string Print(GraphQLDocument document) => new SDLPrinter().Print(document);

    private static string Load()
    {
        using var stream = typeof(CheckedInSdl).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded schema '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
