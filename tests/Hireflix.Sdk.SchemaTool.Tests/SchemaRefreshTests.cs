using System.Text.Json;
using System.Text.Json.Nodes;
using Hireflix.Sdk.Generators.Tests.Infrastructure;
using Hireflix.Sdk.Testing;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Hireflix.Sdk.SchemaTool.Tests;

public sealed class SchemaRefreshTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Refresh_against_the_fake_over_loopback_reproduces_the_checked_in_schema_and_the_generator_accepts_it()
    {
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { UseLoopback = true });
        var target = Path.Combine(Path.GetTempPath(), $"hireflix-refresh-{Guid.NewGuid():N}.graphql");
        var console = new StringWriter();
        try
        {
            var exit = await SchemaToolCommand.RunAsync(
                ["refresh", "--endpoint", fake.Endpoint.ToString(), "--api-key", fake.ApiKey, "--output", target], console, CancellationToken.None);

            output.WriteLine(console.ToString());
            exit.Should().Be(0);
            console.ToString().Should().Contain("No schema changes.", "the fake serves the checked-in SDL, so the only differences would be the fake's own");

            var refreshed = await File.ReadAllTextAsync(target);
            refreshed.Should().Contain("type PositionType {").And.Contain("  position(id: String!): PositionType");
            var run = GeneratorHarness.Run([InMemoryAdditionalText.Schema(refreshed, target), .. GeneratorHarness.RealOperations()]);
            run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty("every real operation validates against the refreshed schema");
            run.GeneratedSources.Should().Contain(s => s.HintName.Contains("InviteCandidateMutation"));
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public async Task The_diff_names_exactly_what_changed()
    {
        var checkedIn = await CheckedInSchema.IntrospectAsync(CancellationToken.None);
        var changed = Mutate(checkedIn);

        var diff = SchemaDiff.Compare(checkedIn, changed);

        foreach (var line in diff)
        {
            output.WriteLine(line);
        }

        diff.Should().Equal(
            "- field CandidateType.phone: String",
            "+ field PositionType.headcount: Int",
            "+ field Query.interview(id: ID!): InterviewType",
            "- field Query.interview(id: String!): InterviewType");
    }

    [Fact]
    public async Task Printing_is_stable()
    {
        var schema = await CheckedInSchema.IntrospectAsync(CancellationToken.None);

        SdlPrinter.Print(schema).Should().Be(SdlPrinter.Print(schema));
        SdlPrinter.Print(schema).Should().StartWith("schema {\n  query: Query\n  mutation: Mutation\n}\n");
    }

    [Fact]
    public async Task Normalize_prints_the_checked_in_schema_without_its_evidence_annotations()
    {
        var console = new StringWriter();

        var exit = await SchemaToolCommand.RunAsync(["normalize"], console, CancellationToken.None);

        exit.Should().Be(0);
        var sdl = console.ToString();
        sdl.Should().Contain("type question {").And.Contain("  answered: Timestamp\n");
        sdl.Should().NotContain("@evidence").And.NotContain("EvidenceTier", "the tags are ours; a live schema has none, so a diff must not show them");
    }

    [Fact]
    public async Task A_wrong_key_fails_with_a_clear_message()
    {
        await using var fake = await HireflixFakeServer.StartAsync();

        var act = () => SchemaToolCommand.RunAsync(["refresh", "--endpoint", fake.Endpoint.ToString(), "--api-key", "wrong", "--output", "unused.graphql"], TextWriter.Null, CancellationToken.None, fake.CreateHandler());

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("HTTP 401");
        File.Exists("unused.graphql").Should().BeFalse();
    }

    [Fact]
    public async Task Refresh_without_an_endpoint_prints_usage()
    {
        var console = new StringWriter();

        var exit = await SchemaToolCommand.RunAsync(["refresh"], console, CancellationToken.None);

        exit.Should().Be(2);
        console.ToString().Should().Contain("--endpoint");
    }

    /// <summary>The API drops CandidateType.phone, adds PositionType.headcount and retypes interview(id:) to ID!.</summary>
    private static JsonElement Mutate(JsonElement schema)
    {
        var root = JsonNode.Parse(schema.GetRawText())!.AsObject();
        foreach (var type in root["types"]!.AsArray().Select(t => t!.AsObject()))
        {
            var fields = type["fields"] as JsonArray;
            switch ((string?)type["name"])
            {
                case "CandidateType":
                    fields!.Remove(fields.First(f => (string?)f!["name"] == "phone"));
                    break;
                case "PositionType":
                    fields!.Add(JsonNode.Parse("""{"name":"headcount","args":[],"type":{"kind":"SCALAR","name":"Int","ofType":null},"isDeprecated":false}"""));
                    break;
                case "Query":
                    var interview = fields!.First(f => (string?)f!["name"] == "interview")!;
                    interview["args"]![0]!["type"]!["ofType"]!["name"] = "ID";
                    break;
            }
        }

        return JsonDocument.Parse(root.ToJsonString()).RootElement.Clone();
    }
}
