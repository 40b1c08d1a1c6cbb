using System.Text;
using Hireflix.Sdk.Models;
using Hireflix.Sdk.Operations;
using Hireflix.Sdk.Transport;

namespace Hireflix.Sdk.Tests.Parsing;

/// <summary>
/// The responses Hireflix documents and a real 2024 <c>interview(id)</c> response body (published with Hireflix's web
/// app), through the generated readers (<see cref="GraphQLResponseParser"/>). Ids, names and e-mails
/// are synthetic; where the SDK's document aliases a field (<c>positionNotFoundMessage: message</c>,
/// <c>overriddenScore: overridenScore</c>) the body uses the alias, as Hireflix answers the SDK's document.
/// </summary>
public sealed class DocumentedResponseParseTests
{
    private const string InterviewId = "aaaaaaaaaaaaaaaaaaaaaaa1";
    private const string PositionId = "bbbbbbbbbbbbbbbbbbbbbbb1";

    /// <summary>The real 2024 response: <c>__typename</c> on every object, score null, answered as epoch ms, externalLink null.</summary>
    private const string Real2024Interview = """
        {"data":{"interview":{"__typename":"InterviewType","id":"aaaaaaaaaaaaaaaaaaaaaaa1","status":"completed","scores":[],"comments":[],"score":null,
         "position":{"__typename":"InterviewPositionType","id":"bbbbbbbbbbbbbbbbbbbbbbb1","name":"Test"},
         "candidate":{"__typename":"CandidateType","name":"Test Test","email":"candidate@example.com","phone":"+10000000000"},
         "questions":[{"__typename":"question","id":"ccccccccccccccccccccccc1","title":"Test title 1","answered":1720687784238,"description":"Question text","scores":[],
           "answer":{"__typename":"media","id":"ddddddddddddddddddddddd1","encoded":true,"createdAt":1720687784233}}],
         "externalLink":null,"thumbnail":"https://media.example.com/hf-thumbnail.jpg?Policy=x"}}}
        """;

