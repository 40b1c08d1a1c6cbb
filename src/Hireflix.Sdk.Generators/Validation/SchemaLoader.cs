using System;
using System.Collections.Generic;
using System.Linq;
using GraphQL.Conversion;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Hireflix.Sdk.Generators.Parsing;
using Hireflix.Sdk.Generators.Pipeline;

namespace Hireflix.Sdk.Generators.Validation;

/// <summary>
/// The schema built once per schema text: GraphQL.NET's Schema (for DocumentValidator) and our own index
/// (for type mapping). Equality is by path and text only, so the incremental driver caches it and every
/// operation step reuses the same built schema until the schema file changes.
/// </summary>
internal sealed class SchemaHandle : IEquatable<SchemaHandle>
{
    public SchemaHandle(string? path, string? text, ISchema? schema, SchemaIndex? index, EquatableArray<DiagnosticInfo> diagnostics)
    {
        Path = path;
        Text = text;
        Schema = schema;
        Index = index;
        Diagnostics = diagnostics;
    }

    public string? Path { get; }

    public string? Text { get; }

    /// <summary>Null when the schema is missing or broken (then HFX005 explains why and operations are skipped).</summary>
    public ISchema? Schema { get; }

    public SchemaIndex? Index { get; }

    public EquatableArray<DiagnosticInfo> Diagnostics { get; }

    public bool IsUsable => Schema is not null && Index is not null;

    public bool Equals(SchemaHandle? other) => other is not null && Path == other.Path && Text == other.Text;

    public override bool Equals(object? obj) => Equals(obj as SchemaHandle);

    public override int GetHashCode() => (Path?.GetHashCode() ?? 0) ^ (Text?.GetHashCode() ?? 0);
}

internal static class SchemaLoader
{
    /// <summary>Stands for the schema when there is no operation to check against it (nothing is loaded or reported).</summary>
    public static readonly SchemaHandle Unused = new(null, null, null, null, EquatableArray<DiagnosticInfo>.Empty);

    public static SchemaHandle Load(SchemaInput input)
    {
        if (input.Path is null || input.Text is null)
        {
            return Failed(input, new DiagnosticInfo(
                DiagnosticRule.SchemaError,
                "No GraphQL schema: add exactly one AdditionalFiles item with GraphQLRole=\"Schema\" (and CompilerVisibleItemMetadata for GraphQLRole).",
                null));
        }

        var file = new GraphQLInputFile(input.Path, "Schema", input.Text);
        var map = new LineMap(input.Text);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var extra in input.ExtraPaths)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticRule.SchemaError, $"More than one GraphQL schema file: '{extra}' is ignored; only '{input.Path}' is used.", new SourceSpan(extra, 0, 0, 0, 0, 0, 0)));
        }

        GraphQLDocument sdl;
        try
        {
            sdl = Parser.Parse(input.Text);
        }
        catch (GraphQLParserException ex)
        {
            diagnostics.Add(OperationParser.SyntaxError(file, map, ex, DiagnosticRule.SchemaError, "GraphQL schema syntax error: "));
            return new SchemaHandle(input.Path, input.Text, null, null, diagnostics.ToEquatableArray());
        }

        try
        {
            var schema = Build(input.Text, sdl);
            var index = SchemaIndex.Build(sdl);
            return new SchemaHandle(input.Path, input.Text, schema, index, diagnostics.ToEquatableArray());
        }
        catch (Exception ex)
        {
            // GraphQL.NET reports schema problems (unknown types, bad unions, ...) as exceptions without positions.
            diagnostics.Add(new DiagnosticInfo(DiagnosticRule.SchemaError, "GraphQL schema error: " + ex.Message, map.Span(input.Path, 0, LineMap.TokenEnd(input.Text, 0))));
            return new SchemaHandle(input.Path, input.Text, null, null, diagnostics.ToEquatableArray());
        }
    }

    private static SchemaHandle Failed(SchemaInput input, DiagnosticInfo diagnostic) =>
        new(input.Path, input.Text, null, null, new[] { diagnostic }.ToEquatableArray());

    /// <summary>Schema-first GraphQL.NET schema; the quirks of building one from SDL for validation only are handled below.</summary>
    private static ISchema Build(string text, GraphQLDocument sdl)
    {
        var abstractTypes = sdl.Definitions
            .Select(d => d switch
            {
                GraphQLUnionTypeDefinition u => u.Name.StringValue,
                GraphQLInterfaceTypeDefinition i => i.Name.StringValue,
                _ => null,
            })
            .Where(n => n is not null)
            .ToList();
        var scalars = sdl.Definitions.OfType<GraphQLScalarTypeDefinition>().Select(s => s.Name.StringValue).ToList();

        // Quirk 3: unions and interfaces need a ResolveType even when we only validate.
        var schema = Schema.For(text, builder =>
        {
            foreach (var name in abstractTypes)
            {
                builder.Types.For(name!).ResolveType = _ => null!;
            }
        });

        // Quirk 1: keep names as written (the legacy `Position`/`Interview` mutations are upper-case).
        schema.NameConverter = DefaultNameConverter.Instance;

        // Quirk 2: custom scalars must exist as graph types.
        foreach (var scalar in scalars)
        {
            schema.RegisterType(new PassThroughScalar(scalar));
        }

        // Built-in scalars exist on every GraphQL server, but GraphQL.NET only registers the ones the SDL uses;
        // without this `$id: ID!` reads "Unknown type ID" instead of the real type-mismatch error.
        if (!sdl.Definitions.OfType<GraphQLScalarTypeDefinition>().Any(s => s.Name.StringValue == "ID"))
        {
            schema.RegisterType(new IdGraphType());
        }

        schema.Initialize();
        return schema;
    }

    /// <summary>A custom scalar that accepts any literal: the generator only checks documents, never values.</summary>
    private sealed class PassThroughScalar : ScalarGraphType
    {
        public PassThroughScalar(string name) => Name = name;

        public override object? ParseValue(object? value) => value;

        public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : value;

        public override bool CanParseLiteral(GraphQLValue value) => true;

        public override bool CanParseValue(object? value) => true;
    }
}
