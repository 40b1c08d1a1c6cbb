using System.Text.Json.Nodes;
using Hireflix.Sdk.Models;
using Hireflix.Sdk.Tests.Infrastructure;

namespace Hireflix.Sdk.Tests.Operations;

public sealed class InterviewsOperationTests : IDisposable
{
    private readonly MockHireflix _mock = new();
    private readonly TestClients _clients;

    public InterviewsOperationTests() => _clients = new TestClients(_mock.Endpoint);

    private HireflixClient Client => _clients.Client;

    [Fact]
    public async Task Invite_sends_every_field_and_parses_the_documented_success()
    {
        _mock.Respond("InviteCandidate", """{"data":{"inviteCandidateToInterview":{"__typename":"InterviewType","id":"68d4164f19367e041b2030c0","url":{"short":"https://hflx.io/c/HQ2oCtTC","public":"https://app.hireflix.com/HQ2oCtTC"}}}}""");

        var invitation = await Client.Interviews.InviteAsync(TestIds.PositionId, new CandidateInvite
        {
            FirstName = " Ada ",
            LastName = "Lovelace",
            Email = "ada@example.com",
            Phone = "+44 20 7946 0958",
            ExternalId = "ats-42",
            DisableNotifications = true,
            Metadata = new JsonObject { ["source"] = "ats", ["stage"] = new JsonObject { ["id"] = 7 } },
        });

        // One input object (its type name is proven), not one variable per field.
        _mock.Bodies.Single().GetProperty("query").GetString().Should().StartWith("mutation InviteCandidate($input:InviteCandidateToInterviewInput!)");
        var variables = _mock.Bodies.Single().GetProperty("variables").GetProperty("input");
        variables.GetProperty("positionId").GetString().Should().Be(TestIds.PositionId);
        variables.GetProperty("candidate").GetProperty("firstName").GetString().Should().Be("Ada");
        variables.GetProperty("candidate").GetProperty("lastName").GetString().Should().Be("Lovelace");
        variables.GetProperty("candidate").GetProperty("email").GetString().Should().Be("ada@example.com");
        variables.GetProperty("candidate").GetProperty("phone").GetString().Should().Be("+442079460958");
        variables.GetProperty("externalId").GetString().Should().Be("ats-42");
        variables.GetProperty("disableNotifications").GetBoolean().Should().BeTrue();
        variables.GetProperty("metadata").GetProperty("stage").GetProperty("id").GetInt32().Should().Be(7);

        invitation.AlreadyExisted.Should().BeFalse();
        invitation.Interview.Id.Should().Be(TestIds.InterviewId);
        invitation.Interview.Links!.Short.Should().Be("https://hflx.io/c/HQ2oCtTC");
        invitation.Interview.Links.Public.Should().Be("https://app.hireflix.com/HQ2oCtTC");
    }

    [Fact]
    public async Task Invite_omits_optional_fields_that_are_not_set()
    {
        _mock.Respond("InviteCandidate", Responses.InviteSuccess);

        await Client.Interviews.InviteAsync(TestIds.PositionId, new CandidateInvite { FirstName = "Ada", Email = "ada@example.com" });

        // Fields Hireflix may lack (disableNotifications, metadata: wrapper evidence only) are not sent unless set.
        var input = _mock.Bodies.Single().GetProperty("variables").GetProperty("input");
        input.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("positionId", "candidate");
        input.GetProperty("candidate").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("firstName", "email");
    }

