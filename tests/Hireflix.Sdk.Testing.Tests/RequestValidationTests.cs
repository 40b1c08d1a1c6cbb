using System.Net;
using Hireflix.Sdk.Testing.Tests.Infrastructure;

namespace Hireflix.Sdk.Testing.Tests;

/// <summary>The fake validates like a real GraphQL server and authenticates like Hireflix.</summary>
public sealed class RequestValidationTests
{
    [Fact]
    public async Task Misspelled_field_is_a_validation_error_without_data()
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();

        var response = await http.QueryAsync("{ positions { id nmae } }");

        response.Status.Should().Be(HttpStatusCode.OK);
        response.Json.TryGetProperty("data", out _).Should().BeFalse();
        response.Errors[0].GetProperty("message").GetString().Should().Contain("Cannot query field 'nmae' on type 'PositionType'");
    }

    [Fact]
    public async Task Id_variable_for_position_is_rejected_like_the_live_api()
    {
        await using var fake = await FakeHost.StartAsync();
        var positionId = fake.SeedPosition("Any");
        using var http = fake.CreateClient();

        var response = await http.QueryAsync("query($id: ID!) { position(id: $id) { id } }", new { id = positionId });

        response.Json.TryGetProperty("data", out _).Should().BeFalse();
        response.Errors[0].GetProperty("message").GetString().Should().Be("Variable \"$id\" of type \"ID!\" used in position expecting type \"String!\".");
    }

    [Fact]
    public async Task Wrong_variable_value_type_is_an_error_without_data()
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();

        var response = await http.OperationAsync("ShareInterview", new { id = "699d9212c1700764a4fff102", durationInDays = "a year" });

        response.Status.Should().Be(HttpStatusCode.OK);
        response.HasErrors.Should().BeTrue();
        response.Json.TryGetProperty("data", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData(null)]
    public async Task Bad_or_missing_key_is_401_with_the_unauthorized_body(string? key)
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = new HttpClient(fake.CreateHandler()) { BaseAddress = fake.Endpoint };
        if (key is not null)
        {
            http.DefaultRequestHeaders.Add("X-API-KEY", key);
        }

        var response = await http.QueryAsync("{ positions { id } }");

        response.Status.Should().Be(HttpStatusCode.Unauthorized);
        response.Body.Should().Be("""{"message":"Unauthorized"}""");
        fake.RequestsReceived.Should().Be(1);
    }

    [Fact]
    public async Task Header_name_is_case_insensitive_and_extra_keys_are_accepted()
    {
        await using var fake = await FakeHost.StartAsync();
        fake.AddApiKey("second-key", "Second Reviewer");
        using var http = new HttpClient(fake.CreateHandler()) { BaseAddress = fake.Endpoint };
        http.DefaultRequestHeaders.Add("x-api-key", "second-key");

        (await http.QueryAsync("{ positions { id } }")).ShouldSucceed();

        fake.RemoveApiKey("second-key").Should().BeTrue();
        (await http.QueryAsync("{ positions { id } }")).Status.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Malformed_json_is_400_with_an_errors_array()
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();

        var response = await http.RawAsync("{\"query\": ");

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.Errors[0].GetProperty("message").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Missing_query_is_400()
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();

        var response = await http.RawAsync("""{"variables":{}}""");

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.HasErrors.Should().BeTrue();
    }

    [Fact]
    public async Task Variables_sent_as_a_json_string_are_accepted_like_the_real_api()
    {
        await using var fake = await FakeHost.StartAsync();
        var positionId = fake.SeedPosition("Stringly");
        using var http = fake.CreateClient();
        var body = System.Text.Json.JsonSerializer.Serialize(new
        {
            query = "query($id: String!) { position(id: $id) { name } }",
            variables = System.Text.Json.JsonSerializer.Serialize(new { id = positionId }),
        });

        var response = await http.RawAsync(body);

        response.ShouldSucceed().GetProperty("position").GetProperty("name").GetString().Should().Be("Stringly");
    }

    [Fact]
    public async Task Requests_are_counted_per_operation_name()
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();

        await http.OperationAsync("GetPositions");
        await http.OperationAsync("GetPositions");
        await http.QueryAsync("query A { positions { id } } query B { positions { name } }", operationName: "B");

        fake.RequestsFor("GetPositions").Should().Be(2);
        fake.RequestsFor("B").Should().Be(1);
        fake.RequestsReceived.Should().Be(3);
        fake.RequestsByOperation.Should().ContainKey("GetPositions");
    }
}
