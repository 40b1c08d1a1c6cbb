using Hireflix.Sdk.Models;
namespace Hireflix.Sdk.Testing.Internal;

/// <summary>Builds the immutable GraphQL views from entities. Called only under the state lock.</summary>
internal static class ViewFactory
{
    public static long Ms(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static long? Ms(DateTimeOffset? value) => value?.ToUnixTimeMilliseconds();

    public static ScorerView Scorer(Reviewer reviewer) => new(reviewer.Id, reviewer.Name, reviewer.Email);

    public static PositionView Position(PositionEntity p) => new()
    {
        Id = p.Id,
        Name = p.Name,
        Archived = Ms(p.Archived),
        Description = p.Description,
        Tags = [.. p.Tags],
        CreatedAt = Ms(p.CreatedAt),
        UpdatedAt = Ms(p.UpdatedAt),
    };

    public static InterviewView Interview(InterviewEntity i)
    {
        var lastName = string.IsNullOrEmpty(i.LastName) ? null : i.LastName;
        var fullName = lastName is null ? i.FirstName : $"{i.FirstName} {lastName}";
        var questions = new List<QuestionView>(i.Questions.Count);
        var steps = new List<object>(i.Questions.Count);
        for (var index = 0; index < i.Questions.Count; index++)
        {
            var q = i.Questions[index];
            var a = index < i.Answers.Count ? i.Answers[index] : null;
            questions.Add(new QuestionView(q.Id, q.Title, q.Description, Ms(a?.AnsweredAt), a is null ? null : Answer(a)));
            StepAnswerView[] stepAnswers = a is null
                ? []
                : [.. i.UserAgents.Zip(i.IpAddresses, (ua, ip) => new StepAnswerView("InterviewStepTextQuestionWithVideoAnswerAnswer", ua, ip))];
            steps.Add(new StepView(
                "InterviewStepTextQuestionWithVideoAnswer", q.Id, index, q.Title, q.Description, a is not null,
                a is null ? null : Ms(i.CompletedAt), 1, 120, 30, stepAnswers));
        }

        var scores = i.Scores
            .Select(s => new TeamMemberScoreView(s.Id, 0, new OverridenScoreView(s.Value, Ms(s.CreatedAt), Ms(s.UpdatedAt)), Scorer(s.Scorer)))
            .ToList();
        var thumbnails = i.Answers.Where(a => a is not null).Select(a => a!.Thumbnail).ToList();
        return new InterviewView
        {
            Id = i.Id,
            PositionId = i.PositionId,
            Stage = i.Stage,
            Hash = i.Hash,
            // The raw field's observed values are "pending" and "completed"; stages live in shortlistedAt/discardedAt.
            Status = i.CompletedAt is null ? "pending" : "completed",
            CreatedAt = Ms(i.CreatedAt),
            UpdatedAt = Ms(i.UpdatedAt),
            Answered = i.CompletedAt is not null,
            Completed = Ms(i.CompletedAt),
            CompletedAt = Ms(i.CompletedAt),
            ShortlistedAt = Ms(i.ShortlistedAt),
            DiscardedAt = Ms(i.DiscardedAt),
            ExternalId = i.ExternalId,
            DisableNotifications = i.DisableNotifications,
            InviteSource = i.InviteSource,
            Thumbnail = thumbnails.FirstOrDefault(),
            Thumbnails = thumbnails,
            IpAddresses = [.. i.IpAddresses.Distinct()],
            UserAgents = [.. i.UserAgents],
            UserMetadata = i.Metadata,
            Url = new UrlView(
                HireflixShapes.PublicLink(i.Hash),
                HireflixShapes.ShortLink(i.Hash),
                $"https://admin.hireflix.com/en/positions/{i.PositionId}/interviews/{i.Id}"),
            ExternalLink = i.Share is null
                ? null
                : new ExternalLinkView(HireflixShapes.ShareUrl(i.Share.Id), i.Share.Id, Ms(i.Share.Expires), i.Id, i.PositionId, i.Share.Labels),
            Candidate = new CandidateView
            {
                Name = fullName,
                FirstName = i.FirstName,
                LastName = lastName,
                FullName = fullName,
                Email = i.Email,
                Phone = i.Phone,
                FormattedName = fullName,
                FormattedFirstName = i.FirstName,
                FormattedLastName = lastName,
            },
            Questions = questions,
            Steps = steps,
            Score = scores.Count == 0 ? null : new ScoreView(TeamAverage(i), "average"),
            Scores = scores,
            Comments = [.. i.Comments.Select(c => new CommentView(c.Id, c.Value, Ms(c.CreatedAt), Ms(c.CreatedAt), Scorer(c.Author)))],
        };
    }

    /// <summary>The docs: <c>score.value</c> is the team's average of the reviewers' scores.</summary>
    public static double? TeamAverage(InterviewEntity i) =>
        HireflixShapes.TeamAverage(i.Scores.Select(s => s.Value));

    private static AnswerView Answer(AnswerEntity a) => new(
        a.Id,
        Encoded: true,
        Ms(a.AnsweredAt),
        a.VideoUrl,
        a.Thumbnail,
        a.Transcript is null ? null : new TranscriptionView(a.LanguageCode, a.Transcript, [.. a.Words.Select(w => new WordView(w.Text, w.Start, w.End))]));
}