    [Fact]
    public async Task Get_parses_results_with_answers_transcriptions_scores_and_comments()
    {
        _mock.Respond("GetInterview", """
            {"data":{"interview":{
              "id":"68d4164f19367e041b2030c0","hash":"HQ2oCtTC","status":"completed","createdAt":1761566424331,"updatedAt":1761570000000,
              "completed":1761569000000,"completedAt":1761569000000,"shortlistedAt":null,"discardedAt":null,"expires":null,"externalId":"ats-42",
              "thumbnail":"https://cdn.example/t.jpg","userMetadata":{"source":"ats"},
              "candidate":{"name":"Stef Jordens","firstName":"Stef","lastName":"Jordens","fullName":"Stef Jordens","email":"stef@example.com","phone":"+32470000000"},
              "position":{"id":"68b43e38b19cf131a17c543f","name":"Social Media Manager"},
              "url":{"public":"https://app.hireflix.com/HQ2oCtTC","short":"https://hflx.io/c/HQ2oCtTC","private":"https://admin.hireflix.com/x"},
              "externalLink":{"url":"https://shared.hireflix.com/interview/b1a00e3f-3188-4191-8923-b5aba36f719a","expires":1793102424331},
              "questions":[
                {"id":"q1","title":"Tell us about you","description":null,"answered":true,"answer":{"id":"a1","url":"https://cdn.example/a1.mp4","thumbnail":"https://cdn.example/a1.jpg",
                  "transcription":{"languageCode":"en","text":"Hello there","words":[{"text":"Hello","start":0.1,"end":0.5},{"text":"there","start":0.6,"end":0.9}]}}},
                {"id":"q2","title":"Why us?","description":"Be brief","answered":false,"answer":null}
              ],
              "score":{"value":4.5},
              "scores":[{"id":"s1","computedScore":0,"overriddenScore":{"value":4.5,"createdAt":1758830984015,"updatedAt":1760199630540,"__typename":"InterviewTeamMemberOverridenScore"},"scorer":{"id":"u1","name":"Michiel","email":"m@example.com"}}],
              "comments":[{"id":"c1","text":"Strong answer","createdAt":1761571000000,"updatedAt":null,"author":{"id":"u1","name":"Michiel","email":"m@example.com"}}]
            }}}
            """);

        var interview = await Client.Interviews.GetAsync(TestIds.InterviewId);

        _mock.Bodies.Single().GetProperty("variables").GetProperty("id").GetString().Should().Be(TestIds.InterviewId);
        interview.Stage.Should().Be(InterviewStage.ToEvaluate);
        interview.Candidate!.Email.Should().Be("stef@example.com");
        interview.Position!.Name.Should().Be("Social Media Manager");
        interview.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1761566424331));
        interview.UserMetadata!.Value.GetProperty("source").GetString().Should().Be("ats");
        interview.ShareLink!.Url.Should().StartWith("https://shared.hireflix.com/interview/");
        interview.Questions.Should().HaveCount(2);
        var answer = interview.Questions![0]!.Answer!;
        answer.VideoUrl.Should().Be("https://cdn.example/a1.mp4");
        answer.Transcription!.LanguageCode.Should().Be("en");
        answer.Transcription.Text.Should().Be("Hello there");
        answer.Transcription.Words!.Select(w => w!.Text).Should().Equal("Hello", "there");
        answer.Transcription.Words![1]!.Start.Should().Be(0.6);
        interview.Questions[1]!.Answer.Should().BeNull();
        interview.Score!.Value.Should().Be(4.5);
        interview.Scores![0]!.OverriddenScore!.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1758830984015));
        interview.Scores[0]!.Scorer!.Name.Should().Be("Michiel");
        interview.Comments![0]!.Text.Should().Be("Strong answer");
    }

    [Fact]
    public async Task Get_of_an_unknown_interview_throws_InterviewNotFoundException()
    {
        _mock.Respond("GetInterview", """{"data":{"interview":null}}""");

        await FluentActions.Awaiting(() => Client.Interviews.GetAsync(TestIds.InterviewId)).Should().ThrowAsync<InterviewNotFoundException>();
    }

    [Fact]
    public async Task Unknown_positions_and_interviews_share_one_not_found_base()
    {
        _mock.Respond("GetInterview", """{"data":{"interview":null}}""");
        _mock.Respond("GetPosition", """{"data":{"position":null}}""");

        var interview = await FluentActions.Awaiting(() => Client.Interviews.GetAsync(TestIds.InterviewId)).Should().ThrowAsync<HireflixNotFoundException>();
        var position = await FluentActions.Awaiting(() => Client.Positions.GetAsync(TestIds.PositionId)).Should().ThrowAsync<HireflixNotFoundException>();

        interview.Which.Should().BeOfType<InterviewNotFoundException>().Which.ErrorName.Should().Be("InterviewNotFound");
        position.Which.Should().BeOfType<PositionNotFoundException>().Which.ErrorName.Should().Be("PositionNotFoundError");
    }

    [Fact]
    public async Task Page_sends_limit_and_cursor_and_parses_the_list()
    {
        _mock.Respond("ListInterviews", """{"data":{"position":{"interviewList":{"results":[""" + (Responses.InterviewSummaryJson) + """],"lastCursor":"c-1","count":1,"total":7}}}}""");

        var page = await Client.Interviews.GetPageAsync(TestIds.PositionId, cursor: "c-0", options: new InterviewListOptions { PageSize = 10 });

        var variables = _mock.Bodies.Single().GetProperty("variables");
        variables.GetProperty("positionId").GetString().Should().Be(TestIds.PositionId);
        variables.GetProperty("limit").GetInt32().Should().Be(10);
        variables.GetProperty("lastCursor").GetString().Should().Be("c-0");
        _mock.Bodies.Single().GetProperty("query").GetString().Should().Contain("sort:[{field:createdAt,direction:DESC}]");
        page.Items.Should().ContainSingle().Which.Stage.Should().Be(InterviewStage.Pending);
        page.Cursor.Should().Be("c-1");
        page.Total.Should().Be(7);
    }

    [Theory]
    [InlineData(InterviewStage.Pending, "pending")]
    [InlineData(InterviewStage.ToEvaluate, "to_evaluate")]
    [InlineData(InterviewStage.Shortlisted, "shortlisted")]
    [InlineData(InterviewStage.Discarded, "discarded")]
    public async Task Page_by_stage_sends_the_stage_filter(InterviewStage stage, string wireValue)
    {
        _mock.Respond("ListInterviewsByStage", """{"data":{"position":{"interviewList":{"results":[],"lastCursor":"c-1","count":0,"total":0}}}}""");

        var page = await Client.Interviews.GetPageAsync(TestIds.PositionId, options: new InterviewListOptions { Stage = stage });

        // The stage is a literal in the document: the filter's enum type name is unproven.
        _mock.Bodies.Single().GetProperty("query").GetString().Should().Contain($"filter:{{status:{{equal:{wireValue}}}}}");
        _mock.Bodies.Single().GetProperty("variables").TryGetProperty("stage", out _).Should().BeFalse();
        page.IsEnd.Should().BeTrue();
    }

    [Fact]
    public async Task Score_sends_the_score_and_parses_the_documented_response()
    {
        _mock.Respond("ScoreInterview", """{"data":{"Interview":{"score":{"id":"68d4164f19367e041b2030c0","score":{"value":4.5},"scores":[{"computedScore":0,"overriddenScore":{"createdAt":1758830984015,"updatedAt":1760199630540,"value":4.5,"__typename":"InterviewTeamMemberOverridenScore"},"scorer":{"name":"Michiel"}}]}}}}""");

        var scores = await Client.Interviews.ScoreAsync(TestIds.InterviewId, 4.5);

        var variables = _mock.Bodies.Single().GetProperty("variables");
        variables.GetProperty("id").GetString().Should().Be(TestIds.InterviewId);
        variables.GetProperty("score").GetDouble().Should().Be(4.5);
        scores.Score!.Value.Should().Be(4.5);
        scores.Scores![0]!.ComputedScore.Should().Be(0);
        scores.Scores[0]!.OverriddenScore!.UpdatedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1760199630540));
    }

    [Fact]
    public async Task Clear_score_omits_the_score_variable()
    {
        _mock.Respond("ClearInterviewScore", """{"data":{"Interview":{"score":{"id":"68d4164f19367e041b2030c0","score":null,"scores":[]}}}}""");

        var scores = await Client.Interviews.ClearScoreAsync(TestIds.InterviewId);

        // A null literal in its own document: a nullable $score variable would fail against a Float! argument.
        _mock.Bodies.Single().GetProperty("variables").TryGetProperty("score", out _).Should().BeFalse();
        _mock.Bodies.Single().GetProperty("query").GetString().Should().Contain("score(score:null)");
        scores.Score.Should().BeNull();
    }

    [Fact]
    public async Task Comment_sends_the_text_and_returns_the_comments()
    {
        _mock.Respond("CommentInterview", """{"data":{"Interview":{"comment":{"id":"68d4164f19367e041b2030c0","comments":[{"id":"c1","text":"Great","createdAt":1761571000000,"updatedAt":null,"author":null}]}}}}""");

        var comments = await Client.Interviews.CommentAsync(TestIds.InterviewId, "Great");

        _mock.Bodies.Single().GetProperty("variables").GetProperty("comment").GetString().Should().Be("Great");
        comments.Should().ContainSingle().Which.Text.Should().Be("Great");
    }

    [Fact]
    public async Task Shortlist_and_unshortlist_send_finalist_true_and_false()
    {
        _mock.Respond("SetInterviewShortlisted", """{"data":{"Interview":{"finalist":""" + (Responses.InterviewSummaryJson.Replace("\"shortlistedAt\":null", "\"shortlistedAt\":1761572000000")) + "}}}");

        var shortlisted = await Client.Interviews.ShortlistAsync(TestIds.InterviewId);
        await Client.Interviews.UnshortlistAsync(TestIds.InterviewId);

        _mock.Bodies.Select(b => b.GetProperty("variables").GetProperty("finalist").GetBoolean()).Should().Equal(true, false);
        shortlisted.Stage.Should().Be(InterviewStage.Shortlisted);
    }

    [Fact]
    public async Task Discard_and_restore_send_archive_true_and_false_and_parse_discardedAt()
    {
        _mock.Respond("SetInterviewDiscarded", """{"data":{"Interview":{"archive":""" + (Responses.InterviewSummaryJson.Replace("\"discardedAt\":null", "\"discardedAt\":1760364046835")) + "}}}");

        var discarded = await Client.Interviews.DiscardAsync(TestIds.InterviewId);
        await Client.Interviews.RestoreAsync(TestIds.InterviewId);

        _mock.Bodies.Select(b => b.GetProperty("variables").GetProperty("archive").GetBoolean()).Should().Equal(true, false);
        discarded.DiscardedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1760364046835));
        discarded.Stage.Should().Be(InterviewStage.Discarded);
    }

    [Fact]
    public async Task Share_sends_the_duration_and_returns_the_link_with_its_expiry()
    {
        _mock.Respond("ShareInterview", """{"data":{"Interview":{"share":{"id":"68d4164f19367e041b2030c0","externalId":"YOUR_SYSTEM_ID","externalLink":{"url":"https://shared.hireflix.com/interview/b1a00e3f-3188-4191-8923-b5aba36f719a","expires":1793102424331}}}}}""");

        var link = await Client.Interviews.ShareAsync(TestIds.InterviewId, 365);

        _mock.Bodies.Single().GetProperty("variables").GetProperty("durationInDays").GetInt32().Should().Be(365);
        link.Url.Should().Be("https://shared.hireflix.com/interview/b1a00e3f-3188-4191-8923-b5aba36f719a");
        link.ExpiresAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1793102424331));
    }

    public void Dispose()
    {
        // Every request of every test here was authenticated with the configured key.
        var keys = _mock.Requests.Select(r => r.RequestMessage.Headers!["X-API-KEY"].Single()).ToList();
        _clients.Dispose();
        _mock.Dispose();
        keys.Should().OnlyContain(k => k == TestIds.ApiKey);
    }
}
