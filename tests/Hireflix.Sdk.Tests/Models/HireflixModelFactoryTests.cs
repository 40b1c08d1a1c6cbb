using System.Text.Json;

using Hireflix.Sdk.Models;

namespace Hireflix.Sdk.Tests.Models;

/// <summary>Unit tests of <see cref="HireflixModelFactory"/>: defaults, stage consistency, derived values.</summary>
public sealed class HireflixModelFactoryTests
{
    private const string HexId = "^[0-9a-f]{24}$";

    public static TheoryData<InterviewStage> Stages => new() { InterviewStage.Pending, InterviewStage.ToEvaluate, InterviewStage.Shortlisted, InterviewStage.Discarded };

    [Fact]
    public void Ids_are_valid_and_unique()
    {
        var ids = Enumerable.Range(0, 200).Select(_ => HireflixModelFactory.NewId()).ToList();

        ids.Should().OnlyContain(id => System.Text.RegularExpressions.Regex.IsMatch(id, HexId)).And.OnlyHaveUniqueItems();
        HireflixModelFactory.InterviewSummary().Id.Should().MatchRegex(HexId);
        HireflixModelFactory.Interview().Id.Should().MatchRegex(HexId);
        HireflixModelFactory.Position().Id.Should().MatchRegex(HexId);
        HireflixModelFactory.InterviewSummary().Id.Should().NotBe(HireflixModelFactory.InterviewSummary().Id);
    }

    [Fact]
    public void Default_dates_are_whole_epoch_milliseconds_like_the_api()
    {
        var t = HireflixModelFactory.DefaultTimestamp;

        t.Offset.Should().Be(TimeSpan.Zero);
        DateTimeOffset.FromUnixTimeMilliseconds(t.ToUnixTimeMilliseconds()).Should().Be(t);
        t.Year.Should().BeInRange(2024, 2026);
        HireflixModelFactory.Position().CreatedAt.Should().Be(t);
        HireflixModelFactory.InterviewSummary(stage: InterviewStage.Shortlisted).ShortlistedAt!.Value.ToUnixTimeMilliseconds().Should().Be(t.AddHours(2).ToUnixTimeMilliseconds());
    }

