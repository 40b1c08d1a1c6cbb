using System.Net;
using Hireflix.Sdk.Testing.Tests.Infrastructure;

namespace Hireflix.Sdk.Testing.Tests;

/// <summary>Validation failures as GraphQL.NET words them (default) and as the live graphql-js server does.</summary>
public sealed class ValidationErrorStyleTests
{
    private static FakeSchemaOptions GraphQLJs => new() { ValidationErrorStyle = FakeValidationErrorStyle.GraphQLJs };

    [Fact]
    public async Task GraphQLNet_style_answers_200_with_single_quotes()
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();

        var response = await http.QueryAsync("{ positions { nope } }");

        response.Status.Should().Be(HttpStatusCode.OK);
        response.ShouldBeRejected().Should().Equal("Cannot query field 'nope' on type 'PositionType'. Did you mean 'name'?");
        response.Errors[0].GetProperty("extensions").GetProperty("code").GetString().Should().NotBe("GRAPHQL_VALIDATION_FAILED");
    }

    [Fact]
    public async Task GraphQLJs_style_answers_400_with_double_quotes_code_and_locations()
    {
        await using var fake = await FakeHost.StartAsync(schema: GraphQLJs);
        using var http = fake.CreateClient();

        var response = await http.QueryAsync("{ positions { nope } }");

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.Json.TryGetProperty("data", out _).Should().BeFalse(response.Body);
        var error = response.Errors.EnumerateArray().Should().ContainSingle().Subject;
        error.GetProperty("message").GetString().Should().Be("Cannot query field \"nope\" on type \"PositionType\". Did you mean \"name\"?");
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("GRAPHQL_VALIDATION_FAILED");
        var location = error.GetProperty("locations")[0];
        (location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32()).Should().Be((1, 15));
    }

    [Fact]
    public async Task GraphQLJs_style_words_unknown_types_and_variable_positions_like_graphql_js()
    {
        await using var fake = await FakeHost.StartAsync(schema: GraphQLJs);
        using var http = fake.CreateClient();

        var unknownType = await http.QueryAsync("query($s: Nope) { positions { id } }");
        var idVariable = await http.QueryAsync("query($id: ID!) { interview(id: $id) { id } }", new { id = "x" });

        unknownType.ShouldBeRejected().Should().Equal("Unknown type \"Nope\".", "Variable \"$s\" is never used.");
        idVariable.ShouldBeRejected().Should().Contain("Variable \"$id\" of type \"ID!\" used in position expecting type \"String!\".");
        unknownType.Status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task GraphQLJs_style_reports_an_uncoercible_variable_as_bad_user_input()
    {
        await using var fake = await FakeHost.StartAsync(schema: GraphQLJs);
        using var http = fake.CreateClient();

        var response = await http.QueryAsync("query($id: String!) { interview(id: $id) { id } }", new { });

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.ShouldBeRejected().Should().ContainSingle().Which.Should().Contain("\"$id\"");
        response.Errors[0].GetProperty("extensions").GetProperty("code").GetString().Should().Be("BAD_USER_INPUT");
    }

    [Fact]
    public async Task GraphQLJs_style_leaves_execution_errors_alone()
    {
        await using var fake = await FakeHost.StartAsync(schema: GraphQLJs);
        using var http = fake.CreateClient();

        var response = await http.QueryAsync("""mutation { Interview(id: "000000000000000000000000") { finalist(finalist: true) { id } } }""");

        response.Status.Should().Be(HttpStatusCode.OK, "the document was valid and ran");
        response.Errors[0].GetProperty("message").GetString().Should().Be("Interview not found");
    }
}
