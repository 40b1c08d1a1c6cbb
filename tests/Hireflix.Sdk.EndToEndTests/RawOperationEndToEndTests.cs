using System.Text.Json.Nodes;

namespace Hireflix.Sdk.EndToEndTests;

/// <summary>The raw escape hatch against the fake: data as JSON, typed errors, retry rules by operation kind, bad input refused before sending.</summary>
public sealed class RawOperationEndToEndTests
{
    private const string RenameMutation = "mutation Rename($id: String!, $name: String!) { Position(id: $id) { save(position: { name: $name }) { id name } } }";

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task A_raw_query_returns_its_data_as_json(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var id = h.Fake.SeedPosition("Data Engineer");

        var data = await h.Client.ExecuteRawAsync(new HireflixRawRequest
        {
            Document = "query One($id: String!) { position(id: $id) { id name } }",
            Variables = new JsonObject { ["id"] = id },
        });

        data["position"]!["id"]!.GetValue<string>().Should().Be(id);
        data["position"]!["name"]!.GetValue<string>().Should().Be("Data Engineer");
        h.Fake.RequestsFor("One").Should().Be(1);
    }

    [Fact]
    public async Task An_anonymous_query_and_a_chosen_operation_of_several_run()
    {
        await using var h = await Harness.StartAsync(FakeMode.InMemory);
        h.Fake.SeedPosition("Backend Engineer");

        var anonymous = await h.Client.ExecuteRawAsync(new HireflixRawRequest { Document = "# comment { not a brace\n{ positions { name } }" });
        var chosen = await h.Client.ExecuteRawAsync(new HireflixRawRequest
        {
            Document = "query Names { positions { ...F } } query Ids { positions { id } } fragment F on PositionType { name }",
            OperationName = "Names",
        });

        anonymous["positions"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).Should().Equal("Backend Engineer");
        chosen["positions"]!.AsArray().Single()!.AsObject().Select(p => p.Key).Should().Equal("name");
    }

    [Fact]
    public async Task A_raw_mutation_changes_the_server()
    {
        await using var h = await Harness.StartAsync(FakeMode.InMemory);
        var id = h.Fake.SeedPosition("Old name");

        var data = await h.Client.ExecuteRawAsync(new HireflixRawRequest { Document = RenameMutation, Variables = new JsonObject { ["id"] = id, ["name"] = "New name" } });

        data["Position"]!["save"]!["name"]!.GetValue<string>().Should().Be("New name");
        (await h.Positions.GetAsync(id)).Name.Should().Be("New name");
    }

    [Fact]
    public async Task A_document_naming_what_Hireflix_lacks_is_a_schema_mismatch_sent_once()
    {
        await using var h = await Harness.StartAsync(FakeMode.InMemory, schema: new FakeSchemaOptions().RemoveField("PositionType", "tags"));
        var id = h.Fake.SeedPosition("Data Engineer");

        var call = () => h.Client.ExecuteRawAsync(new HireflixRawRequest
        {
            Document = "query Tags($id: String!) { position(id: $id) { id tags } }",
            Variables = new JsonObject { ["id"] = id },
        });

        var thrown = (await call.Should().ThrowAsync<HireflixSchemaMismatchException>()).Which;
        thrown.OperationName.Should().Be("Tags");
        thrown.Differences.Should().ContainSingle().Which.Should().Contain("tags");
        h.Fake.RequestsFor("Tags").Should().Be(1, "a raw document has no optional selections to drop, so it is never resent");
    }

    [Fact]
    public async Task A_graphql_error_is_the_typed_exception()
    {
        await using var h = await Harness.StartAsync(FakeMode.InMemory);

        var id = h.Fake.SeedPosition("Data Engineer");

        var call = () => h.Client.ExecuteRawAsync(new HireflixRawRequest
        {
            Document = "query Page($id: String!) { position(id: $id) { interviewList(input: { pagination: { limit: 5, lastCursor: \"not-a-cursor\" } }) { results { id } } } }",
            Variables = new JsonObject { ["id"] = id },
        });

        var thrown = (await call.Should().ThrowAsync<HireflixGraphQLException>()).Which;
        thrown.OperationName.Should().Be("Page");
        thrown.Errors.Should().ContainSingle().Which.Message.Should().Be("Invalid lastCursor");
    }

