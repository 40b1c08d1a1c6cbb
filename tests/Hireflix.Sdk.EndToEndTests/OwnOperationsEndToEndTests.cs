using Hireflix.Sdk.EndToEndTests.Operations;

namespace Hireflix.Sdk.EndToEndTests;

/// <summary>
/// Operations generated from this project's own .graphql files (Hireflix/OwnOperations.graphql), run by the client as a
/// user's are: typed data, the self-healing prune of optional fields, and retries by the operation's own policy.
/// </summary>
public sealed class OwnOperationsEndToEndTests
{
    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task An_own_query_returns_typed_data(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Data Engineer");
        var interviewId = h.Fake.SeedInterview(positionId, new FakeCandidate("Ada", "Lovelace", "ada@example.com"), [new FakeAnswer("Hello.")], completed: true);

        var data = await h.Client.ExecuteAsync(new SessionDevicesQuery { Id = interviewId });

        data.Interview!.Id.Should().Be(interviewId);
        data.Interview.Thumbnails.Should().NotBeNullOrEmpty();
        data.Interview.IpAddresses.Should().NotBeNull();
        data.Interview.UserAgents.Should().NotBeNull();
    }

    [Fact]
    public async Task An_optional_field_Hireflix_lacks_is_dropped_once_and_reads_as_null()
    {
        await using var h = await Harness.StartAsync(FakeMode.InMemory, schema: new FakeSchemaOptions().RemoveField("InterviewType", "ipAddresses"));
        var positionId = h.Fake.SeedPosition("Data Engineer");
        var interviewId = h.Fake.SeedInterview(positionId, new FakeCandidate("Ada", "Lovelace", "ada@example.com"), [new FakeAnswer("Hello.")], completed: true);

        var first = await h.Client.ExecuteAsync(new SessionDevicesQuery { Id = interviewId });
        var second = await h.Client.ExecuteAsync(new SessionDevicesQuery { Id = interviewId });

        first.Interview!.IpAddresses.Should().BeNull();
        first.Interview.Thumbnails.Should().NotBeNullOrEmpty("the rest of the selection is still sent and read");
        second.Interview!.IpAddresses.Should().BeNull();
        h.Fake.RequestsFor("SessionDevices").Should().Be(3, "one rejected request, then the pruned document for both calls");
    }

    [Fact]
    public async Task An_idempotent_mutation_is_retried_after_a_lost_answer_and_another_is_not()
    {
        await using var h = await Harness.StartAsync(FakeMode.InMemory);
        var positionId = h.Fake.SeedPosition("Old name");
        h.Fake.Faults.Enqueue(FakeFault.Status(503) with { Timing = FaultTiming.AfterExecution, OperationName = "RenameRoleIdempotent" });
        h.Fake.Faults.Enqueue(FakeFault.Status(503) with { Timing = FaultTiming.AfterExecution, OperationName = "RenameRole" });

        var renamed = await h.Client.ExecuteAsync(new RenameRoleIdempotentMutation { Id = positionId, Name = "New name" });
        var once = () => h.Client.ExecuteAsync(new RenameRoleMutation { Id = positionId, Name = "Newer name" });

        renamed.Position!.Save!.Name.Should().Be("New name");
        h.Fake.RequestsFor("RenameRoleIdempotent").Should().Be(2);
        await once.Should().ThrowAsync<HireflixException>();
        h.Fake.RequestsFor("RenameRole").Should().Be(1, "a mutation not marked @idempotent may have run, so it is not repeated");
        (await h.Positions.GetAsync(positionId)).Name.Should().Be("Newer name", "the lost answer's mutation did run");
    }
}
