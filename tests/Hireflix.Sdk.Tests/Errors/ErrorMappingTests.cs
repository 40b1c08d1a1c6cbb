using System.Net;
using Hireflix.Sdk.Models;
using Hireflix.Sdk.Tests.Infrastructure;

namespace Hireflix.Sdk.Tests.Errors;

public sealed class ErrorMappingTests : IDisposable
{
    private static readonly CandidateInvite Ada = new() { FirstName = "Ada", Email = "ada@example.com" };

    private readonly MockHireflix _mock = new();
    private readonly TestClients _clients;

    public ErrorMappingTests() => _clients = new TestClients(_mock.Endpoint, o => o.MaxRetries = 0);

    private HireflixClient Client => _clients.Client;

    public static TheoryData<string, string, int, Type> InviteErrors => new()
    {
        { "ExceededInvitesThisPeriodError", "exceededInvitesMessage", 403, typeof(InvitesQuotaExceededException) },
        { "InterviewAlreadyExistsInPositionError", "alreadyExistsMessage", 409, typeof(InterviewAlreadyExistsException) },
        { "InterviewExternalIdAlreadyExistsInPositionError", "externalIdExistsMessage", 409, typeof(InterviewExternalIdAlreadyExistsException) },
        { "PositionNotFoundError", "positionNotFoundMessage", 404, typeof(PositionNotFoundException) },
        { "PositionNotReadyToAcceptInvitesError", "positionNotReadyMessage", 400, typeof(PositionNotReadyToAcceptInvitesException) },
        { "ValidationError", "validationMessage", 422, typeof(HireflixValidationException) },
    };

    [Theory]
    [MemberData(nameof(InviteErrors))]
    public async Task Every_invite_error_member_becomes_its_typed_exception(string typeName, string alias, int code, Type expected)
    {
        _mock.Respond("InviteCandidate", Responses.InviteError(typeName, alias, code, "Server says no"));

        var error = await Record.ExceptionAsync(() => Client.Interviews.InviteAsync(TestIds.PositionId, Ada));

        error.Should().BeOfType(expected);
        var apiError = (HireflixApiErrorException)error!;
        apiError.ErrorName.Should().Be(typeName);
        apiError.Code.Should().Be(code);
        apiError.Message.Should().Be("Server says no");
        _mock.Requests.Should().HaveCount(1, "union errors are deterministic and never retried");
    }

    [Fact]
    public async Task A_typed_error_message_quoting_the_candidate_keeps_their_data_out_of_the_message()
    {
        _mock.Respond("InviteCandidate", Responses.InviteError("InterviewAlreadyExistsInPositionError", "alreadyExistsMessage", 409, "Ada (ada@example.com) was already invited"));

        var error = await Record.ExceptionAsync(() => Client.Interviews.InviteAsync(TestIds.PositionId, Ada));

        error.Should().BeOfType<InterviewAlreadyExistsException>().Which.Message.Should().Be("*** (***) was already invited");
    }

    [Fact]
    public async Task The_documented_quota_fixture_maps_to_InvitesQuotaExceededException()
    {
        _mock.Respond("InviteCandidate", """{"data":{"inviteCandidateToInterview":{"__typename":"ExceededInvitesThisPeriodError","code":403,"name":"ExceededInvitesThisPeriodError","exceededInvitesMessage":"Accessing Mutation.inviteCandidateToInterview requires an active subscription"}}}""");

        var act = () => Client.Interviews.InviteAsync(TestIds.PositionId, Ada);

        (await act.Should().ThrowAsync<InvitesQuotaExceededException>()).Which.Message.Should().Contain("active subscription");
    }

    [Fact]
    public async Task Validation_errors_carry_their_field_errors()
    {
        _mock.Respond("InviteCandidate", Responses.InviteError("ValidationError", "validationMessage", 400, "Invalid input",
            ""","fieldErrors":[{"flattenedPath":"candidate.phone","message":"Invalid phone"},{"flattenedPath":null,"message":null}]"""));

        var act = () => Client.Interviews.InviteAsync(TestIds.PositionId, Ada);

        var error = (await act.Should().ThrowAsync<HireflixValidationException>()).Which;
        error.FieldErrors.Should().HaveCount(2);
        error.FieldErrors[0].Should().Be(new HireflixFieldError("candidate.phone", "Invalid phone"));
    }

    [Fact]
    public async Task An_unknown_union_member_is_reported_by_name()
    {
        _mock.Respond("InviteCandidate", """{"data":{"inviteCandidateToInterview":{"__typename":"BrandNewError","code":499}}}""");

        var act = () => Client.Interviews.InviteAsync(TestIds.PositionId, Ada);

        (await act.Should().ThrowAsync<HireflixUnknownResultException>()).Which.TypeName.Should().Be("BrandNewError");
    }

