using Hireflix.Sdk.Tests.Infrastructure;

namespace Hireflix.Sdk.Tests.Operations;

public sealed class PositionsOperationTests : IDisposable
{
    private readonly MockHireflix _mock = new();
    private readonly TestClients _clients;

    public PositionsOperationTests() => _clients = new TestClients(_mock.Endpoint);

    private HireflixClient Client => _clients.Client;

    [Fact]
    public async Task List_sends_GetPositions_with_the_api_key_and_parses_archived_dates()
    {
        _mock.Respond("GetPositions", Responses.Positions);

        var positions = await Client.Positions.ListAsync();

        var request = _mock.Requests.Should().ContainSingle().Subject.RequestMessage;
        request.Headers!["X-API-KEY"].Should().Equal(TestIds.ApiKey);
        request.Headers["Content-Type"].Single().Should().StartWith("application/json");
        var body = _mock.Bodies[0];
        body.GetProperty("operationName").GetString().Should().Be("GetPositions");
        body.GetProperty("query").GetString().Should().StartWith("query GetPositions{positions{id name").And.NotContain("PositionType", "object type names are guesses and never sent");
        body.GetProperty("variables").EnumerateObject().Should().BeEmpty();

        positions.Should().HaveCount(2);
        positions[0].Id.Should().Be("68d53cf0a3d3c03c50f103c3");
        positions[0].Name.Should().Be("DevRel Manager");
        positions[0].ArchivedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1758806647378));
        positions[0].IsArchived.Should().BeTrue();
        positions[0].Tags.Should().Equal("devrel");
        positions[1].ArchivedAt.Should().BeNull();
        positions[1].IsArchived.Should().BeFalse();
        positions[1].Description.Should().Be("Grow our channels");
    }

    [Fact]
    public async Task Get_sends_the_id_as_a_string_variable()
    {
        _mock.Respond("GetPosition", """{"data":{"position":{"id":"68d53cf0a3d3c03c50f103c3","name":"DevRel Manager","archived":null,"active":true,"description":null,"tags":null,"createdAt":1758000000000,"updatedAt":null}}}""");

        var position = await Client.Positions.GetAsync(TestIds.PositionId);

        _mock.Bodies[0].GetProperty("variables").GetProperty("id").GetString().Should().Be(TestIds.PositionId);
        _mock.Bodies[0].GetProperty("query").GetString().Should().Contain("($id:String!)");
        position.Name.Should().Be("DevRel Manager");
        position.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1758000000000));
    }

    [Fact]
    public async Task Get_of_an_unknown_position_throws_PositionNotFoundException()
    {
        _mock.Respond("GetPosition", """{"data":{"position":null}}""");

        var act = () => Client.Positions.GetAsync(TestIds.PositionId);

        await act.Should().ThrowAsync<PositionNotFoundException>();
    }

    [Fact]
    public async Task Rename_sends_the_trimmed_name_through_the_legacy_save_mutation()
    {
        _mock.Respond("RenamePosition", """{"data":{"Position":{"save":{"id":"68d53cf0a3d3c03c50f103c3","name":"Staff DevRel","archived":null,"active":true,"description":null,"tags":[],"createdAt":1758000000000,"updatedAt":1758000001000}}}}""");

        var position = await Client.Positions.RenameAsync(TestIds.PositionId, "  Staff DevRel ");

        var variables = _mock.Bodies[0].GetProperty("variables");
        variables.GetProperty("id").GetString().Should().Be(TestIds.PositionId);
        variables.GetProperty("name").GetString().Should().Be("Staff DevRel");
        _mock.Bodies[0].GetProperty("query").GetString().Should().Contain("Position(id:$id){save(position:{name:$name})");
        position.Name.Should().Be("Staff DevRel");
    }

    [Fact]
    public async Task Archive_parses_the_documented_success()
    {
        _mock.Respond("ArchivePosition", """{"data":{"archivePosition":{"__typename":"MutationArchivePositionSuccess","data":{"id":"68d53cf0a3d3c03c50f103c3","name":"DevRel Manager","archived":1758806647378}}}}""");

        var position = await Client.Positions.ArchiveAsync(TestIds.PositionId);

        _mock.Bodies[0].GetProperty("variables").GetProperty("id").GetString().Should().Be(TestIds.PositionId);
        position.IsArchived.Should().BeTrue();
        position.ArchivedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1758806647378));
    }

    [Fact]
    public async Task Archive_maps_the_documented_PositionNotFoundError()
    {
        _mock.Respond("ArchivePosition", """{"data":{"archivePosition":{"__typename":"PositionNotFoundError","code":404,"positionNotFoundMessage":"Position not found","name":"PositionNotFoundError"}}}""");

        var act = () => Client.Positions.ArchiveAsync(TestIds.PositionId);

        var error = (await act.Should().ThrowAsync<PositionNotFoundException>()).Which;
        error.Code.Should().Be(404);
        error.ErrorName.Should().Be("PositionNotFoundError");
        error.Message.Should().Be("Position not found");
        error.OperationName.Should().Be("ArchivePosition");
    }

    [Fact]
    public async Task Delete_succeeds_when_the_server_answers_true()
    {
        _mock.Respond("DeletePosition", """{"data":{"Position":{"delete":true}}}""");

        await Client.Positions.DeleteAsync(TestIds.PositionId);

        _mock.Bodies[0].GetProperty("variables").GetProperty("id").GetString().Should().Be(TestIds.PositionId);
    }

    [Fact]
    public async Task Delete_of_a_missing_position_throws_when_no_earlier_attempt_ran()
    {
        _mock.Respond("DeletePosition", """{"data":{"Position":{"delete":false}}}""");

        var act = () => Client.Positions.DeleteAsync(TestIds.PositionId);

        await act.Should().ThrowAsync<PositionNotFoundException>();
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
