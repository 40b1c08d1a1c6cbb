using Hireflix.Sdk.Testing.Tests.Infrastructure;

namespace Hireflix.Sdk.Testing.Tests;

public sealed class IntrospectionTests
{
    [Fact]
    public async Task Standard_schema_query_answers_the_schema_types()
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();

        var schema = (await http.QueryAsync("""
            query IntrospectionQuery { __schema { queryType { name } mutationType { name }
              types { name kind fields(includeDeprecated: true) { name } } } }
            """)).ShouldSucceed().GetProperty("__schema");

        schema.GetProperty("queryType").GetProperty("name").GetString().Should().Be("Query");
        schema.GetProperty("mutationType").GetProperty("name").GetString().Should().Be("Mutation");
        var types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t);
        types.Keys.Should().Contain(["InterviewType", "PositionType", "MutationInviteCandidateToInterviewResult", "Timestamp", "JSON", "InterviewListStatus"]);
        types["MutationInviteCandidateToInterviewResult"].GetProperty("kind").GetString().Should().Be("UNION");
        types["Mutation"].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString())
            .Should().Contain(["Position", "Interview", "inviteCandidateToInterview", "archivePosition"], "legacy namespace mutations keep their case");
    }

    [Fact]
    public async Task Typename_of_a_union_member_is_its_object_type()
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();

        var data = (await http.QueryAsync("{ __type(name: \"MutationArchivePositionResult\") { possibleTypes { name } } }")).ShouldSucceed();

        data.GetProperty("__type").GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString())
            .Should().BeEquivalentTo(["MutationArchivePositionSuccess", "PositionNotFoundError"]);
    }
}