    [Fact]
    public void The_real_2024_interview_response_parses()
    {
        var interview = Parse(new GetInterviewQuery { Id = InterviewId }, Real2024Interview).Interview!;

        interview.Id.Should().Be(InterviewId);
        interview.Status.Should().Be("completed");
        interview.Score.Should().BeNull();
        interview.Scores.Should().BeEmpty();
        interview.Comments.Should().BeEmpty();
        interview.ShareLink.Should().BeNull();
        interview.Thumbnail.Should().StartWith("https://media.example.com/");
        interview.Position!.Id.Should().Be(PositionId);
        interview.Position.Name.Should().Be("Test");
        interview.Candidate!.Name.Should().Be("Test Test");
        interview.Candidate.Email.Should().Be("candidate@example.com");
        interview.Candidate.Phone.Should().Be("+10000000000");
        var question = interview.Questions.Should().ContainSingle().Subject!;
        question.Title.Should().Be("Test title 1");
        question.AnsweredAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1720687784238));
        question.Answer!.Id.Should().Be("ddddddddddddddddddddddd1");
        question.Answer.VideoUrl.Should().BeNull();

        // The body lacks shortlistedAt (among others): the stage cannot be told, rather than guessed.
        interview.Stage.Should().Be(InterviewStage.Unknown);
    }

    [Fact]
    public void The_documented_invite_response_parses()
    {
        var json = """
            {"data":{"inviteCandidateToInterview":{"__typename":"InterviewType","id":"aaaaaaaaaaaaaaaaaaaaaaa1",
              "url":{"short":"https://hflx.example/c/HASH0001","public":"https://app.example.com/HASH0001"}}}}
            """;

        var result = Parse(NewInvite(), json).InviteCandidateToInterview;

        var member = result.Should().BeOfType<InviteCandidateMutation.Data.InviteCandidateToInterviewResult.InterviewType>().Subject;
        member.InterviewSummary.Id.Should().Be(InterviewId);
        member.InterviewSummary.Links!.Short.Should().Be("https://hflx.example/c/HASH0001");
        member.InterviewSummary.Links.Public.Should().Be("https://app.example.com/HASH0001");
    }

    [Fact]
    public void The_documented_exceeded_invites_error_parses()
    {
        var json = """
            {"data":{"inviteCandidateToInterview":{"__typename":"ExceededInvitesThisPeriodError","code":403,"name":"ExceededInvitesThisPeriodError",
              "exceededInvitesMessage":"Accessing Mutation.inviteCandidateToInterview requires an active subscription"}}}
            """;

        var error = Parse(NewInvite(), json).InviteCandidateToInterview
            .Should().BeOfType<InviteCandidateMutation.Data.InviteCandidateToInterviewResult.ExceededInvitesThisPeriodError>().Subject;
        error.Code.Should().Be(403);
        error.ExceededInvitesMessage.Should().Contain("active subscription");
    }

    [Fact]
    public void The_documented_archive_success_and_not_found_parse()
    {
        var success = """
            {"data":{"archivePosition":{"__typename":"MutationArchivePositionSuccess","data":{"id":"bbbbbbbbbbbbbbbbbbbbbbb1","name":"DevRel Manager","archived":1758806647378}}}}
            """;
        var notFound = """
            {"data":{"archivePosition":{"__typename":"PositionNotFoundError","code":404,"positionNotFoundMessage":"Position not found","name":"PositionNotFoundError"}}}
            """;

        var position = Parse(new ArchivePositionMutation { Id = PositionId }, success).ArchivePosition
            .Should().BeOfType<ArchivePositionMutation.Data.ArchivePositionResult.MutationArchivePositionSuccess>().Subject.Data!;
        position.Name.Should().Be("DevRel Manager");
        position.ArchivedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1758806647378));
        position.IsArchived.Should().BeTrue();

        var error = Parse(new ArchivePositionMutation { Id = PositionId }, notFound).ArchivePosition
            .Should().BeOfType<ArchivePositionMutation.Data.ArchivePositionResult.PositionNotFoundError>().Subject;
        error.Code.Should().Be(404);
        error.PositionNotFoundMessage.Should().Be("Position not found");
    }

    [Fact]
    public void The_documented_legacy_interview_mutation_responses_parse()
    {
        var discarded = Parse(new SetInterviewDiscardedMutation { Id = InterviewId, Archive = true },
            """{"data":{"Interview":{"archive":{"id":"aaaaaaaaaaaaaaaaaaaaaaa1","discardedAt":1760364046835}}}}""").Interview!.Archive!;
        discarded.Id.Should().Be(InterviewId);
        discarded.DiscardedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1760364046835));
        discarded.Stage.Should().Be(InterviewStage.Discarded);

        var finalist = Parse(new SetInterviewShortlistedMutation { Id = InterviewId, Finalist = true },
            """{"data":{"Interview":{"finalist":{"id":"aaaaaaaaaaaaaaaaaaaaaaa1"}}}}""").Interview!.Finalist!;
        finalist.Id.Should().Be(InterviewId);

        // The docs' query selected no id; the SDK's does (non-null), so Hireflix's answer to it carries one.
        var share = Parse(new ShareInterviewMutation { Id = InterviewId, DurationInDays = 365 },
            """{"data":{"Interview":{"share":{"id":"aaaaaaaaaaaaaaaaaaaaaaa1","externalId":"YOUR_SYSTEM_ID","externalLink":{"url":"https://shared.example.com/interview/00000000-0000-0000-0000-000000000001"}}}}}""").Interview!.Share!;
        share.ExternalId.Should().Be("YOUR_SYSTEM_ID");
        share.ShareLink!.Url.Should().Be("https://shared.example.com/interview/00000000-0000-0000-0000-000000000001");
        share.ShareLink.ExpiresAt.Should().BeNull();

        var scores = Parse(new ScoreInterviewMutation { Id = InterviewId, Score = 4.5 }, """
            {"data":{"Interview":{"score":{"id":"aaaaaaaaaaaaaaaaaaaaaaa1","score":{"value":4.5},"scores":[{"computedScore":0,
              "overriddenScore":{"createdAt":1758830984015,"updatedAt":1760199630540,"value":4.5,"__typename":"InterviewTeamMemberOverridenScore"},
              "scorer":{"name":"Reviewer One"}}]}}}}
            """).Interview!.Score!;
        scores.Score!.Value.Should().Be(4.5);
        var reviewer = scores.Scores.Should().ContainSingle().Subject!;
        reviewer.ComputedScore.Should().Be(0);
        reviewer.OverriddenScore!.Value.Should().Be(4.5);
        reviewer.OverriddenScore.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1758830984015));
        reviewer.Scorer!.Name.Should().Be("Reviewer One");
        reviewer.Scorer.Id.Should().BeNull();
    }

    // ---- tolerant readers ----

    [Theory]
    [InlineData("1758806647378")]
    [InlineData("\"1758806647378\"")]
    [InlineData("\"2025-09-25T13:24:07.378Z\"")]
    public void Timestamps_read_as_numbers_numeric_strings_or_iso_strings(string value)
    {
        var position = ParsePosition($$"""{"id":"bbbbbbbbbbbbbbbbbbbbbbb1","name":"P","createdAt":{{value}},"archived":null}""");

        position.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1758806647378));
        position.IsArchived.Should().BeFalse();
    }

    [Fact]
    public void Archived_as_true_is_archived_without_a_date()
    {
        var position = ParsePosition("""{"id":"bbbbbbbbbbbbbbbbbbbbbbb1","name":"P","archived":true}""");

        position.IsArchived.Should().BeTrue();
        position.ArchivedAt.Should().BeNull();
    }

    [Fact]
    public void Archived_as_false_is_not_archived()
    {
        var position = ParsePosition("""{"id":"bbbbbbbbbbbbbbbbbbbbbbb1","name":"P","archived":false}""");

        position.IsArchived.Should().BeFalse();
        position.ArchivedAt.Should().BeNull();
    }

    [Fact]
    public void Completed_and_discarded_as_booleans_set_the_stage()
    {
        var summary = Parse(new SetInterviewDiscardedMutation { Id = InterviewId, Archive = true },
            """{"data":{"Interview":{"archive":{"id":"aaaaaaaaaaaaaaaaaaaaaaa1","status":"completed","completed":true,"completedAt":null,"shortlistedAt":null,"discardedAt":true}}}}""").Interview!.Archive!;

        summary.CompletedAt.Should().BeNull();
        summary.DiscardedAt.Should().BeNull();
        summary.Stage.Should().Be(InterviewStage.Discarded);
    }

    [Fact]
    public void An_error_code_as_a_string_reads_as_the_number()
    {
        var error = Parse(new ArchivePositionMutation { Id = PositionId },
            """{"data":{"archivePosition":{"__typename":"PositionNotFoundError","code":"404","name":"PositionNotFoundError","positionNotFoundMessage":"Position not found"}}}""").ArchivePosition
            .Should().BeOfType<ArchivePositionMutation.Data.ArchivePositionResult.PositionNotFoundError>().Subject;

        error.Code.Should().Be(404);
    }

    [Fact]
    public void Word_start_and_end_as_numeric_strings_read_as_numbers()
    {
        var json = """
            {"data":{"interview":{"id":"aaaaaaaaaaaaaaaaaaaaaaa1","questions":[{"id":"q1","answered":"1720687784238","answer":{"id":"a1",
              "transcription":{"languageCode":"en","text":"Hello there","words":[{"text":"Hello","start":"0.5","end":"0.9"},{"text":"there","start":1,"end":"1.25"}]}}}]}}}
            """;

        var question = Parse(new GetInterviewQuery { Id = InterviewId }, json).Interview!.Questions![0]!;

        question.AnsweredAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1720687784238));
        var words = question.Answer!.Transcription!.Words!;
        words.Select(w => (w!.Text, w.Start, w.End)).Should().Equal(("Hello", 0.5, 0.9), ("there", 1.0, 1.25));
    }

    private static Position ParsePosition(string position) =>
        Parse(new GetPositionsQuery(), "{\"data\":{\"positions\":[" + position + "]}}").Positions!.Single()!;

    private static InviteCandidateMutation NewInvite() =>
        new() { Input = new() { PositionId = PositionId, Candidate = new() { FirstName = "Ada", Email = "candidate@example.com" } } };

    private static TData Parse<TData>(IHireflixOperation<TData> operation, string json)
        where TData : class
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK);
        return GraphQLResponseParser.Parse(operation, Encoding.UTF8.GetBytes(json), response, TimeProvider.System);
    }
}
