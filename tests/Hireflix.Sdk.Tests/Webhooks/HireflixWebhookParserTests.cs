using System.Text;
using Hireflix.Sdk.Webhooks;

namespace Hireflix.Sdk.Tests.Webhooks;

public sealed class HireflixWebhookParserTests
{
    private static HireflixWebhookEvent Parse(string json) => HireflixWebhookParser.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void The_documented_create_sample_parses_into_InterviewCreated()
    {
        var created = Parse(WebhookPayloads.InterviewCreate).Should().BeOfType<InterviewCreated>().Subject;

        created.EventName.Should().Be("interview.create");
        created.OccurredAt.Should().BeNull("the documented create sample has no envelope date");
        created.Interview.Should().BeEquivalentTo(new HireflixWebhookInterview
        {
            Id = "68ff5ed8b07cc148bddcae02",
            Position = new HireflixWebhookPosition { Id = "68b43e38b19cf131a17c543f", Name = "Social Media Manager" },
            ExternalId = null,
            Status = "pending",
            Hash = "25eXrLpj",
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(1761566424331),
            Candidate = new HireflixWebhookCandidate { Name = "Stef Jordens", FirstName = "Stef", LastName = "Jordens", Email = "stef@gmail.com" },
        });
        created.Interview.CreatedAt.Should().Be(new DateTimeOffset(2025, 10, 27, 12, 0, 24, 331, TimeSpan.Zero));
        created.RawJson.GetProperty("data").GetProperty("candidate").GetProperty("...").GetString().Should().Be("…");
    }

