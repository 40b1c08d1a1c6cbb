using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Hireflix.Sdk.Generators.Tests.Infrastructure;

/// <summary>Supplies what MSBuild would: build_property.RootNamespace (and the Hireflix properties) and build_metadata.AdditionalFiles.GraphQLRole.</summary>
internal sealed class TestOptionsProvider(IEnumerable<InMemoryAdditionalText> texts, string? rootNamespace, bool requireProven = false, string? hireflixNamespace = null) : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, string> _roles = texts.ToDictionary(t => t.Path, t => t.Role);

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(Globals(rootNamespace, requireProven, hireflixNamespace));

    private static Dictionary<string, string> Globals(string? rootNamespace, bool requireProven, string? hireflixNamespace)
    {
        var globals = new Dictionary<string, string>();
        if (hireflixNamespace is not null)
        {
            globals["build_property.HireflixNamespace"] = hireflixNamespace;
        }

        if (rootNamespace is not null)
        {
            globals["build_property.RootNamespace"] = rootNamespace;
        }

        if (requireProven)
        {
            globals["build_property.HireflixRequireProvenNames"] = "true";
        }

        return globals;
    }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _roles.TryGetValue(textFile.Path, out var role) && role.Length > 0
            ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.GraphQLRole"] = role })
            : Options.Empty;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
