using System.Net;
using System.Text;
using Hireflix.Sdk.Testing;
using Xunit.Abstractions;

namespace Hireflix.Sdk.SchemaTool.Tests;

/// <summary>
/// <c>check</c> against the fake over loopback. These tests pass their own wire documents; the run over the SDK's
/// generated operation catalog comes with the catalog.
/// </summary>
public sealed class CheckCommandTests(ITestOutputHelper output)
{
    private static readonly (string Name, string Kind, string Document)[] Operations =
    [
        ("ListPositions", "query", "query ListPositions { positions { id name archived } }"),
        ("GetInterview", "query", "query GetInterview($id: String!) { interview(id: $id) { id shortlistedAt candidate { ... on CandidateType { email } } } }"),
        ("ScoreInterview", "mutation", "mutation ScoreInterview($id: String!, $score: Float) { Interview(id: $id) { score(score: $score) { id } } }"),
    ];

    [Fact]
    public async Task Against_a_drifted_fake_it_prints_each_differing_name_and_exits_non_zero()
    {
        var drift = new FakeSchemaOptions()
            .RemoveField("InterviewType", "shortlistedAt")
            .RenameType("CandidateType", "Candidate")
            .ChangeArgumentType("InterviewMutationType", "score", "score", "Float!");
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { UseLoopback = true, Schema = drift });

        var (exit, printed) = await CheckAsync(fake, Operations);

        exit.Should().Be(CheckCommand.Differences);
        printed.Should().Equal(
            "ListPositions: ok",
            "GetInterview: Cannot query field \"shortlistedAt\" on type \"InterviewType\". Did you mean \"completedAt\"?",
            "GetInterview: Unknown type \"CandidateType\". Did you mean \"Candidate\"?",
            "ScoreInterview: Variable \"$score\" of type \"Float\" used in position expecting type \"Float!\".",
            $"2 of 3 operations differ from {fake.Endpoint.GetLeftPart(UriPartial.Path)}.");
    }

    [Fact]
    public async Task Against_the_undrifted_fake_every_operation_is_ok_and_it_exits_zero()
    {
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { UseLoopback = true });

        var (exit, printed) = await CheckAsync(fake, Operations);

        exit.Should().Be(CheckCommand.Ok);
        printed.Should().Equal("ListPositions: ok", "GetInterview: ok", "ScoreInterview: ok", $"All 3 operations validate against {fake.Endpoint.GetLeftPart(UriPartial.Path)}.");
    }

    [Fact]
    public async Task A_variable_typed_ID_is_the_live_servers_mismatch_not_an_unknown_type()
    {
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { UseLoopback = true });

        var (exit, printed) = await CheckAsync(fake, [("GetPosition", "query", "query GetPosition($id: ID!) { position(id: $id) { id } }")]);

        exit.Should().Be(CheckCommand.Differences);
        printed[0].Should().Be("GetPosition: Variable \"$id\" of type \"ID!\" used in position expecting type \"String!\".");
    }

    [Fact]
    public async Task A_wrong_key_is_reported_as_refused_introspection_with_its_own_exit_code()
    {
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { UseLoopback = true });
        var console = new StringWriter();

        var exit = await SchemaToolCommand.RunAsync(["check", "--endpoint", fake.Endpoint.ToString(), "--api-key", "wrong"], console, CancellationToken.None, operations: Operations);

        output.WriteLine(console.ToString());
        exit.Should().Be(CheckCommand.IntrospectionRefused);
        console.ToString().Should().Contain("refused introspection").And.Contain("HTTP 401").And.NotContain(": ok");
    }

    [Fact]
    public async Task Introspection_disabled_is_reported_as_refused()
    {
        using var handler = new FixedResponseHandler(HttpStatusCode.BadRequest,
            """{"errors":[{"message":"GraphQL introspection is not allowed by Apollo Server, but the query contained __schema or __type.","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""");
        var console = new StringWriter();

        var exit = await SchemaToolCommand.RunAsync(["check", "--endpoint", "http://127.0.0.1/me", "--api-key", "k"], console, CancellationToken.None, handler, Operations);

        exit.Should().Be(CheckCommand.IntrospectionRefused);
        console.ToString().Should().Contain("refused introspection").And.Contain("introspection is not allowed");
    }

    [Fact]
    public async Task An_html_answer_is_reported_as_refused()
    {
        using var handler = new FixedResponseHandler(HttpStatusCode.Forbidden, "<html>Forbidden</html>");
        var console = new StringWriter();

        var exit = await SchemaToolCommand.RunAsync(["check", "--endpoint", "http://127.0.0.1/me", "--api-key", "k"], console, CancellationToken.None, handler, Operations);

        exit.Should().Be(CheckCommand.IntrospectionRefused);
        console.ToString().Should().Contain("HTTP 403 with a body that is not JSON");
    }

    [Fact]
    public async Task Check_without_a_key_prints_usage()
    {
        var previous = Environment.GetEnvironmentVariable("HIREFLIX_API_KEY");
        Environment.SetEnvironmentVariable("HIREFLIX_API_KEY", null);
        try
        {
            var console = new StringWriter();

            var exit = await SchemaToolCommand.RunAsync(["check", "--endpoint", "http://127.0.0.1/me"], console, CancellationToken.None, operations: Operations);

            exit.Should().Be(2);
            console.ToString().Should().Contain("HIREFLIX_API_KEY");
        }
        finally
        {
            Environment.SetEnvironmentVariable("HIREFLIX_API_KEY", previous);
        }
    }

    private async Task<(int Exit, string[] Printed)> CheckAsync(HireflixFakeServer fake, IEnumerable<(string, string, string)> operations)
    {
        var console = new StringWriter();
        var exit = await SchemaToolCommand.RunAsync(
            ["check", "--endpoint", fake.Endpoint.ToString(), "--api-key", fake.ApiKey], console, CancellationToken.None, operations: operations);
        output.WriteLine(console.ToString());
        return (exit, console.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>Stands in for a server that answers every request the same way (introspection disabled, an auth gateway).</summary>
    private sealed class FixedResponseHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