    [Fact]
    public async Task A_query_is_retried_after_an_answer_is_lost()
    {
        await using var h = await Harness.StartAsync(FakeMode.InMemory);
        h.Fake.SeedPosition("Data Engineer");
        h.Fake.Faults.Enqueue(FakeFault.Status(503) with { Timing = FaultTiming.AfterExecution, OperationName = "Names" });

        var data = await h.Client.ExecuteRawAsync(new HireflixRawRequest { Document = "query Names { positions { name } }" });

        data["positions"]!.AsArray().Should().ContainSingle();
        h.Fake.RequestsFor("Names").Should().Be(2);
    }

    [Fact]
    public async Task A_mutation_whose_answer_is_lost_is_not_sent_again_unless_declared_idempotent()
    {
        await using var h = await Harness.StartAsync(FakeMode.InMemory);
        var id = h.Fake.SeedPosition("Old name");
        var variables = new JsonObject { ["id"] = id, ["name"] = "New name" };
        h.Fake.Faults.Enqueue(FakeFault.Status(503) with { Timing = FaultTiming.AfterExecution, OperationName = "Rename" }, times: 2);

        var once = () => h.Client.ExecuteRawAsync(new HireflixRawRequest { Document = RenameMutation, Variables = variables });
        await once.Should().ThrowAsync<HireflixException>();
        h.Fake.RequestsFor("Rename").Should().Be(1, "the mutation may have run, so it is not repeated by default");

        var data = await h.Client.ExecuteRawAsync(new HireflixRawRequest { Document = RenameMutation, Variables = variables, MutationIsIdempotent = true });
        data["Position"]!["save"]!["name"]!.GetValue<string>().Should().Be("New name");
        h.Fake.RequestsFor("Rename").Should().Be(3, "declared idempotent, the lost answer is retried");
    }

    public static TheoryData<string?, string?, string> BadRequests => new()
    {
        { "", null, "empty" },
        { "   \n", null, "empty" },
        { "query A { positions { id } } query B { positions { name } }", null, "2 operations" },
        { "query A { positions { id } }", "B", "no operation named 'B'" },
        { "query A { positions { id } }", " ", "blank" },
        { "subscription S { positions { id } }", null, "Subscriptions are not supported" },
        { "fragment F on PositionType { id }", null, "no query or mutation" },
        { "query A { positions { id }", null, "not closed" },
        { "query A { positions(x: \"unterminated) { id } }", null, "string" },
        { "SELECT * FROM positions", null, "'SELECT'" },
        { "query A { positions { id } } }", null, "unexpected '}'" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_documents_are_refused_before_any_request(string? document, string? operationName, string expected)
    {
        await using var h = await Harness.StartAsync(FakeMode.InMemory);

        var call = () => h.Client.ExecuteRawAsync(new HireflixRawRequest { Document = document!, OperationName = operationName });

        (await call.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain(expected);
        h.Fake.RequestsReceived.Should().Be(0);
    }

    [Fact]
    public async Task Null_arguments_are_refused_before_any_request()
    {
        await using var h = await Harness.StartAsync(FakeMode.InMemory);

        await h.Client.Invoking(c => c.ExecuteRawAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
        await h.Client.Invoking(c => c.ExecuteRawAsync(new HireflixRawRequest { Document = null! })).Should().ThrowAsync<ArgumentException>();
        await h.Client.Invoking(c => c.ExecuteAsync<object>(null!)).Should().ThrowAsync<ArgumentNullException>();
        h.Fake.RequestsReceived.Should().Be(0);
    }
}
