using System.Diagnostics;
using System.Net;
using System.Text;
using Hireflix.Sdk.Operations;
using Hireflix.Sdk.Reliability.Infrastructure;
using Hireflix.Sdk.Testing;
using Hireflix.Sdk.Transport;

namespace Hireflix.Sdk.ReliabilityTests;

/// <summary>Each defect the suite found, as the smallest failing case (they also stay covered by the matrix and fuzzing).</summary>
[Trait("Category", "Reliability")]
public sealed class RegressionTests
{
    private const string ApiKey = "regression-key-91c0";

    /// <summary>Defect: the body was read outside the resilience pipeline, so a cut body failed a query at once.</summary>
    [Fact]
    public async Task A_query_whose_answer_is_cut_mid_body_is_retried()
    {
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { ApiKey = ApiKey });
        var positionId = fake.SeedPosition("Backend Engineer");
        await using var front = new FaultFront(fake.CreateHandler(), fake.Endpoint);
        front.Arm(index => index == 0 ? new FrontFault { Action = FrontAction.CutMidBody, ExecuteFirst = true } : null);
        using var harness = new ClientHarness(new HarnessOptions { Endpoint = front.Endpoint, ApiKey = ApiKey, Configure = o => o.RetryDelay = TimeSpan.FromMilliseconds(1) });

        var position = await harness.Client.Positions.GetAsync(positionId);

        position.Name.Should().Be("Backend Engineer");
        front.RequestsFor("GetPosition").Should().Be(2);
    }

    /// <summary>The same cut on a comment is not retried: it may have been stored.</summary>
    [Fact]
    public async Task A_comment_whose_answer_is_cut_mid_body_is_not_retried_and_stored_once()
    {
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { ApiKey = ApiKey });
        var target = OperationTarget.Seed(fake, "Regression");
        await using var front = new FaultFront(fake.CreateHandler(), fake.Endpoint);
        front.Arm(_ => new FrontFault { Action = FrontAction.CutMidBody, ExecuteFirst = true });
        using var harness = new ClientHarness(new HarnessOptions { Endpoint = front.Endpoint, ApiKey = ApiKey, Configure = o => o.RetryDelay = TimeSpan.FromMilliseconds(1) });

        var act = () => harness.Client.Interviews.CommentAsync(target.InterviewId, "Strong answers");

        await act.Should().ThrowAsync<HireflixConnectionException>();
        front.RequestsFor("CommentInterview").Should().Be(1);
        fake.GetInterview(target.InterviewId)!.Comments.Should().HaveCount(1);
    }

    /// <summary>Defect: a body stalling after the headers was outside AttemptTimeout and TotalTimeout (the call hung).</summary>
    [Fact]
    public async Task A_body_that_stalls_after_the_headers_ends_with_a_timeout()
    {
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { ApiKey = ApiKey });
        await using var front = new FaultFront(fake.CreateHandler(), fake.Endpoint);
        front.Arm(_ => new FrontFault { Action = FrontAction.StallBody, ExecuteFirst = true });
        using var harness = new ClientHarness(new HarnessOptions
        {
            Endpoint = front.Endpoint,
            ApiKey = ApiKey,
            Configure = o =>
            {
                o.AttemptTimeout = TimeSpan.FromMilliseconds(200);
                o.TotalTimeout = TimeSpan.FromMilliseconds(700);
                o.RetryDelay = TimeSpan.FromMilliseconds(1);
            },
        });
        var clock = Stopwatch.StartNew();

        var act = () => harness.Client.Positions.ListAsync().WaitAsync(TimeSpan.FromSeconds(10));

        await act.Should().ThrowAsync<HireflixTimeoutException>();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
    }

    /// <summary>Defect: invalid UTF-8 inside a free-form JSON value was accepted, and reading the value later threw InvalidOperationException.</summary>
    [Fact]
    public void Invalid_utf8_in_a_response_is_a_HireflixResponseException()
    {
        var body = Encoding.UTF8.GetBytes("""{"data":{"interview":{"id":"68d4164f19367e041b2030c0","userMetadata":{"note":"caf__"}}}}""");
        var at = Array.IndexOf(body, (byte)'_');
        body[at] = 0xC3;
        body[at + 1] = 0x28; // not a continuation byte
        using var response = new HttpResponseMessage(HttpStatusCode.OK);

        var act = () => GraphQLResponseParser.Parse(new GetInterviewQuery { Id = "68d4164f19367e041b2030c0" }, body, response, TimeProvider.System);

        act.Should().Throw<HireflixResponseException>();
    }

    /// <summary>Defect: a server error echoing a variable (graphql-js coercion errors) put the candidate's e-mail in the exception message.</summary>
    [Fact]
    public void A_GraphQL_error_echoing_the_candidates_email_does_not_carry_it_into_the_message()
    {
        var body = Encoding.UTF8.GetBytes("""{"errors":[{"message":"Variable \"$email\" got invalid value \"Ada.Lovelace@Example.com\"; Expected type \"String\"."}]}""");
        using var response = new HttpResponseMessage(HttpStatusCode.OK);
        var invite = new InviteCandidateMutation { Input = new() { PositionId = "68d53cf0a3d3c03c50f103c3", Candidate = new() { FirstName = "Ada", LastName = "Lovelace", Email = "ada.lovelace@example.com" } } };

        var act = () => GraphQLResponseParser.Parse(invite, body, response, TimeProvider.System);

        var error = act.Should().Throw<HireflixGraphQLException>().Which;
        error.Message.Should().NotContainEquivalentOf("ada.lovelace@example.com").And.NotContain("Lovelace").And.Contain("***");
        error.ToString().Should().NotContainEquivalentOf("ada.lovelace@example.com");
        error.Errors[0].Message.Should().Contain("Ada.Lovelace@Example.com", "the raw server errors stay available to the caller");
    }
}
