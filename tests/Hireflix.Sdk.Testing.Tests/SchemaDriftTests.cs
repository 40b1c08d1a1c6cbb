using System.Text.Json;
using Hireflix.Sdk.Testing.Tests.Infrastructure;

namespace Hireflix.Sdk.Testing.Tests;

/// <summary>Each explicit drift kind changes exactly what it names, and the fake keeps serving everything else.</summary>
public sealed class SchemaDriftTests
{
    private const string InviteMutation = """
        mutation($input: InviteCandidateToInterviewInput!) { inviteCandidateToInterview(input: $input) { __typename ... on InterviewType { id } } }
        """;

    [Fact]
    public async Task RemoveField_rejects_that_field_only()
    {
        await using var fake = await FakeHost.StartAsync(schema: new FakeSchemaOptions().RemoveField("InterviewType", "shortlistedAt"));
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var removed = await http.QueryAsync("query($id: String!) { interview(id: $id) { shortlistedAt } }", new { id = world.CompletedInterviewId });
        var kept = await http.QueryAsync("query($id: String!) { interview(id: $id) { discardedAt completedAt } }", new { id = world.CompletedInterviewId });

        removed.ShouldBeRejected().Should().ContainSingle().Which.Should().StartWith("Cannot query field 'shortlistedAt' on type 'InterviewType'.");
        kept.ShouldSucceed().GetProperty("interview").GetProperty("completedAt").ValueKind.Should().Be(JsonValueKind.Number);
    }

    [Fact]
    public async Task RenameType_renames_references_type_conditions_and_typename()
    {
        await using var fake = await FakeHost.StartAsync(schema: new FakeSchemaOptions().RenameType("CandidateType", "Candidate"));
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var oldName = await http.QueryAsync(
            "query($id: String!) { interview(id: $id) { candidate { ...C } } } fragment C on CandidateType { email }", new { id = world.CompletedInterviewId });
        var newName = await http.QueryAsync(
            "query($id: String!) { interview(id: $id) { candidate { __typename ...C } } } fragment C on Candidate { email }", new { id = world.CompletedInterviewId });

        oldName.ShouldBeRejected().Should().Contain("Unknown type CandidateType. Did you mean 'Candidate'?");
        var candidate = newName.ShouldSucceed().GetProperty("interview").GetProperty("candidate");
        candidate.GetProperty("__typename").GetString().Should().Be("Candidate");
        candidate.GetProperty("email").GetString().Should().Be(World.CompletedEmail);
    }

    [Fact]
    public async Task RenameType_of_a_union_member_is_followed_by_the_union_resolver()
    {
        await using var fake = await FakeHost.StartAsync(schema: new FakeSchemaOptions().RenameType("InterviewType", "Interview"));
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var invite = (await http.QueryAsync(
            "mutation($input: InviteCandidateToInterviewInput!) { inviteCandidateToInterview(input: $input) { __typename ... on Interview { id } } }",
            new { input = new { positionId = world.PositionId, candidate = new { firstName = "Alan", email = "alan@example.com" } } })).ShouldSucceed();

        var result = invite.GetProperty("inviteCandidateToInterview");
        result.GetProperty("__typename").GetString().Should().Be("Interview");
        result.GetProperty("id").GetString().Should().MatchRegex("^[0-9a-f]{24}$");
    }

    [Fact]
    public async Task ChangeArgumentType_makes_a_nullable_variable_misfit_and_a_non_null_one_fit()
    {
        await using var fake = await FakeHost.StartAsync(schema: new FakeSchemaOptions().ChangeArgumentType("InterviewMutationType", "score", "score", "Float!"));
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var nullable = await http.QueryAsync(
            "mutation($id: String!, $s: Float) { Interview(id: $id) { score(score: $s) { id } } }", new { id = world.CompletedInterviewId, s = 4.5 });
        var nonNull = await http.QueryAsync(
            "mutation($id: String!, $s: Float!) { Interview(id: $id) { score(score: $s) { score { value } } } }", new { id = world.CompletedInterviewId, s = 4.5 });

        nullable.ShouldBeRejected().Should().ContainSingle().Which.Should().Contain("'$s'").And.Contain("'Float!'");
        nonNull.ShouldSucceed().GetProperty("Interview").GetProperty("score").GetProperty("score").GetProperty("value").GetDouble().Should().Be(4.5);
        fake.Interviews.Single(i => i.Id == world.CompletedInterviewId).Should().NotBeNull();
    }

    [Fact]
    public async Task ChangeInputFieldType_retypes_the_input_field()
    {
        await using var fake = await FakeHost.StartAsync(schema: new FakeSchemaOptions().ChangeInputFieldType("InviteCandidateToInterviewInput", "externalId", "Int"));
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var asString = await http.QueryAsync(InviteMutation, new { input = new { positionId = world.PositionId, externalId = "ats-1", candidate = new { firstName = "Alan", email = "a@example.com" } } });
        var asInt = await http.QueryAsync(InviteMutation, new { input = new { positionId = world.PositionId, externalId = 7, candidate = new { firstName = "Alan", email = "a@example.com" } } });

        asString.ShouldBeRejected().Should().ContainSingle().Which.Should().Contain("externalId");
        asInt.ShouldSucceed();
        fake.Interviews.Should().ContainSingle(i => i.ExternalId == "7");
    }

