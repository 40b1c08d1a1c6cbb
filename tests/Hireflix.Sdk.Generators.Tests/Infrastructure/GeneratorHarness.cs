using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Hireflix.Sdk.Generators.Tests.Infrastructure;

/// <summary>Runs the generator in memory the way the compiler does inside `dotnet build`.</summary>
internal static class GeneratorHarness
{
    public const string RootNamespace = "Hireflix.Sdk";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly Lazy<string> Root = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hireflix.Sdk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Hireflix.Sdk.sln not found above " + AppContext.BaseDirectory);
    });

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    public static string RepoRoot => Root.Value;

    public static string SchemaPath => Path.Combine(RepoRoot, "schema", "hireflix.graphql");

    public static InMemoryAdditionalText RealSchema() => InMemoryAdditionalText.Schema(File.ReadAllText(SchemaPath), SchemaPath);

    public static IReadOnlyList<InMemoryAdditionalText> RealOperations() =>
        Directory.GetFiles(Path.Combine(RepoRoot, "src", "Hireflix.Sdk", "Operations"), "*.graphql")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => InMemoryAdditionalText.Operations(p, File.ReadAllText(p)))
            .ToList();

    /// <summary>The real runtime contract (operation interface, wire document tree, JSON helpers), so generated code is compiled against exactly what the SDK declares.</summary>
    public static SyntaxTree[] ContractTrees() =>
        new[] { Path.Combine("Transport", "IHireflixOperation.cs"), Path.Combine("Transport", "Wire", "WireDocument.cs"), Path.Combine("Operations", "GraphQLJson.cs") }
            .Select(path => CSharpSyntaxTree.ParseText(
                "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Threading;\n" + File.ReadAllText(Path.Combine(RepoRoot, "src", "Hireflix.Sdk", path)),
                ParseOptions,
                path: Path.GetFileName(path)))
            .ToArray();

    public static CSharpCompilation CreateCompilation(params SyntaxTree[] extraTrees) =>
        CSharpCompilation.Create(
            "Hireflix.Sdk.GeneratedUnderTest",
            ContractTrees().Concat(extraTrees),
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Default,
                warningLevel: 9999));

    public static GeneratorDriver CreateDriver(IReadOnlyList<InMemoryAdditionalText> texts, string? rootNamespace = RootNamespace, bool requireProven = false, string? hireflixNamespace = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new HireflixGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            new TestOptionsProvider(texts, rootNamespace, requireProven, hireflixNamespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRunResult Run(params InMemoryAdditionalText[] texts) => Run((IReadOnlyList<InMemoryAdditionalText>)texts);

    public static GeneratorRunResult Run(IReadOnlyList<InMemoryAdditionalText> texts)
    {
        var driver = CreateDriver(texts).RunGenerators(CreateCompilation());
        return driver.GetRunResult().Results.Single();
    }

    /// <summary>Runs the generator and returns the compilation with the generated sources added.</summary>
    public static (Compilation Compilation, GeneratorRunResult Result) RunAndCompile(IReadOnlyList<InMemoryAdditionalText> texts, params SyntaxTree[] extraTrees)
    {
        CreateDriver(texts).RunGeneratorsAndUpdateCompilation(CreateCompilation(extraTrees), out var output, out _);
        var result = CreateDriver(texts).RunGenerators(CreateCompilation(extraTrees)).GetRunResult().Results.Single();
        return (output, result);
    }

    /// <summary>"path(line,col): HFX00n: message" with 1-based positions, as the build prints it.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var position = span.Path is null || span.Path.Length == 0 ? string.Empty : $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): ";
        return $"{position}{diagnostic.Id}: {diagnostic.GetMessage()}";
    }
}