    [Fact]
    public async Task An_errors_array_becomes_HireflixGraphQLException_with_the_messages_and_partial_data()
    {
        _mock.Respond("GetPositions", """{"errors":[{"message":"Something broke","path":["positions",1],"extensions":{"code":"INTERNAL"}},{"message":"Second"}],"data":{"positions":[{"id":"68d53cf0a3d3c03c50f103c3","name":"A"},null]}}""");

        var act = () => Client.Positions.ListAsync();

        var error = (await act.Should().ThrowAsync<HireflixGraphQLException>()).Which;
        error.Errors.Select(e => e.Message).Should().Equal("Something broke", "Second");
        error.Errors[0].Code.Should().Be("INTERNAL");
        error.Errors[0].Path.Should().Equal("positions", "1");
        error.Errors[1].Locations.Should().BeEmpty();
        error.PartialData!.Value.GetProperty("positions")[0].GetProperty("name").GetString().Should().Be("A");
        error.Message.Should().Contain("Something broke").And.Contain("Second");
    }

    [Fact]
    public async Task The_documented_variable_type_error_is_a_schema_mismatch_naming_the_variable()
    {
        _mock.Respond("GetPosition", """{"errors":[{"message":"Variable \"$id\" of type \"ID!\" used in position expecting type \"String!\".","locations":[{"line":1,"column":19}]}]}""");

        var act = () => Client.Positions.GetAsync(TestIds.PositionId);

        // A variable is never dropped: the typed mismatch says what Hireflix expects, after one request.
        var error = (await act.Should().ThrowAsync<HireflixSchemaMismatchException>()).Which;
        error.Differences.Should().Equal("variable $id is declared 'ID!' but Hireflix expects 'String!'");
        error.Message.Should().Contain("Hireflix expects 'String!'").And.Contain("nothing was executed");
        error.Errors.Single().Locations.Should().Equal((1, 19));
        _mock.Bodies.Should().ContainSingle();
    }

    [Fact]
    public async Task A_404_GraphQL_error_on_an_interview_mutation_is_InterviewNotFoundException()
    {
        _mock.Respond("SetInterviewShortlisted", """{"errors":[{"message":"Interview not found","extensions":{"code":404}}],"data":{"Interview":null}}""");

        var error = await Record.ExceptionAsync(() => Client.Interviews.ShortlistAsync(TestIds.InterviewId));

        error.Should().BeOfType<InterviewNotFoundException>().Which.OperationName.Should().Be("SetInterviewShortlisted");
    }

    [Fact]
    public async Task A_not_found_GraphQL_error_on_a_position_mutation_is_PositionNotFoundException()
    {
        _mock.Respond("RenamePosition", """{"errors":[{"message":"Position not found"}]}""");

        var error = await Record.ExceptionAsync(() => Client.Positions.RenameAsync(TestIds.PositionId, "New name"));

        error.Should().BeOfType<PositionNotFoundException>().Which.Code.Should().Be(404);
    }

    [Fact]
    public async Task Other_GraphQL_errors_on_mutations_stay_HireflixGraphQLException()
    {
        _mock.Respond("SetInterviewShortlisted", """{"errors":[{"message":"Internal failure","extensions":{"code":"INTERNAL"}}]}""");

        var error = await Record.ExceptionAsync(() => Client.Interviews.ShortlistAsync(TestIds.InterviewId));

        error.Should().BeOfType<HireflixGraphQLException>();
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Http_401_and_403_are_authentication_errors(int status)
    {
        _mock.Respond("GetPositions", """{"message":"Unauthorized"}""", status);

        var act = () => Client.Positions.ListAsync();

        (await act.Should().ThrowAsync<HireflixAuthenticationException>()).Which.StatusCode.Should().Be((HttpStatusCode)status);
    }

    [Fact]
    public async Task The_unauthorized_body_is_an_authentication_error_even_with_200()
    {
        _mock.Respond("GetPositions", """{"message":"Unauthorized"}""");

        await FluentActions.Awaiting(() => Client.Positions.ListAsync()).Should().ThrowAsync<HireflixAuthenticationException>();
    }

    [Fact]
    public async Task An_html_error_page_becomes_HireflixHttpException_with_status_and_excerpt()
    {
        _mock.Respond("GetPositions", "<html><body>Bad gateway</body></html>", 418);

        var error = (await FluentActions.Awaiting(() => Client.Positions.ListAsync()).Should().ThrowAsync<HireflixHttpException>()).Which;
        error.StatusCode.Should().Be((HttpStatusCode)418);
        error.BodyExcerpt.Should().Contain("Bad gateway");
        error.Message.Should().NotContain("Bad gateway", "bodies stay out of messages");
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"data":{"positions":[{"id":"68d53cf0a3d3c03c50f103c3","na""")]
    [InlineData("")]
    [InlineData("""{"data":{"positions":[{"id":42}]}}""")]
    [InlineData("""{"data":{"positions":[{"name":"no id"}]}}""")]
    [InlineData("""{"data":{"positions":{"id":"x"}}}""")]
    [InlineData("""{"data":"nope"}""")]
    [InlineData("""[1,2,3]""")]
    [InlineData("""{"data":null}""")]
    [InlineData("""{"data":{}} trailing""")]
    public async Task Bodies_that_are_not_the_expected_GraphQL_JSON_become_HireflixResponseException(string body)
    {
        _mock.Respond("GetPositions", body);

        var error = await Record.ExceptionAsync(() => Client.Positions.ListAsync());

        error.Should().BeOfType<HireflixResponseException>();
    }

    public void Dispose()
    {
        _clients.Dispose();
        _mock.Dispose();
    }
}
