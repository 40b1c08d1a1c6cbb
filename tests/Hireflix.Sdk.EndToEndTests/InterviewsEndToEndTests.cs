namespace Hireflix.Sdk.EndToEndTests;

/// <summary>Every InterviewsClient operation besides invite, against the fake, in memory and over loopback HTTP.</summary>
public sealed class InterviewsEndToEndTests
{
    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Get_returns_results_with_transcription_words(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Backend Engineer", questions: ["Why us?", "Your best project?"]);
        var interviewId = h.Fake.SeedInterview(
            positionId,
            new FakeCandidate("Grace", "Hopper", "grace@example.com"),
            answers:
            [
                new FakeAnswer("I like compilers", "en", [new FakeWord("I", 0.1, 0.3), new FakeWord("like", 0.3, 0.6), new FakeWord("compilers", 0.6, 1.4)]),
                new FakeAnswer("COBOL and more"),
            ],
            externalId: "ats-7");

        var interview = await h.Interviews.GetAsync(interviewId);

        interview.Id.Should().Be(interviewId);
        interview.Stage.Should().Be(InterviewStage.ToEvaluate);
        interview.CompletedAt.Should().NotBeNull();
        interview.ExternalId.Should().Be("ats-7");
        interview.Candidate!.FullName.Should().Be("Grace Hopper");
        interview.Position!.Should().Match<PositionReference>(p => p.Id == positionId && p.Name == "Backend Engineer");
        interview.Questions.Should().HaveCount(2);
        var first = interview.Questions![0]!;
        first.Title.Should().Be("Why us?");
        first.AnsweredAt.Should().NotBeNull("question.answered is the time of the answer");
        first.Answer!.VideoUrl.Should().NotBeNullOrEmpty();
        first.Answer.Transcription!.Text.Should().Be("I like compilers");
        first.Answer.Transcription.LanguageCode.Should().Be("en");
        first.Answer.Transcription.Words!.Select(w => (w!.Text, w.Start, w.End)).Should().Equal(("I", 0.1, 0.3), ("like", 0.3, 0.6), ("compilers", 0.6, 1.4));
        var second = interview.Questions[1]!.Answer!.Transcription!;
        second.Words!.Select(w => w!.Text).Should().Equal("COBOL", "and", "more");
        second.Words!.Should().BeInAscendingOrder(w => w!.Start);
        interview.Score.Should().BeNull();
        interview.Scores.Should().BeEmpty();
        interview.Comments.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Get_of_an_unknown_interview_is_InterviewNotFound(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);

        await h.Invoking(x => x.Interviews.GetAsync("0123456789abcdef01234567")).Should().ThrowAsync<InterviewNotFoundException>();
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task List_pages_automatically_across_several_pages(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Backend Engineer");
        var seeded = Enumerable.Range(1, 7)
            .Select(i => h.Fake.SeedInterview(positionId, new FakeCandidate($"C{i}", null, $"c{i}@example.com")))
            .ToList();
        h.Fake.SeedInterview(h.Fake.SeedPosition("Other"), new FakeCandidate("Elsewhere", null, "else@example.com"));

        var listed = new List<InterviewSummary>();
        await foreach (var interview in h.Interviews.ListAsync(positionId, new InterviewListOptions { PageSize = 3 }))
        {
            listed.Add(interview);
        }

        listed.Select(i => i.Id).Should().BeEquivalentTo(seeded).And.OnlyHaveUniqueItems();
        listed.Should().BeInDescendingOrder(i => i.CreatedAt, "Hireflix lists newest first");
        h.Fake.RequestsFor("ListInterviews").Should().BeGreaterThanOrEqualTo(3, "7 interviews at 3 per page take at least 3 pages");
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task List_by_stage_returns_only_that_stage(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Backend Engineer");
        var pending = h.Fake.SeedInterview(positionId, new FakeCandidate("P", null, "p@example.com"));
        var toEvaluate = h.Fake.SeedInterview(positionId, new FakeCandidate("T", null, "t@example.com"), completed: true);
        var shortlisted = h.Fake.SeedInterview(positionId, new FakeCandidate("S", null, "s@example.com"), completed: true);
        var discarded = h.Fake.SeedInterview(positionId, new FakeCandidate("D", null, "d@example.com"), completed: true);
        var shortlisted2 = h.Fake.SeedInterview(positionId, new FakeCandidate("S2", null, "s2@example.com"), completed: true);
        await h.Interviews.ShortlistAsync(shortlisted);
        await h.Interviews.ShortlistAsync(shortlisted2);
        await h.Interviews.DiscardAsync(discarded);

        async Task<List<string>> Ids(InterviewStage? stage)
        {
            var ids = new List<string>();
            await foreach (var i in h.Interviews.ListAsync(positionId, new InterviewListOptions { Stage = stage, PageSize = 1 }))
            {
                i.Stage.Should().Be(stage ?? i.Stage);
                ids.Add(i.Id);
            }

            return ids;
        }

        (await Ids(InterviewStage.Pending)).Should().Equal(pending);
        (await Ids(InterviewStage.ToEvaluate)).Should().Equal(toEvaluate);
        (await Ids(InterviewStage.Shortlisted)).Should().BeEquivalentTo([shortlisted, shortlisted2]);
        (await Ids(InterviewStage.Discarded)).Should().Equal(discarded);
        (await Ids(null)).Should().HaveCount(5);
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task GetPage_walks_the_cursor_until_an_empty_page(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Backend Engineer");
        var seeded = Enumerable.Range(1, 5).Select(i => h.Fake.SeedInterview(positionId, new FakeCandidate($"C{i}", null, $"c{i}@example.com"))).ToList();

        var first = await h.Interviews.GetPageAsync(positionId, options: new InterviewListOptions { PageSize = 2 });

        first.Items.Should().HaveCount(2);
        first.Total.Should().Be(5);
        first.Cursor.Should().NotBeNullOrEmpty();
        first.IsEnd.Should().BeFalse();

        var ids = first.Items.Select(i => i.Id).ToList();
        var page = first;
        var pages = 1;
        while (!page.IsEnd && page.Cursor is not null)
        {
            page = await h.Interviews.GetPageAsync(positionId, cursor: page.Cursor, options: new InterviewListOptions { PageSize = 2 });
            ids.AddRange(page.Items.Select(i => i.Id));
            pages++;
            pages.Should().BeLessThan(10, "the cursor must advance");
        }

        ids.Should().BeEquivalentTo(seeded).And.OnlyHaveUniqueItems();
        page.IsEnd.Should().BeTrue("the listing ends with an empty page");

        var byStage = await h.Interviews.GetPageAsync(positionId, options: new InterviewListOptions { Stage = InterviewStage.ToEvaluate, PageSize = 2 });
        byStage.IsEnd.Should().BeTrue();
        byStage.Total.Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Score_and_ClearScore_keep_the_team_average(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var (_, interviewId) = h.SeedCompleted();
        var second = h.CreateReviewerClient("second-reviewer-key", "Second Reviewer");

        var mine = await h.Interviews.ScoreAsync(interviewId, 4);
        mine.Id.Should().Be(interviewId);
        mine.Score!.Value.Should().Be(4);
        mine.Scores.Should().ContainSingle().Which!.Scorer!.Name.Should().Be(Harness.ReviewerName);

        var both = await second.Interviews.ScoreAsync(interviewId, 5);
        both.Score!.Value.Should().Be(4.5);
        both.Scores!.Select(s => (s!.Scorer!.Name, s.OverriddenScore!.Value)).Should().BeEquivalentTo([(Harness.ReviewerName, (double?)4), ("Second Reviewer", (double?)5)]);

        var changed = await h.Interviews.ScoreAsync(interviewId, 2.5);
        changed.Score!.Value.Should().Be(3.75);

        var cleared = await h.Interviews.ClearScoreAsync(interviewId);
        cleared.Score!.Value.Should().Be(5);
        cleared.Scores.Should().ContainSingle().Which!.Scorer!.Name.Should().Be("Second Reviewer");
        h.Fake.GetInterview(interviewId)!.Score.Should().Be(5);

        var none = await second.Interviews.ClearScoreAsync(interviewId);
        none.Score?.Value.Should().BeNull();
        none.Scores.Should().BeEmpty();
        (await h.Interviews.GetAsync(interviewId)).Score?.Value.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Comment_adds_one_comment_attributed_to_the_reviewer(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var (_, interviewId) = h.SeedCompleted();

        var afterFirst = await h.Interviews.CommentAsync(interviewId, "Strong answers");
        var afterSecond = await h.Interviews.CommentAsync(interviewId, "Invite to onsite");

        afterFirst.Select(c => c.Text).Should().Equal("Strong answers");
        afterSecond.Select(c => c.Text).Should().Equal("Strong answers", "Invite to onsite");
        afterSecond.Should().OnlyContain(c => c.Author!.Name == Harness.ReviewerName && c.Id != null && c.CreatedAt != null);
        h.Fake.GetInterview(interviewId)!.Comments.Select(c => c.Text).Should().Equal("Strong answers", "Invite to onsite");
        (await h.Interviews.GetAsync(interviewId)).Comments!.Select(c => c!.Text).Should().Equal("Strong answers", "Invite to onsite");
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Shortlist_and_Unshortlist_round_trip_the_stage(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var (_, interviewId) = h.SeedCompleted();

        var shortlisted = await h.Interviews.ShortlistAsync(interviewId);
        shortlisted.Stage.Should().Be(InterviewStage.Shortlisted);
        shortlisted.ShortlistedAt.Should().NotBeNull();
        h.Fake.GetInterview(interviewId)!.Stage.Should().Be("shortlisted");

        var again = await h.Interviews.ShortlistAsync(interviewId);
        again.Stage.Should().Be(InterviewStage.Shortlisted, "shortlisting is idempotent");

        var back = await h.Interviews.UnshortlistAsync(interviewId);
        back.Stage.Should().Be(InterviewStage.ToEvaluate);
        back.ShortlistedAt.Should().BeNull();
        (await h.Interviews.GetAsync(interviewId)).Stage.Should().Be(InterviewStage.ToEvaluate);
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Discard_and_Restore_round_trip_the_stage(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var (_, interviewId) = h.SeedCompleted();

        var discarded = await h.Interviews.DiscardAsync(interviewId);
        discarded.Stage.Should().Be(InterviewStage.Discarded);
        discarded.DiscardedAt.Should().NotBeNull();
        h.Fake.GetInterview(interviewId)!.Stage.Should().Be("discarded");

        var restored = await h.Interviews.RestoreAsync(interviewId);
        restored.Stage.Should().Be(InterviewStage.ToEvaluate);
        restored.DiscardedAt.Should().BeNull();
        (await h.Interviews.GetAsync(interviewId)).Stage.Should().Be(InterviewStage.ToEvaluate);
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Share_returns_a_public_url_with_its_expiry(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var (_, interviewId) = h.SeedCompleted();
        var before = DateTimeOffset.UtcNow;

        var link = await h.Interviews.ShareAsync(interviewId, 30);

        var after = DateTimeOffset.UtcNow;
        link.Url.Should().StartWith("https://");
        Uri.IsWellFormedUriString(link.Url, UriKind.Absolute).Should().BeTrue();
        link.ExpiresAt.Should().NotBeNull();
        link.ExpiresAt!.Value.Should().BeOnOrAfter(before.AddDays(30).AddSeconds(-1)).And.BeOnOrBefore(after.AddDays(30).AddSeconds(1));
        h.Fake.GetInterview(interviewId)!.ShareUrl.Should().Be(link.Url);
        (await h.Interviews.GetAsync(interviewId)).ShareLink!.Url.Should().Be(link.Url);
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Mutations_on_an_unknown_interview_are_InterviewNotFound(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        const string unknown = "0123456789abcdef01234567";

        // Each documents InterviewNotFoundException for "No such interview". The API (and the fake, see the Testing
        // FidelityTests) answers the legacy Interview(id) namespace with a GraphQL error "Interview not found" (code 404).
        await h.Invoking(x => x.Interviews.ShortlistAsync(unknown)).Should().ThrowAsync<InterviewNotFoundException>();
        await h.Invoking(x => x.Interviews.DiscardAsync(unknown)).Should().ThrowAsync<InterviewNotFoundException>();
        await h.Invoking(x => x.Interviews.ScoreAsync(unknown, 3)).Should().ThrowAsync<InterviewNotFoundException>();
        await h.Invoking(x => x.Interviews.CommentAsync(unknown, "hello")).Should().ThrowAsync<InterviewNotFoundException>();
        await h.Invoking(x => x.Interviews.ShareAsync(unknown, 30)).Should().ThrowAsync<InterviewNotFoundException>();
    }
}