    [Fact]
    public async Task RemoveInputField_rejects_documents_that_write_it()
    {
        await using var fake = await FakeHost.StartAsync(schema: new FakeSchemaOptions().RemoveInputField("InviteCandidateToInterviewInput", "metadata"));
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var literal = await http.QueryAsync($$"""
            mutation { inviteCandidateToInterview(input: { positionId: "{{world.PositionId}}", candidate: { firstName: "Alan", email: "a@example.com" }, metadata: { team: "ops" } }) { __typename } }
            """);
        var without = await http.QueryAsync(InviteMutation, new { input = new { positionId = world.PositionId, candidate = new { firstName = "Alan", email = "a@example.com" } } });

        literal.ShouldBeRejected().Should().ContainSingle().Which.Should().Contain("metadata");
        without.ShouldSucceed();
        fake.Positions.Single(p => p.Id == world.PositionId).InterviewCount.Should().Be(3, "only the invite without metadata ran");
    }

    [Fact]
    public async Task RemoveUnionMember_rejects_a_type_condition_on_it()
    {
        await using var fake = await FakeHost.StartAsync(schema: new FakeSchemaOptions().RemoveUnionMember("MutationInviteCandidateToInterviewResult", "ValidationError"));
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var response = await http.QueryAsync(
            "mutation($input: InviteCandidateToInterviewInput!) { inviteCandidateToInterview(input: $input) { ... on ValidationError { message } } }",
            new { input = new { positionId = world.PositionId, candidate = new { firstName = "Alan", email = "a@example.com" } } });

        response.ShouldBeRejected().Should().ContainSingle().Which.Should().Contain("ValidationError");
        fake.Positions.Single(p => p.Id == world.PositionId).InterviewCount.Should().Be(2);
    }

    [Fact]
    public async Task Introspection_of_a_drifted_fake_shows_the_drift_and_no_evidence_annotations()
    {
        var drift = new FakeSchemaOptions { MinimumEvidence = FakeEvidenceTier.Ran }
            .RemoveField("InterviewType", "thumbnail")
            .RenameType("CandidateType", "Candidate")
            .ChangeArgumentType("InterviewMutationType", "score", "score", "Float!")
            .RemoveUnionMember("MutationArchivePositionResult", "PositionNotFoundError");
        await using var fake = await FakeHost.StartAsync(schema: drift);
        using var http = fake.CreateClient();

        var schema = (await http.QueryAsync("""
            { __schema { directives { name } types { name } }
              interview: __type(name: "InterviewType") { fields { name } }
              mutation: __type(name: "Unproven_InterviewMutationType") { fields { name args { name type { kind ofType { name } } } } }
              archive: __type(name: "Unproven_MutationArchivePositionResult") { possibleTypes { name } } }
            """)).ShouldSucceed();

        var typeNames = schema.GetProperty("__schema").GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        typeNames.Should().Contain(["Candidate", "Unproven_PositionType", "Unproven_Query"]).And.NotContain(["CandidateType", "PositionType", "EvidenceTier"]);
        schema.GetProperty("__schema").GetProperty("directives").EnumerateArray().Select(d => d.GetProperty("name").GetString()).Should().NotContain("evidence");
        schema.GetProperty("interview").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).Should().NotContain("thumbnail").And.Contain("thumbnails");
        var score = schema.GetProperty("mutation").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "score").GetProperty("args")[0];
        score.GetProperty("type").GetProperty("kind").GetString().Should().Be("NON_NULL");
        score.GetProperty("type").GetProperty("ofType").GetProperty("name").GetString().Should().Be("Float");
        schema.GetProperty("archive").GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Should().Equal("MutationArchivePositionSuccess");
    }

    [Theory]
    [InlineData("type")]
    [InlineData("field")]
    [InlineData("argument")]
    [InlineData("member")]
    [InlineData("newType")]
    public async Task A_drift_naming_something_the_schema_lacks_fails_at_start(string wrong)
    {
        var options = wrong switch
        {
            "type" => new FakeSchemaOptions().RenameType("NoSuchType", "X"),
            "field" => new FakeSchemaOptions().RemoveField("InterviewType", "noSuchField"),
            "argument" => new FakeSchemaOptions().ChangeArgumentType("InterviewMutationType", "score", "noSuchArgument", "Float!"),
            "member" => new FakeSchemaOptions().RemoveUnionMember("MutationArchivePositionResult", "InterviewType"),
            _ => new FakeSchemaOptions().ChangeInputFieldType("InviteCandidateInput", "phone", "PhoneNumber"),
        };

        var start = () => FakeHost.StartAsync(schema: options);

        (await start.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().ContainAny("NoSuchType", "noSuchField", "noSuchArgument", "InterviewType", "PhoneNumber");
    }
}