    [Fact]
    public void The_finish_payload_parses_with_completion_time_urls_and_envelope_date()
    {
        var finished = Parse(WebhookPayloads.InterviewFinish).Should().BeOfType<InterviewFinished>().Subject;

        finished.OccurredAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1761570025000));
        finished.Interview.Status.Should().Be("completed");
        finished.Interview.ExternalId.Should().Be("ats-4711");
        finished.Interview.CompletedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1761570024331));
        finished.Interview.Candidate!.Phone.Should().Be("+34600000000");
        finished.Interview.Links.Should().Be(new HireflixWebhookInterviewLinks
        {
            Short = "https://hflx.io/c/25eXrLpj",
            Private = "https://admin.hireflix.com/en/interviews/68ff5ed8b07cc148bddcae02",
            Public = "https://app.hireflix.com/25eXrLpj",
        });
    }

    [Fact]
    public void The_status_change_payload_parses_into_InterviewStatusChanged()
    {
        var changed = Parse(WebhookPayloads.InterviewStatusChangeShortlisted).Should().BeOfType<InterviewStatusChanged>().Subject;

        changed.Interview.Status.Should().Be("shortlisted");
        changed.OccurredAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1761650000000));
    }

    [Fact]
    public void The_score_updated_payload_parses_the_score_value()
    {
        var scored = Parse(WebhookPayloads.InterviewScoreUpdated).Should().BeOfType<InterviewScoreUpdated>().Subject;

        scored.Interview.Score.Should().Be(4.5);
        scored.Interview.Candidate.Should().BeNull();
    }

    [Fact]
    public void The_delete_payload_parses_with_only_an_id()
    {
        var deleted = Parse(WebhookPayloads.InterviewDelete).Should().BeOfType<InterviewDeleted>().Subject;

        deleted.Interview.Id.Should().Be(WebhookPayloads.InterviewId);
        deleted.Interview.Position.Should().BeNull();
        deleted.Interview.Status.Should().BeNull();
    }

    [Theory]
    [InlineData("1761566424331")]
    [InlineData("\"1761566424331\"")]
    [InlineData("1761566424331.0")]
    [InlineData("\"2025-10-27T12:00:24.331Z\"")]
    public void Dates_accept_epoch_ms_numbers_numeric_strings_and_iso_strings(string raw)
    {
        var created = (InterviewCreated)Parse("{\"event\":\"interview.create\",\"date\":" + raw + ",\"data\":{\"id\":\"a\",\"createdAt\":" + raw + "}}");

        created.OccurredAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1761566424331));
        created.Interview.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1761566424331));
    }

    [Fact]
    public void Null_and_absent_optional_fields_are_null_and_a_boolean_completed_is_no_time()
    {
        var finished = (InterviewFinished)Parse(
            """{"event":"interview.finish","date":null,"data":{"id":"a","position":null,"createdAt":null,"completed":true,"score":null}}""");

        finished.OccurredAt.Should().BeNull();
        finished.Interview.Position.Should().BeNull();
        finished.Interview.CreatedAt.Should().BeNull();
        finished.Interview.CompletedAt.Should().BeNull();
        finished.Interview.Score.Should().BeNull();
    }

    [Fact]
    public void A_plain_numeric_score_is_accepted()
    {
        ((InterviewScoreUpdated)Parse("""{"event":"interview.score-updated","data":{"id":"a","score":3}}""")).Interview.Score.Should().Be(3);
    }

    [Fact]
    public void Unknown_event_names_give_UnknownHireflixEvent_with_the_data()
    {
        var unknown = Parse("""{"event":"interview.started","date":1761566424331,"data":{"id":"a","anything":[1,2]}}""")
            .Should().BeOfType<UnknownHireflixEvent>().Subject;

        unknown.EventName.Should().Be("interview.started");
        unknown.OccurredAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1761566424331));
        unknown.Data!.Value.GetProperty("anything").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void Unknown_fields_anywhere_do_not_break_parsing()
    {
        var created = (InterviewCreated)Parse(
            """
            {"event":"interview.create","version":2,"meta":{"a":[{"b":null}]},
             "data":{"id":"a","new":{"x":1},"position":{"id":"p","extra":true},"candidate":{"email":"e@x.io","nested":{"z":[]}},
                     "url":{"short":"s","qr":"q"},"tags":["t"]}}
            """);

        created.Interview.Position!.Id.Should().Be("p");
        created.Interview.Candidate!.Email.Should().Be("e@x.io");
        created.Interview.Links!.Short.Should().Be("s");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{")]
    [InlineData("{\"event\":\"interview.create\",\"data\":{\"id\":\"a\"}} trailing")]
    [InlineData("{\"event\":\"interview.create\",\"data\":{\"id\":\"a\"}}{}")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("{}")]
    [InlineData("{\"event\":\"\"}")]
    [InlineData("{\"event\":42,\"data\":{\"id\":\"a\"}}")]
    [InlineData("{\"event\":\"interview.create\"}")]
    [InlineData("{\"event\":\"interview.create\",\"data\":[]}")]
    [InlineData("{\"event\":\"interview.create\",\"data\":{}}")]
    [InlineData("{\"event\":\"interview.create\",\"data\":{\"id\":7}}")]
    [InlineData("{\"event\":\"interview.create\",\"data\":{\"id\":\"a\",\"position\":\"p\"}}")]
    [InlineData("{\"event\":\"interview.create\",\"data\":{\"id\":\"a\",\"candidate\":{\"email\":5}}}")]
    [InlineData("{\"event\":\"interview.create\",\"data\":{\"id\":\"a\",\"createdAt\":{}}}")]
    [InlineData("{\"event\":\"interview.create\",\"data\":{\"id\":\"a\",\"createdAt\":\"yesterday\"}}")]
    [InlineData("{\"event\":\"interview.create\",\"data\":{\"id\":\"a\",\"createdAt\":1e300}}")]
    [InlineData("{\"event\":\"interview.create\",\"data\":{\"id\":\"a\",\"createdAt\":-99999999999999999}}")]
    [InlineData("{\"event\":\"interview.create\",\"date\":true,\"data\":{\"id\":\"a\"}}")]
    [InlineData("{\"event\":\"interview.score-updated\",\"data\":{\"id\":\"a\",\"score\":\"high\"}}")]
    [InlineData("{\"event\":\"interview.create\",\"data\":{\"id\":\"a\"},}")]
    [InlineData("{\"event\":\"interview.create\" /* c */,\"data\":{\"id\":\"a\"}}")]
    public void Garbage_and_wrong_shapes_throw_only_the_typed_payload_exception(string body)
    {
        FluentActions.Invoking(() => Parse(body)).Should().ThrowExactly<HireflixWebhookPayloadException>();
    }

    [Fact]
    public void Invalid_utf8_and_deep_nesting_throw_the_typed_exception()
    {
        byte[] invalidUtf8 = [.. "{\"event\":\""u8, 0xC3, 0x28, .. "\"}"u8];
        byte[] invalidUtf8Field = [.. "{\"event\":\"interview.create\",\"data\":{\"id\":\"a\",\"candidate\":{\"email\":\""u8, 0xFF, .. "\"}}}"u8];
        byte[] invalidUtf8Name = [.. "{\"event\":\"interview.create\",\"data\":{\"id\":\"a\",\""u8, 0xFF, .. "\":1}}"u8];
        string deep = "{\"event\":\"x\",\"data\":" + new string('[', 200) + new string(']', 200) + "}";

        FluentActions.Invoking(() => HireflixWebhookParser.Parse(invalidUtf8)).Should().ThrowExactly<HireflixWebhookPayloadException>();
        FluentActions.Invoking(() => HireflixWebhookParser.Parse(invalidUtf8Field)).Should().ThrowExactly<HireflixWebhookPayloadException>();
        FluentActions.Invoking(() => HireflixWebhookParser.Parse(invalidUtf8Name)).Should().ThrowExactly<HireflixWebhookPayloadException>("invalid UTF-8 is rejected anywhere, even in a name nobody reads");
        FluentActions.Invoking(() => Parse(deep)).Should().ThrowExactly<HireflixWebhookPayloadException>();
    }

    [Fact]
    public void Syntax_errors_report_a_position_but_never_body_text()
    {
        const string body = "{\"event\":\"interview.create\",\"data\":{\"id\":\"a\",\"candidate\":{\"email\":stef@gmail.com}}}";

        var exception = FluentActions.Invoking(() => Parse(body)).Should().ThrowExactly<HireflixWebhookPayloadException>().Subject.Single();

        exception.Message.Should().NotContain("stef");
        exception.InnerException.Should().BeNull();
        exception.LineNumber.Should().Be(0);
        exception.BytePositionInLine.Should().BeGreaterThan(0);
    }

    [Fact]
    public void ToString_of_events_and_models_never_contains_candidate_data_or_links()
    {
        var finished = (InterviewFinished)Parse(WebhookPayloads.InterviewFinish);
        string[] texts = [finished.ToString(), finished.Interview.ToString(), finished.Interview.Candidate!.ToString(), finished.Interview.Links!.ToString()];

        foreach (string text in texts)
        {
            text.Should().NotContainAny("Stef", "Jordens", "stef@gmail.com", "+34600000000", "hflx.io", "25eXrLpj");
        }

        finished.ToString().Should().Contain("interview.finish").And.Contain(WebhookPayloads.InterviewId);
    }

    [Fact]
    public void The_event_outlives_the_buffer_it_was_parsed_from()
    {
        byte[] buffer = WebhookPayloads.Bytes(WebhookPayloads.InterviewFinish);
        var finished = (InterviewFinished)HireflixWebhookParser.Parse(buffer);
        Array.Clear(buffer);

        finished.RawJson.GetProperty("event").GetString().Should().Be("interview.finish");
    }
}
