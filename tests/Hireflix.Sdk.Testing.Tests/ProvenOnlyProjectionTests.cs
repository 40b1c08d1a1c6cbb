using Hireflix.Sdk.Testing.Tests.Infrastructure;

namespace Hireflix.Sdk.Testing.Tests;

/// <summary>The fake serving only names proven by RAN or stronger evidence; unproven type names are renamed.</summary>
public sealed class ProvenOnlyProjectionTests
{
    private static FakeSchemaOptions ProvenOnly => new() { MinimumEvidence = FakeEvidenceTier.Ran };

    [Fact]
    public async Task A_wrapper_only_field_is_gone()
    {
        await using var fake = await FakeHost.StartAsync(schema: ProvenOnly);
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var messages = (await http.QueryAsync("query($id: String!) { interview(id: $id) { id shortlistedAt } }", new { id = world.CompletedInterviewId })).ShouldBeRejected();

        messages.Should().ContainSingle().Which.Should().StartWith("Cannot query field 'shortlistedAt' on type 'InterviewType'.");
    }

    [Fact]
    public async Task An_inferred_input_field_and_an_inferred_enum_value_are_gone()
    {
        await using var fake = await FakeHost.StartAsync(schema: ProvenOnly);
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var description = await http.QueryAsync("""mutation { Position { save(position: { name: "Ops", description: "x" }) { id } } }""");
        var ascending = await http.QueryAsync(
            "query($id: String!) { position(id: $id) { interviewList(input: { sort: [{ field: createdAt, direction: ASC }] }) { lastCursor } } }",
            new { id = world.PositionId });

        description.ShouldBeRejected().Should().ContainSingle().Which.Should().Contain("description");
        ascending.ShouldBeRejected().Should().ContainSingle().Which.Should().Contain("ASC");
        fake.Positions.Should().HaveCount(2, "nothing executed");
    }

    [Fact]
    public async Task A_type_condition_on_an_unproven_type_name_fails_and_the_type_answers_under_its_placeholder()
    {
        await using var fake = await FakeHost.StartAsync(schema: ProvenOnly);
        World.Seed(fake);
        using var http = fake.CreateClient();

        var named = await http.QueryAsync("query { positions { ...P } } fragment P on PositionType { id }");
        var typename = (await http.QueryAsync("{ positions { __typename } }")).ShouldSucceed();

        named.ShouldBeRejected().Should().Contain(m => m.StartsWith("Unknown type PositionType.", StringComparison.Ordinal));
        typename.GetProperty("positions")[0].GetProperty("__typename").GetString().Should().Be("Unproven_PositionType");
    }

    [Fact]
    public async Task A_proven_only_query_and_mutations_succeed_through_renamed_types()
    {
        await using var fake = await FakeHost.StartAsync(schema: ProvenOnly);
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var interview = (await http.QueryAsync("""
            query($id: String!) { interview(id: $id) { __typename id status createdAt completed externalId
              position { __typename id name } candidate { name email formattedName } url { public short }
              questions { __typename id title answered answer { __typename id encoded url transcription { languageCode text words { text start end } } } }
              score { value } scores { computedScore overridenScore { value } scorer { name } } } }
            """, new { id = world.CompletedInterviewId })).ShouldSucceed().GetProperty("interview");
        var shortlisted = (await http.QueryAsync(
            "mutation($id: String!) { Interview(id: $id) { finalist(finalist: true) { id } } }", new { id = world.CompletedInterviewId })).ShouldSucceed();
        var invite = (await http.QueryAsync("""
            mutation($input: InviteCandidateToInterviewInput!) { inviteCandidateToInterview(input: $input) {
              __typename ... on InterviewType { id } ... on PositionNotFoundError { code } } }
            """, new { input = new { positionId = world.PositionId, candidate = new { firstName = "Alan", email = "alan@example.com" } } })).ShouldSucceed();

        interview.GetProperty("__typename").GetString().Should().Be("InterviewType");
        interview.GetProperty("position").GetProperty("__typename").GetString().Should().Be("InterviewPositionType");
        interview.GetProperty("questions")[0].GetProperty("answer").GetProperty("transcription").GetProperty("text").GetString().Should().Be("I write compilers.");
        shortlisted.GetProperty("Interview").GetProperty("finalist").GetProperty("id").GetString().Should().Be(world.CompletedInterviewId);
        invite.GetProperty("inviteCandidateToInterview").GetProperty("__typename").GetString().Should().Be("InterviewType");
        fake.Positions.Single(p => p.Id == world.PositionId).InterviewCount.Should().Be(3);
    }

    [Fact]
    public async Task A_type_with_no_proven_member_disappears_with_the_fields_that_return_it()
    {
        await using var fake = await FakeHost.StartAsync(schema: ProvenOnly);
        using var http = fake.CreateClient();

        var types = (await http.QueryAsync("""
            { comment: __type(name: "Unproven_InterviewCommentType") { name }
              interview: __type(name: "InterviewType") { fields { name } } }
            """)).ShouldSucceed();

        types.GetProperty("comment").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "every comment field is WRAPPER-only");
        types.GetProperty("interview").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString())
            .Should().NotContain(["comments", "shortlistedAt", "userMetadata"]).And.Contain(["id", "position", "questions", "scores"]);
    }

    [Fact]
    public async Task Wrapper_tier_keeps_wrapper_names_and_still_renames_inferred_types()
    {
        await using var fake = await FakeHost.StartAsync(schema: new FakeSchemaOptions { MinimumEvidence = FakeEvidenceTier.Wrapper });
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var wrapperFields = await http.QueryAsync(
            "query($id: String!) { interview(id: $id) { shortlistedAt comments { id value } } }", new { id = world.CompletedInterviewId });
        var inferredName = await http.QueryAsync(
            "query($id: String!) { interview(id: $id) { score { ...S } } } fragment S on InterviewScoreType { value }", new { id = world.CompletedInterviewId });

        wrapperFields.ShouldSucceed().GetProperty("interview").GetProperty("comments").GetArrayLength().Should().Be(0);
        inferredName.ShouldBeRejected().Should().Contain(m => m.StartsWith("Unknown type InterviewScoreType.", StringComparison.Ordinal));
    }
}
