namespace Hireflix.Sdk.EndToEndTests;

/// <summary>One candidate's whole journey through the SDK, against the fake.</summary>
public sealed class LifecycleEndToEndTests
{
    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Full_lifecycle_from_invitation_to_deleted_position(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Platform Engineer", questions: ["Introduce yourself", "Hardest bug?"]);

        // Positions
        (await h.Positions.ListAsync()).Should().ContainSingle(p => p.Id == positionId);
        (await h.Positions.RenameAsync(positionId, "Senior Platform Engineer")).Name.Should().Be("Senior Platform Engineer");

        // Invite → pending
        var invitation = await h.Interviews.InviteAsync(positionId, Invites.Candidate("ada@example.com", externalId: "ats-1"));
        var id = invitation.Interview.Id;
        invitation.Interview.Stage.Should().Be(InterviewStage.Pending);
        (await Ids(h, positionId, InterviewStage.Pending)).Should().Equal(id);
        h.Fake.EmailsSent.Should().Be(1);

        // The candidate records the interview → to evaluate
        h.Fake.CompleteInterview(id, [new FakeAnswer("Hello I am Ada"), new FakeAnswer("A race condition")]);
        (await Ids(h, positionId, InterviewStage.ToEvaluate)).Should().Equal(id);
        var results = await h.Interviews.GetAsync(id);
        results.Stage.Should().Be(InterviewStage.ToEvaluate);
        results.Position!.Name.Should().Be("Senior Platform Engineer");
        results.Questions!.Select(q => q!.Answer!.Transcription!.Words!.Count).Should().Equal(4, 3);

        // Review
        (await h.Interviews.ScoreAsync(id, 4.5)).Score!.Value.Should().Be(4.5);
        (await h.Interviews.CommentAsync(id, "Great debugging story")).Should().ContainSingle();

        // Shortlist → share → unshortlist
        (await h.Interviews.ShortlistAsync(id)).Stage.Should().Be(InterviewStage.Shortlisted);
        (await Ids(h, positionId, InterviewStage.Shortlisted)).Should().Equal(id);
        var link = await h.Interviews.ShareAsync(id, 365);
        link.Url.Should().NotBeNullOrEmpty();
        (await h.Interviews.UnshortlistAsync(id)).Stage.Should().Be(InterviewStage.ToEvaluate);

        // Discard → restore
        (await h.Interviews.DiscardAsync(id)).Stage.Should().Be(InterviewStage.Discarded);
        (await Ids(h, positionId, InterviewStage.Discarded)).Should().Equal(id);
        (await h.Interviews.RestoreAsync(id)).Stage.Should().Be(InterviewStage.ToEvaluate);

        // Everything is visible on one read
        var final = await h.Interviews.GetAsync(id);
        final.Score!.Value.Should().Be(4.5);
        final.Comments!.Select(c => c!.Text).Should().Equal("Great debugging story");
        final.ShareLink!.Url.Should().Be(link.Url);
        (await h.Interviews.ClearScoreAsync(id)).Score?.Value.Should().BeNull();

        // Archive: no more invitations, interviews kept
        (await h.Positions.ArchiveAsync(positionId)).IsArchived.Should().BeTrue();
        await h.Invoking(x => x.Interviews.InviteAsync(positionId, Invites.Candidate("late@example.com")))
            .Should().ThrowAsync<PositionNotReadyToAcceptInvitesException>();
        (await h.Interviews.GetPageAsync(positionId)).Items.Should().ContainSingle(i => i.Id == id);

        // Delete: the position and its interview are gone
        await h.Positions.DeleteAsync(positionId);
        h.Fake.Positions.Should().BeEmpty();
        h.Fake.Interviews.Should().BeEmpty();
        await h.Invoking(x => x.Positions.GetAsync(positionId)).Should().ThrowAsync<PositionNotFoundException>();
        h.Fake.EmailsSent.Should().Be(1);
    }

    private static async Task<List<string>> Ids(Harness h, string positionId, InterviewStage stage)
    {
        var ids = new List<string>();
        await foreach (var interview in h.Interviews.ListAsync(positionId, new InterviewListOptions { Stage = stage, PageSize = 10 }))
        {
            ids.Add(interview.Id);
        }

        return ids;
    }
}