    [Fact]
    public void Default_interview_summary_is_a_plausible_pending_invitation()
    {
        var summary = HireflixModelFactory.InterviewSummary();

        summary.Stage.Should().Be(InterviewStage.Pending);
        summary.Status.Should().Be("pending");
        summary.Hash.Should().MatchRegex("^[A-Za-z0-9]{8}$");
        summary.Links!.Public.Should().Be($"https://app.hireflix.com/{summary.Hash}");
        summary.Links.Short.Should().Be($"https://hflx.io/c/{summary.Hash}");
        summary.Candidate!.Email.Should().Be("ada.lovelace@example.com");
        summary.Candidate.FullName.Should().Be("Ada Lovelace");
        summary.CreatedAt.Should().Be(HireflixModelFactory.DefaultTimestamp);
        summary.UpdatedAt.Should().Be(summary.CreatedAt);
        summary.Score.Should().BeNull();
        new[] { summary.CompletedAt, summary.ShortlistedAt, summary.DiscardedAt }.Should().OnlyContain(d => d == null);
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public void Stage_sets_consistent_dates_on_summaries(InterviewStage stage)
    {
        var summary = HireflixModelFactory.InterviewSummary(stage: stage);

        summary.Stage.Should().Be(stage);
        summary.Status.Should().Be(stage == InterviewStage.Pending ? "pending" : "completed");
        (summary.CompletedAt is not null).Should().Be(stage != InterviewStage.Pending);
        (summary.ShortlistedAt is not null).Should().Be(stage == InterviewStage.Shortlisted);
        (summary.DiscardedAt is not null).Should().Be(stage == InterviewStage.Discarded);
        var dates = new[] { summary.CompletedAt, summary.ShortlistedAt, summary.DiscardedAt }.OfType<DateTimeOffset>().ToList();
        dates.All(d => d > summary.CreatedAt!.Value).Should().BeTrue("every stage date comes after the invitation");
        summary.UpdatedAt.Should().Be(dates.Count == 0 ? summary.CreatedAt : dates.Max());
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public void Stage_sets_consistent_dates_on_full_interviews(InterviewStage stage)
    {
        var interview = HireflixModelFactory.Interview(stage: stage);

        interview.Stage.Should().Be(stage);
        (interview.CompletedAt is not null).Should().Be(stage != InterviewStage.Pending);
        interview.Candidate.Should().NotBeNull();
        interview.Position!.Id.Should().MatchRegex(HexId);
        interview.Questions.Should().BeEmpty();
        interview.Scores.Should().BeEmpty();
        interview.Comments.Should().BeEmpty();
    }

    [Fact]
    public void Explicit_dates_are_kept_and_the_stage_fills_the_rest()
    {
        var created = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var completed = created.AddDays(1);

        var summary = HireflixModelFactory.InterviewSummary(stage: InterviewStage.Shortlisted, createdAt: created, completedAt: completed);

        summary.CreatedAt.Should().Be(created);
        summary.CompletedAt.Should().Be(completed);
        summary.CompletedAt.Should().Be(completed);
        summary.ShortlistedAt.Should().Be(created.AddHours(2));
        summary.Stage.Should().Be(InterviewStage.Shortlisted);
    }

    [Fact]
    public void Without_a_stage_the_stage_follows_the_dates()
    {
        HireflixModelFactory.InterviewSummary(discardedAt: DateTimeOffset.UtcNow).Stage.Should().Be(InterviewStage.Discarded);
        HireflixModelFactory.InterviewSummary(completedAt: DateTimeOffset.UtcNow).Stage.Should().Be(InterviewStage.ToEvaluate);
        HireflixModelFactory.InterviewSummary(status: "completed").Stage.Should().Be(InterviewStage.ToEvaluate);
        HireflixModelFactory.Interview(shortlistedAt: DateTimeOffset.UtcNow).Stage.Should().Be(InterviewStage.Shortlisted);
    }

    [Fact]
    public void Dates_contradicting_the_stage_are_refused()
    {
        var now = DateTimeOffset.UtcNow;

        FluentActions.Invoking(() => HireflixModelFactory.InterviewSummary(stage: InterviewStage.Pending, completedAt: now))
            .Should().Throw<ArgumentException>().WithParameterName("stage");
        FluentActions.Invoking(() => HireflixModelFactory.InterviewSummary(stage: InterviewStage.ToEvaluate, shortlistedAt: now))
            .Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => HireflixModelFactory.Interview(stage: InterviewStage.Shortlisted, discardedAt: now))
            .Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => HireflixModelFactory.InterviewSummary(stage: (InterviewStage)42))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_full_interview_has_the_members_of_the_summary_built_from_the_same_arguments()
    {
        var candidate = HireflixModelFactory.Candidate(firstName: "Grace", lastName: "Hopper");
        var completed = HireflixModelFactory.DefaultTimestamp.AddMinutes(30);

        var summary = HireflixModelFactory.InterviewSummary(
            id: "68d541770000000000000abc", stage: InterviewStage.Shortlisted, hash: "HQ2oCtTC", completedAt: completed, externalId: "ats-7", candidate: candidate, score: 3.5);
        var interview = HireflixModelFactory.Interview(
            id: "68d541770000000000000abc", stage: InterviewStage.Shortlisted, hash: "HQ2oCtTC", completedAt: completed, externalId: "ats-7", candidate: candidate, score: 3.5);

        interview.Should().BeEquivalentTo(summary, o => o.ExcludingMissingMembers());
        interview.Stage.Should().Be(InterviewStage.Shortlisted);
        interview.Links!.Public.Should().EndWith("/HQ2oCtTC");
        interview.Questions.Should().BeEmpty();
    }

    [Fact]
    public void Team_score_defaults_to_the_average_of_the_reviewer_scores()
    {
        var scores = new[] { HireflixModelFactory.ReviewerScore(score: 4), HireflixModelFactory.ReviewerScore(score: 5), HireflixModelFactory.ReviewerScore(score: 2.5) };

        HireflixModelFactory.InterviewScores(scores: scores).Score!.Value.Should().Be(3.83);
        HireflixModelFactory.Interview(scores: scores).Score!.Value.Should().Be(3.83);
        HireflixModelFactory.InterviewScores(score: 1, scores: scores).Score!.Value.Should().Be(1);
        HireflixModelFactory.InterviewScores().Score.Should().BeNull();
        HireflixModelFactory.InterviewSummary(score: 4.5).Score!.Value.Should().Be(4.5);
    }

    [Fact]
    public void Reviewer_score_carries_the_overridden_score_and_scorer()
    {
        var me = HireflixModelFactory.Reviewer(name: "Grace Hopper");
        var score = HireflixModelFactory.ReviewerScore(score: 3.5, scorer: me);

        me.Email.Should().Be("grace.hopper@example.com");
        score.Scorer.Should().BeSameAs(me);
        score.OverriddenScore!.Value.Should().Be(3.5);
        score.ComputedScore.Should().Be(0);
        HireflixModelFactory.ReviewerScore(score: null).OverriddenScore.Should().BeNull();
        HireflixModelFactory.OverriddenScore(2).Should().Match<OverriddenScore>(o => o.Value == 2 && o.CreatedAt == o.UpdatedAt);
    }

    [Fact]
    public void Transcription_words_are_derived_from_the_text()
    {
        var transcription = HireflixModelFactory.Transcription(text: "I love building APIs");

        transcription.LanguageCode.Should().Be("en");
        transcription.Words!.Select(w => (w!.Text, w.Start, w.End)).Should().Equal(("I", 0.0, 0.4), ("love", 0.4, 0.8), ("building", 0.8, 1.2), ("APIs", 1.2, 1.6));
        HireflixModelFactory.Transcription(text: null).Words.Should().BeEmpty();
        var custom = HireflixModelFactory.Transcription(text: "Hi", words: [HireflixModelFactory.TranscriptionWord("Hi", start: 1.2)]);
        custom.Words!.Single()!.End.Should().Be(1.6);
    }

    [Fact]
    public void Questions_answers_and_thumbnails_fit_together()
    {
        var answer = HireflixModelFactory.Answer(transcription: HireflixModelFactory.Transcription());
        var interview = HireflixModelFactory.Interview(
            stage: InterviewStage.ToEvaluate,
            questions: [HireflixModelFactory.InterviewQuestion(answer: answer), HireflixModelFactory.InterviewQuestion(title: "Skipped")]);

        answer.VideoUrl.Should().Be($"https://videos.hireflix.com/answers/{answer.Id}.mp4");
        interview.Questions!.Select(q => q!.AnsweredAt is not null).Should().Equal(true, false);
        interview.Thumbnail.Should().Be(answer.Thumbnail);
    }

    [Fact]
    public void Other_models_have_sensible_defaults()
    {
        var position = HireflixModelFactory.Position(archivedAt: HireflixModelFactory.DefaultTimestamp.AddDays(3), tags: ["remote"]);
        position.IsArchived.Should().BeTrue();
        position.UpdatedAt.Should().Be(position.ArchivedAt);
        position.Tags.Should().Equal("remote");
        HireflixModelFactory.Position().IsArchived.Should().BeFalse();

        HireflixModelFactory.Candidate(firstName: "Alan", lastName: null).Should().Match<Candidate>(c => c.Email == "alan@example.com" && c.FullName == "Alan" && c.Name == "Alan");
        HireflixModelFactory.InterviewLinks(hash: "HQ2oCtTC").Public.Should().Be("https://app.hireflix.com/HQ2oCtTC");
        HireflixModelFactory.PositionReference(name: "X").Id.Should().MatchRegex(HexId);

        var link = HireflixModelFactory.ShareLink();
        link.Url.Should().StartWith("https://shared.hireflix.com/interview/");
        link.ExpiresAt.Should().Be(HireflixModelFactory.DefaultTimestamp.AddDays(365));

        var comment = HireflixModelFactory.InterviewComment(text: "Nice");
        comment.Should().Match<InterviewComment>(c => c.Text == "Nice" && c.Author != null && c.CreatedAt == c.UpdatedAt);
        HireflixModelFactory.TeamScore(3).Value.Should().Be(3);

        var invitation = HireflixModelFactory.CandidateInvitation(alreadyExisted: true);
        invitation.AlreadyExisted.Should().BeTrue();
        invitation.Interview.Stage.Should().Be(InterviewStage.Pending);

        var page = HireflixModelFactory.InterviewPage([HireflixModelFactory.InterviewSummary(), HireflixModelFactory.InterviewSummary()], cursor: "c1");
        page.Items.Should().HaveCount(2);
        page.Total.Should().Be(2);
        page.IsEnd.Should().BeFalse();
        HireflixModelFactory.InterviewPage().IsEnd.Should().BeTrue();

        var metadata = JsonDocument.Parse("""{"source":"ats"}""").RootElement;
        HireflixModelFactory.Interview(userMetadata: metadata).UserMetadata!.Value.GetProperty("source").GetString().Should().Be("ats");
    }

    [Fact]
    public void Factory_is_safe_to_use_from_parallel_tests()
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 1000, _ => ids.Add(HireflixModelFactory.NewId()));

        ids.Should().OnlyHaveUniqueItems();
    }
}
