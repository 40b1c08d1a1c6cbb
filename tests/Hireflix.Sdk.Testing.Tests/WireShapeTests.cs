using Hireflix.Sdk.Testing.Tests.Infrastructure;

namespace Hireflix.Sdk.Testing.Tests;

/// <summary>The fake answers with the type names and value kinds the real API was seen to send.</summary>
public sealed class WireShapeTests
{
    [Fact]
    public async Task An_interview_reports_the_real_type_names_and_answered_as_a_timestamp()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1_720_687_784_238));
        await using var fake = await FakeHost.StartAsync(time: time);
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var interview = (await http.QueryAsync("""
            query($id: String!) { interview(id: $id) { __typename
              position { __typename id name }
              candidate { __typename formattedName }
              questions { __typename answered answer { __typename id encoded createdAt transcription { __typename languageCode text } } } } }
            """, new { id = world.CompletedInterviewId })).ShouldSucceed().GetProperty("interview");

        interview.GetProperty("__typename").GetString().Should().Be("InterviewType");
        interview.GetProperty("position").GetProperty("__typename").GetString().Should().Be("InterviewPositionType");
        interview.GetProperty("position").GetProperty("id").GetString().Should().Be(world.PositionId);
        interview.GetProperty("candidate").GetProperty("formattedName").GetString().Should().Be("Grace Hopper");
        var question = interview.GetProperty("questions")[0];
        question.GetProperty("__typename").GetString().Should().Be("question");
        question.GetProperty("answered").GetInt64().Should().Be(1_720_687_784_238, "answered is the epoch-ms time of the answer");
        var answer = question.GetProperty("answer");
        answer.GetProperty("__typename").GetString().Should().Be("media");
        answer.GetProperty("encoded").GetBoolean().Should().BeTrue();
        answer.GetProperty("createdAt").GetInt64().Should().Be(1_720_687_784_238);
        answer.GetProperty("transcription").GetProperty("__typename").GetString().Should().Be("MediaTranscription");
        answer.GetProperty("transcription").GetProperty("text").GetString().Should().Be("I write compilers.");
    }

    [Fact]
    public async Task An_unanswered_question_has_a_null_answered_and_no_answer()
    {
        await using var fake = await FakeHost.StartAsync();
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var question = (await http.QueryAsync(
            "query($id: String!) { interview(id: $id) { questions { answered answer { id } } } }",
            new { id = world.PendingInterviewId })).ShouldSucceed().GetProperty("interview").GetProperty("questions")[0];

        question.GetProperty("answered").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        question.GetProperty("answer").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Info_names_the_caller_and_its_company()
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();

        var info = (await http.QueryAsync("{ info { id company { id } } }")).ShouldSucceed().GetProperty("info");

        info.GetProperty("id").GetString().Should().NotBeNullOrEmpty();
        info.GetProperty("company").GetProperty("id").GetString().Should().MatchRegex("^[0-9a-f]{24}$");
    }

    [Theory]
    [InlineData("InterviewQuestionType")]
    [InlineData("InterviewAnswerType")]
    [InlineData("TranscriptionType")]
    public async Task The_refuted_type_names_are_gone(string refuted)
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();

        var response = await http.QueryAsync($"query($id: String!) {{ interview(id: $id) {{ questions {{ ... on {refuted} {{ id }} }} }} }}", new { id = "x" });

        response.Errors[0].GetProperty("message").GetString().Should().Contain(refuted);
    }

    [Fact]
    public async Task Introspection_shows_no_evidence_annotations()
    {
        await using var fake = await FakeHost.StartAsync();
        using var http = fake.CreateClient();

        var schema = (await http.QueryAsync("{ __schema { directives { name } types { name } } }")).ShouldSucceed().GetProperty("__schema");

        schema.GetProperty("directives").EnumerateArray().Select(d => d.GetProperty("name").GetString()).Should().NotContain("evidence");
        schema.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString())
            .Should().NotContain("EvidenceTier").And.Contain(["question", "media", "MediaTranscription", "InterviewPositionType", "InfoType"]);
    }
}
