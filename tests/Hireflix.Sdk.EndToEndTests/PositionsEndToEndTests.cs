namespace Hireflix.Sdk.EndToEndTests;

/// <summary>Every PositionsClient operation against the fake, in memory and over loopback HTTP.</summary>
public sealed class PositionsEndToEndTests
{
    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task List_returns_open_and_archived_positions(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var open = h.Fake.SeedPosition("Open role");
        var archived = h.Fake.SeedPosition("Old role", archived: true);

        var positions = await h.Positions.ListAsync();

        positions.Select(p => p.Id).Should().BeEquivalentTo([open, archived]);
        positions.Single(p => p.Id == open).Should().Match<Position>(p => p.Name == "Open role" && !p.IsArchived && p.CreatedAt != null);
        positions.Single(p => p.Id == archived).IsArchived.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Get_returns_the_position_and_unknown_id_is_PositionNotFound(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var id = h.Fake.SeedPosition("Data Engineer");

        var position = await h.Positions.GetAsync(id);

        position.Id.Should().Be(id);
        position.Name.Should().Be("Data Engineer");
        position.IsArchived.Should().BeFalse();
        await h.Invoking(x => x.Positions.GetAsync("0123456789abcdef01234567")).Should().ThrowAsync<PositionNotFoundException>();
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Rename_changes_the_name_on_the_server(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var id = h.Fake.SeedPosition("Data Engineer");

        var renamed = await h.Positions.RenameAsync(id, "  Senior Data Engineer  ");

        renamed.Name.Should().Be("Senior Data Engineer");
        h.Fake.Positions.Single(p => p.Id == id).Name.Should().Be("Senior Data Engineer");
        (await h.Positions.GetAsync(id)).Name.Should().Be("Senior Data Engineer");
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Archive_keeps_interviews_and_sets_archived(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var (positionId, _) = h.SeedCompleted();

        var archived = await h.Positions.ArchiveAsync(positionId);

        archived.IsArchived.Should().BeTrue();
        archived.ArchivedAt.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        h.Fake.Positions.Single(p => p.Id == positionId).Should().Match<FakePositionSnapshot>(p => p.ArchivedAt != null && p.InterviewCount == 1);
        await h.Invoking(x => x.Positions.ArchiveAsync("0123456789abcdef01234567")).Should().ThrowAsync<PositionNotFoundException>();
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Delete_removes_the_position_and_cascades_to_its_interviews(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var (positionId, interviewId) = h.SeedCompleted();
        var other = h.Fake.SeedPosition("Keep me");
        var kept = h.Fake.SeedInterview(other, new FakeCandidate("Keep", null, "keep@example.com"));

        await h.Positions.DeleteAsync(positionId);

        h.Fake.Positions.Select(p => p.Id).Should().Equal(other);
        h.Fake.Interviews.Select(i => i.Id).Should().Equal(kept);
        await h.Invoking(x => x.Positions.GetAsync(positionId)).Should().ThrowAsync<PositionNotFoundException>();
        await h.Invoking(x => x.Interviews.GetAsync(interviewId)).Should().ThrowAsync<InterviewNotFoundException>();
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Rename_and_Delete_of_an_unknown_position_are_PositionNotFound(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        const string unknown = "0123456789abcdef01234567";

        // Both document PositionNotFoundException for "No such position". The API (and the fake, see the Testing
        // FidelityTests) answers the legacy Position(id) namespace with a GraphQL error "Position not found" (code 404).
        await h.Invoking(x => x.Positions.RenameAsync(unknown, "New name")).Should().ThrowAsync<PositionNotFoundException>();
        await h.Invoking(x => x.Positions.DeleteAsync(unknown)).Should().ThrowAsync<PositionNotFoundException>();
    }
}
