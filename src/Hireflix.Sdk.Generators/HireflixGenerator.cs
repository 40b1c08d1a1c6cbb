using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Hireflix.Sdk.Generators.Emit;
using Hireflix.Sdk.Generators.Mapping;
using Hireflix.Sdk.Generators.Parsing;
using Hireflix.Sdk.Generators.Pipeline;
using Hireflix.Sdk.Generators.Validation;
using Microsoft.CodeAnalysis;

namespace Hireflix.Sdk.Generators;

/// <summary>
/// Turns the GraphQL schema and operation files (AdditionalFiles tagged with GraphQLRole) into typed operations.
/// Pipeline: per-file parse → project-wide fragment table → per-operation unit (operation + the fragments it
/// uses) combined with the schema built once → validate + map → emit. Each step's output is value-equatable,
/// so editing one operation file leaves the other operations' steps cached.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class HireflixGenerator : IIncrementalGenerator
{
    /// <summary>Names of the tracked steps, for incremental tests.</summary>
    public static class Steps
    {
        public const string Files = "Files";
        public const string Schema = "Schema";
        public const string ParsedFile = "ParsedFile";
        public const string ProjectDiagnostics = "ProjectDiagnostics";
        public const string FragmentTable = "FragmentTable";
        public const string OperationUnit = "OperationUnit";
        public const string OperationCompile = "OperationCompile";
        public const string OperationEmit = "OperationEmit";
        public const string FragmentUnit = "FragmentUnit";
        public const string FragmentCompile = "FragmentCompile";
        public const string FragmentEmit = "FragmentEmit";
        public const string SharedTypes = "SharedTypes";
        public const string Catalog = "Catalog";
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Generated types go under {HireflixNamespace}.Operations / .Models; a project's RootNamespace by default.
        var rootNamespace = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            options.GlobalOptions.TryGetValue("build_property.HireflixNamespace", out var chosen) && !string.IsNullOrWhiteSpace(chosen)
                ? chosen.Trim()
                : options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var value) && !string.IsNullOrWhiteSpace(value)
                    ? value.Trim()
                    : "Generated");

        // Set by projects whose operations must send only evidenced names (the SDK's own seed operations).
        var requireProven = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            options.GlobalOptions.TryGetValue("build_property.HireflixRequireProvenNames", out var value) &&
            string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase));

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) =>
            {
                var (text, options) = pair;
                if (!options.GetOptions(text).TryGetValue("build_metadata.AdditionalFiles.GraphQLRole", out var role) ||
                    !(string.Equals(role, "Schema", StringComparison.OrdinalIgnoreCase) || string.Equals(role, "Operations", StringComparison.OrdinalIgnoreCase)))
                {
                    return null;
                }

                var content = text.GetText(ct)?.ToString() ?? string.Empty;
                return new GraphQLInputFile(text.Path, string.Equals(role, "Schema", StringComparison.OrdinalIgnoreCase) ? "Schema" : "Operations", content);
            })
            .Where(static f => f is not null)
            .Select(static (f, _) => f!)
            .WithTrackingName(Steps.Files);

        // A project without operation files (any user of the package who writes none) costs nothing: the schema is not
        // even parsed and nothing is reported or generated.
        var hasOperations = files
            .Where(static f => f.Role == "Operations")
            .Collect()
            .Select(static (all, _) => all.Length > 0);

        // Schema: exactly one file, built once per text. Its diagnostics go out once, from here only.
        var schema = files
            .Where(static f => f.Role == "Schema")
            .Collect()
            .Select(static (all, _) =>
            {
                var first = all.FirstOrDefault();
                return new SchemaInput(first?.Path, first?.Text, all.Length, all.Skip(1).Select(f => f.Path).ToEquatableArray());
            })
            .Combine(hasOperations)
            .Select(static (input, _) => input.Right ? SchemaLoader.Load(input.Left) : SchemaLoader.Unused)
            .WithTrackingName(Steps.Schema);
        context.RegisterSourceOutput(schema, static (spc, handle) =>
        {
            foreach (var diagnostic in handle.Diagnostics)
            {
                spc.ReportDiagnostic(Diagnostics.ToDiagnostic(diagnostic));
            }
        });

        var parsed = files
            .Where(static f => f.Role == "Operations")
            .Select(static (f, _) => OperationParser.Parse(f))
            .WithTrackingName(Steps.ParsedFile);
        var allParsed = parsed.Collect();

        var projectDiagnostics = allParsed
            .Select(static (all, _) => ProjectChecks.Run(all))
            .WithTrackingName(Steps.ProjectDiagnostics);

        var fragmentTable = allParsed
            .Select(static (all, _) => ProjectChecks.FragmentTable(all))
            .WithTrackingName(Steps.FragmentTable);

        // Operations: each cut down to a unit holding only the fragments it uses, so the expensive step below
        // re-runs only when that operation or one of its fragments changes.
        var operationResults = allParsed
            .SelectMany(static (all, _) => ProjectChecks.Operations(all))
            .Combine(fragmentTable)
            .Select(static (pair, _) => ProjectChecks.Unit(pair.Left, pair.Right))
            .WithTrackingName(Steps.OperationUnit)
            .Combine(schema)
            .Combine(rootNamespace.Combine(requireProven))
            .Select(static (input, _) => Compiler.CompileOperation(input.Left.Left, input.Left.Right, input.Right.Left, input.Right.Right))
            .WithTrackingName(Steps.OperationCompile);

        var operationSources = operationResults
            .Select(static (result, _) => result.Operation is null ? null : OperationEmitter.Emit(result.Operation))
            .WithTrackingName(Steps.OperationEmit);
        context.RegisterSourceOutput(operationSources, static (spc, source) => AddSource(spc, source));

        // One catalog of every operation's wire documents and the names they send (the wire report, the live check).
        var catalog = operationResults
            .Select(static (result, _) => result.Operation)
            .Where(static operation => operation is not null)
            .Collect()
            .Combine(rootNamespace)
            .Select(static (input, _) => CatalogEmitter.Emit(input.Left.Select(o => o!).OrderBy(o => o.Name, StringComparer.Ordinal).ToList(), input.Right))
            .WithTrackingName(Steps.Catalog);
        context.RegisterSourceOutput(catalog, static (spc, source) => AddSource(spc, source));

        var fragmentResults = fragmentTable
            .SelectMany(static (table, _) => table.Items)
            .Combine(fragmentTable)
            .Select(static (pair, _) => ProjectChecks.Unit(pair.Left, pair.Right))
            .WithTrackingName(Steps.FragmentUnit)
            .Combine(schema)
            .Combine(rootNamespace)
            .Select(static (input, _) => Compiler.CompileFragment(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(Steps.FragmentCompile);

        var fragmentSources = fragmentResults
            .Select(static (result, _) => result.Fragment is null ? null : OperationEmitter.EmitFragment(result.Fragment))
            .WithTrackingName(Steps.FragmentEmit);
        context.RegisterSourceOutput(fragmentSources, static (spc, source) => AddSource(spc, source));

        // Diagnostics: one place, de-duplicated (an error inside a shared fragment is found by every operation using it).
        var allDiagnostics = operationResults.Select(static (r, _) => r.Diagnostics).Collect()
            .Combine(fragmentResults.Select(static (r, _) => r.Diagnostics).Collect())
            .Combine(projectDiagnostics);
        context.RegisterSourceOutput(allDiagnostics, static (spc, input) =>
        {
            var seen = new HashSet<DiagnosticInfo>();
            foreach (var diagnostic in input.Right.Concat(input.Left.Left.SelectMany(d => d)).Concat(input.Left.Right.SelectMany(d => d)))
            {
                if (seen.Add(diagnostic))
                {
                    spc.ReportDiagnostic(Diagnostics.ToDiagnostic(diagnostic));
                }
            }
        });

        // Shared types: every enum and input type any operation or fragment needs, emitted once each.
        var sharedNames = operationResults.Select(static (r, _) => (r.Enums, r.Inputs, r.ResultEnums)).Collect()
            .Combine(fragmentResults.Select(static (r, _) => (r.Enums, r.Inputs, r.ResultEnums)).Collect())
            .Select(static (pair, _) =>
            {
                var all = pair.Left.Concat(pair.Right).ToList();
                var enums = all.SelectMany(x => x.Enums).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToEquatableArray();
                var inputs = all.SelectMany(x => x.Inputs).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToEquatableArray();
                var publicEnums = all.SelectMany(x => x.ResultEnums).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToEquatableArray();
                return (Enums: enums, Inputs: inputs, PublicEnums: publicEnums);
            });
        var sharedSources = sharedNames
            .Combine(schema)
            .Combine(rootNamespace)
            .Select(static (input, _) => EmitShared(input.Left.Left.Enums, input.Left.Left.PublicEnums, input.Left.Left.Inputs, input.Left.Right, input.Right))
            .WithTrackingName(Steps.SharedTypes);
        context.RegisterSourceOutput(sharedSources, static (spc, sources) =>
        {
            foreach (var source in sources)
            {
                AddSource(spc, source);
            }
        });
    }

    private static EquatableArray<GeneratedSource> EmitShared(EquatableArray<string> enums, EquatableArray<string> publicEnums, EquatableArray<string> inputs, SchemaHandle schema, string root)
    {
        if (!schema.IsUsable)
        {
            return EquatableArray<GeneratedSource>.Empty;
        }

        var sources = new List<GeneratedSource>();
        foreach (var name in enums)
        {
            if (SharedTypeMapper.MapEnum(name, schema.Index!, root) is { } model)
            {
                sources.Add(SharedTypesEmitter.EmitEnum(model, isPublic: publicEnums.Contains(name)));
            }
        }

        foreach (var name in inputs)
        {
            if (SharedTypeMapper.MapInput(name, schema.Index!, root) is { } model)
            {
                sources.Add(SharedTypesEmitter.EmitInput(model));
            }
        }

        return sources.ToEquatableArray();
    }

    private static void AddSource(SourceProductionContext context, GeneratedSource? source)
    {
        if (source is not null)
        {
            context.AddSource(source.HintName, source.Text);
        }
    }
}
