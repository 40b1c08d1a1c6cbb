using System.Runtime.CompilerServices;

namespace Hireflix.Sdk.EndToEndTests;

/// <summary>
/// How users unit-test their own code: subclass HireflixClient and InterviewsClient (virtual members, protected
/// constructors; no mocking library) and return models built by <see cref="HireflixModelFactory"/>.
/// </summary>
public sealed class MockingWithFactoryTests
{
    [Fact]
    public async Task Application_code_runs_against_a_hand_written_mock_returning_factory_models()
    {
        var positionId = HireflixModelFactory.NewId();
        var grace = HireflixModelFactory.Candidate("Grace", "Hopper");
        var shortlisted = HireflixModelFactory.InterviewSummary(stage: InterviewStage.Shortlisted, candidate: grace);
        var interviews = new MockInterviews(
            [
                HireflixModelFactory.InterviewSummary(stage: InterviewStage.ToEvaluate),
                shortlisted,
                HireflixModelFactory.InterviewSummary(stage: InterviewStage.Discarded),
            ],
            HireflixModelFactory.Interview(id: shortlisted.Id, stage: InterviewStage.Shortlisted, candidate: grace, scores: [HireflixModelFactory.ReviewerScore(score: 4.5)]));
        using var client = new MockClient(interviews);

        var report = await new FinalistReport(client).BuildAsync(positionId);

        report.Should().Equal("grace.hopper@example.com: 4.5");
        interviews.ListedPositions.Should().Equal(positionId);
        interviews.ListedStages.Should().Equal(InterviewStage.Shortlisted);
    }

    [Fact]
    public async Task Invitation_code_can_be_tested_for_the_already_existed_case()
    {
        var interviews = new MockInterviews([], null)
        {
            Invitation = HireflixModelFactory.CandidateInvitation(HireflixModelFactory.InterviewSummary(externalId: "ats-9"), alreadyExisted: true),
        };
        using var client = new MockClient(interviews);

        var invitation = await client.Interviews.InviteAsync(HireflixModelFactory.NewId(), new CandidateInvite { FirstName = "Ada", Email = "ada@example.com" });

        invitation.AlreadyExisted.Should().BeTrue();
        invitation.Interview.ExternalId.Should().Be("ats-9");
        client.Positions.Should().BeNull("only what the test overrides is available");
    }

    /// <summary>Code under test: e-mails and scores of a position's finalists.</summary>
    private sealed class FinalistReport(HireflixClient hireflix)
    {
        public async Task<List<string>> BuildAsync(string positionId)
        {
            var lines = new List<string>();
            await foreach (var summary in hireflix.Interviews.ListAsync(positionId, new InterviewListOptions { Stage = InterviewStage.Shortlisted }))
            {
                var interview = await hireflix.Interviews.GetAsync(summary.Id);
                lines.Add($"{interview.Candidate?.Email}: {interview.Score?.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            }

            return lines;
        }
    }

    private sealed class MockClient(InterviewsClient interviews) : HireflixClient
    {
        public override InterviewsClient Interviews { get; } = interviews;
    }

    private sealed class MockInterviews(IReadOnlyList<InterviewSummary> all, Interview? details) : InterviewsClient
    {
        public List<string> ListedPositions { get; } = [];

        public List<InterviewStage?> ListedStages { get; } = [];

        public CandidateInvitation? Invitation { get; init; }

        public override async IAsyncEnumerable<InterviewSummary> ListAsync(string positionId, InterviewListOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var stage = options?.Stage;
            ListedPositions.Add(positionId);
            ListedStages.Add(stage);
            foreach (var interview in all.Where(i => stage is null || i.Stage == stage))
            {
                await Task.Yield();
                yield return interview;
            }
        }

        public override Task<Interview> GetAsync(string interviewId, CancellationToken cancellationToken = default) =>
            details is not null && details.Id == interviewId
                ? Task.FromResult(details)
                : Task.FromException<Interview>(new InterviewNotFoundException("Interview not found."));

        public override Task<CandidateInvitation> InviteAsync(string positionId, CandidateInvite candidate, CancellationToken cancellationToken = default) =>
            Task.FromResult(Invitation ?? HireflixModelFactory.CandidateInvitation());
    }
}
