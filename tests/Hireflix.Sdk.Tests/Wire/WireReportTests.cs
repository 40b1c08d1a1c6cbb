using System.Text;
using Hireflix.Sdk.Operations;

namespace Hireflix.Sdk.Tests.Wire;

/// <summary>
/// The wire report: every name each seed operation sends, with the evidence behind it (schema/README.md). A guessed
/// name on the wire makes Hireflix reject the whole operation, so the seed operations send none, and names only
/// wrappers report are sent only where the SDK survives their absence. The README and docs/wire-report.md show the
/// report; these tests keep them equal to what the generator emits (HIREFLIX_UPDATE_WIRE_REPORT=1 rewrites them).
/// </summary>
public sealed class WireReportTests
{
    private const string Start = "<!-- wire-report:start -->";
    private const string End = "<!-- wire-report:end -->";
    private static readonly string[] Proven = ["BUILT-IN", "DOCS", "WIRE", "RAN"];

    [Fact]
    public void No_seed_operation_sends_an_inferred_name()
    {
        HireflixOperationCatalog.WireNames.Should().NotBeEmpty();
        HireflixOperationCatalog.WireNames.Where(n => n.Tier == "INFERRED").Select(n => $"{n.Operation}: {n.Kind} {n.Name}").Should().BeEmpty();
    }

    [Fact]
    public void Wrapper_names_are_sent_only_where_the_sdk_survives_their_absence()
    {
        HireflixOperationCatalog.WireNames.Where(n => n.Tier == "WRAPPER" && !n.Optional).Select(n => $"{n.Operation}: {n.Kind} {n.Name}").Should().BeEmpty();
        HireflixOperationCatalog.WireNames.Should().OnlyContain(n => Proven.Contains(n.Tier) || n.Tier == "WRAPPER");
    }

    [Fact]
    public void Documents_name_no_object_type_except_proven_union_members()
    {
        foreach (var (name, _, document) in HireflixOperationCatalog.All)
        {
            document.Should().NotContain("fragment ", name);
            foreach (var condition in HireflixOperationCatalog.WireNames.Where(n => n.Operation == name.Split('[')[0] && n.Kind == "type condition"))
            {
                Proven.Should().Contain(condition.Tier, $"{name} sends the type condition {condition.Name}");
            }
        }
    }

    [Fact]
    public void The_readme_summary_matches_the_generated_report()
    {
        Check(Path.Combine(RepoRoot(), "README.md"), Summary());
    }

    [Fact]
    public void The_full_report_matches_the_generated_report()
    {
        Check(Path.Combine(RepoRoot(), "docs", "wire-report.md"), Full());
    }

    private static string Summary()
    {
        var text = new StringBuilder();
        text.Append("| Operation | Names sent | Proven (docs, wire, ran, built-in) | Wrapper, optional | Inferred |\n");
        text.Append("|---|---|---|---|---|\n");
        foreach (var group in HireflixOperationCatalog.WireNames.GroupBy(n => n.Operation).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append($"| {group.Key} | {group.Count()} | {group.Count(n => Proven.Contains(n.Tier))} | {group.Count(n => n.Tier == "WRAPPER")} | {group.Count(n => n.Tier == "INFERRED")} |\n");
        }

        return text.ToString();
    }

    private static string Full()
    {
        var text = new StringBuilder();
        foreach (var group in HireflixOperationCatalog.WireNames.GroupBy(n => n.Operation).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append($"\n### {group.Key}\n\n| Kind | Name | Tier | The SDK survives its absence |\n|---|---|---|---|\n");
            foreach (var name in group)
            {
                text.Append($"| {name.Kind} | `{name.Name}` | {name.Tier} | {(name.Optional ? "yes" : "no")} |\n");
            }
        }

        return text.ToString();
    }

    private static void Check(string path, string report)
    {
        var content = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = content.IndexOf(Start, StringComparison.Ordinal);
        var end = content.IndexOf(End, StringComparison.Ordinal);
        start.Should().BeGreaterThan(-1, $"{path} has the {Start} marker");
        end.Should().BeGreaterThan(start, $"{path} has the {End} marker after the start");
        var current = content[(start + Start.Length)..end].Trim('\n');
        if (current == report.Trim('\n'))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("HIREFLIX_UPDATE_WIRE_REPORT") == "1")
        {
            File.WriteAllText(path, content[..(start + Start.Length)] + "\n" + report.Trim('\n') + "\n" + content[end..]);
            return;
        }

        current.Should().Be(report.Trim('\n'), $"{path} must show what the operations send; run the tests with HIREFLIX_UPDATE_WIRE_REPORT=1 to rewrite it");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hireflix.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Hireflix.Sdk.sln not found above the test assembly.");
    }
}
