using System.Globalization;
using System.Text.Json;

namespace Hireflix.Sdk.Models;

/// <summary>
/// Builds the SDK's models for unit tests that mock <see cref="HireflixClient"/> (in the SDK itself, so such tests need
/// neither ASP.NET Core nor the GraphQL engine of the testing package) (its members are virtual, and
/// <see cref="PositionsClient"/> and <see cref="InterviewsClient"/> have protected constructors). Every parameter is
/// optional: ids default to new valid 24-hex ids, dates to realistic millisecond timestamps around
/// <see cref="DefaultTimestamp"/>, names and links to plausible values.
/// </summary>
/// <example>
/// <code>
/// var shortlisted = HireflixModelFactory.InterviewSummary(stage: InterviewStage.Shortlisted);
/// var results = HireflixModelFactory.Interview(id: shortlisted.Id, stage: InterviewStage.Shortlisted, score: 4.5);
/// </code>
/// </example>
public static partial class HireflixModelFactory
{
    private static readonly TimeSpan CompletionDelay = TimeSpan.FromHours(1);
    private static readonly TimeSpan ReviewDelay = TimeSpan.FromHours(2);
    private static long _counter;

    /// <summary>
    /// The timestamp dates default to: 2025-09-25 13:24:07.378 UTC, whole milliseconds like the API's epoch-ms values.
    /// Completion defaults to one hour after creation, shortlisting and discarding to two hours after.
    /// </summary>
    public static DateTimeOffset DefaultTimestamp { get; } = DateTimeOffset.FromUnixTimeMilliseconds(1_758_806_647_378);

    /// <summary>A new id in the Hireflix format (24 lower-case hex characters, like a MongoDB ObjectId), unique in this process.</summary>
    /// <returns>The id, e.g. <c>68d541770000000000000001</c>.</returns>
    /// <example>
    /// <code>
    /// var positionId = HireflixModelFactory.NewId();
    /// </code>
    /// </example>
    public static string NewId()
    {
        var seconds = (uint)DefaultTimestamp.ToUnixTimeSeconds();
        var next = (ulong)Interlocked.Increment(ref _counter);
        return seconds.ToString("x8", CultureInfo.InvariantCulture) + next.ToString("x16", CultureInfo.InvariantCulture);
    }

    /// <summary>A position (job).</summary>
    /// <param name="id">The 24-hex id; a new one when null.</param>
    /// <param name="name">The name.</param>
    /// <param name="archivedAt">When it was archived; null (default) for an open position (<see cref="Models.Position.IsArchived"/> false).</param>
    /// <param name="isActive">Whether it is active.</param>
    /// <param name="description">The description.</param>
    /// <param name="tags">Tags; none when null.</param>
    /// <param name="createdAt">Creation time; <see cref="DefaultTimestamp"/> when null.</param>
    /// <param name="updatedAt">Last update; the archive time, else the creation time, when null.</param>
    /// <returns>The position.</returns>
    /// <example>
    /// <code>
    /// var archived = HireflixModelFactory.Position(name: "DevRel Manager", archivedAt: DateTimeOffset.UtcNow);
    /// </code>
    /// </example>
    public static Position Position(
        string? id = null,
        string? name = "Software Engineer",
        DateTimeOffset? archivedAt = null,
        bool? isActive = true,
        string? description = null,
        IEnumerable<string>? tags = null,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? updatedAt = null)
    {
        var created = createdAt ?? DefaultTimestamp;
        return new Position
        {
            Id = id ?? NewId(),
            Name = name,
            ArchivedAt = archivedAt,
            IsActive = isActive,
            Description = description,
            Tags = tags is null ? [] : tags.ToArray(),
            CreatedAt = created,
            UpdatedAt = updatedAt ?? archivedAt ?? created,
        };
    }

    /// <summary>The short reference to its position that an interview carries.</summary>
    /// <param name="id">The position's 24-hex id; a new one when null.</param>
    /// <param name="name">The position's name.</param>
    /// <returns>The reference.</returns>
    /// <example>
    /// <code>
    /// var reference = HireflixModelFactory.PositionReference(id: position.Id, name: position.Name);
    /// </code>
    /// </example>
    public static PositionReference PositionReference(string? id = null, string? name = "Software Engineer") =>
        new() { Id = id ?? NewId(), Name = name };

    /// <summary>A candidate. <see cref="Models.Candidate.Name"/> and <see cref="Models.Candidate.FullName"/> are derived from the first and last names unless given.</summary>
    /// <param name="firstName">First name.</param>
    /// <param name="lastName">Last name (optional in Hireflix).</param>
    /// <param name="email">E-mail; <c>first.last@example.com</c> (lower case) when null.</param>
    /// <param name="phone">Phone in international format.</param>
    /// <param name="fullName">Full name; "first last" when null.</param>
    /// <param name="name">Display name; the full name when null.</param>
    /// <returns>The candidate.</returns>
    /// <example>
    /// <code>
    /// var candidate = HireflixModelFactory.Candidate(firstName: "Grace", lastName: "Hopper");
    /// // candidate.Email == "grace.hopper@example.com"
    /// </code>
    /// </example>
    public static Candidate Candidate(
        string? firstName = "Ada",
        string? lastName = "Lovelace",
        string? email = null,
        string? phone = null,
        string? fullName = null,
        string? name = null)
    {
        var full = fullName ?? string.Join(" ", new[] { firstName, lastName }.Where(s => !string.IsNullOrEmpty(s)));
        var local = string.Join(".", new[] { firstName, lastName }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Replace(' ', '.')));
        return new Candidate
        {
            FirstName = firstName,
            LastName = lastName,
            Email = email ?? $"{(local.Length == 0 ? "candidate" : local).ToLowerInvariant()}@example.com",
            Phone = phone,
            FullName = full.Length == 0 ? null : full,
            Name = name ?? (full.Length == 0 ? null : full),
        };
    }

    /// <summary>An interview's links. Each one not given is derived from <paramref name="hash"/> as Hireflix builds them.</summary>
    /// <param name="hash">The interview's 8-character public hash; a new one when null.</param>
    /// <param name="publicUrl">The candidate's link (<see cref="Models.InterviewLinks.Public"/>); <c>https://app.hireflix.com/{hash}</c> when null.</param>
    /// <param name="shortUrl">The short link (<see cref="Models.InterviewLinks.Short"/>); <c>https://hflx.io/c/{hash}</c> when null.</param>
    /// <param name="privateUrl">The recruiter's link (<see cref="Models.InterviewLinks.Private"/>); none when null.</param>
    /// <returns>The links.</returns>
    /// <example>
    /// <code>
    /// var links = HireflixModelFactory.InterviewLinks(hash: "HQ2oCtTC");
    /// // links.Public == "https://app.hireflix.com/HQ2oCtTC"
    /// </code>
    /// </example>
    public static InterviewLinks InterviewLinks(string? hash = null, string? publicUrl = null, string? shortUrl = null, string? privateUrl = null)
    {
        var h = hash ?? NewHash();
        return new InterviewLinks
        {
            Public = publicUrl ?? HireflixShapes.PublicLink(h),
            Short = shortUrl ?? HireflixShapes.ShortLink(h),
            Private = privateUrl,
        };
    }

    /// <summary>An interview's team score: the average of its reviewers' scores.</summary>
    /// <param name="value">The average, 0.5–5.</param>
    /// <returns>The score.</returns>
    /// <example>
    /// <code>
    /// var score = HireflixModelFactory.TeamScore(4.5);
    /// </code>
    /// </example>
    public static TeamScore TeamScore(double? value = 4) => new() { Value = value };

    /// <summary>
    /// An interview as listed (<see cref="InterviewsClient.ListAsync"/>, invitations, stage changes). Give
    /// <paramref name="stage"/> to get dates that make <see cref="Models.InterviewSummary.Stage"/> that stage; dates you give
    /// explicitly are kept.
    /// </summary>
    /// <param name="id">The 24-hex id; a new one when null.</param>
    /// <param name="stage">
    /// The stage to produce: <see cref="InterviewStage.Pending"/> (no dates), <see cref="InterviewStage.ToEvaluate"/> (completed),
    /// <see cref="InterviewStage.Shortlisted"/> (completed and shortlisted), <see cref="InterviewStage.Discarded"/> (completed and discarded).
    /// When null, the stage follows from the dates given (pending without any).
    /// </param>
    /// <param name="hash">The 8-character public hash; a new one when null.</param>
    /// <param name="status">The raw status; <c>completed</c> when a completion date is set, else <c>pending</c>, when null.</param>
    /// <param name="createdAt">The invitation time; <see cref="DefaultTimestamp"/> when null.</param>
    /// <param name="updatedAt">The last change; the latest date set when null.</param>
    /// <param name="completedAt">Completion time; one hour after creation when the stage needs it.</param>
    /// <param name="shortlistedAt">Shortlisting time; two hours after creation when the stage is shortlisted.</param>
    /// <param name="discardedAt">Discarding time; two hours after creation when the stage is discarded.</param>
    /// <param name="externalId">Your system's id for the application.</param>
    /// <param name="candidate">The candidate; <see cref="Candidate"/>'s default when null.</param>
    /// <param name="links">The links; derived from the hash when null.</param>
    /// <param name="score">The team score; none when null.</param>
    /// <returns>The interview.</returns>
    /// <exception cref="ArgumentException">Dates given explicitly contradict <paramref name="stage"/> (e.g. a shortlist date for a pending interview).</exception>
    /// <example>
    /// <code>
    /// var interview = HireflixModelFactory.InterviewSummary(stage: InterviewStage.Shortlisted);
    /// // interview.Stage == InterviewStage.Shortlisted, interview.ShortlistedAt is set
    /// </code>
    /// </example>
    public static InterviewSummary InterviewSummary(
        string? id = null,
        InterviewStage? stage = null,
        string? hash = null,
        string? status = null,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? updatedAt = null,
        DateTimeOffset? completedAt = null,
        DateTimeOffset? shortlistedAt = null,
        DateTimeOffset? discardedAt = null,
        string? externalId = null,
        Candidate? candidate = null,
        InterviewLinks? links = null,
        double? score = null)
    {
        var h = hash ?? NewHash();
        var dates = StageDates.Resolve(stage, status, createdAt, updatedAt, completedAt, shortlistedAt, discardedAt);
        var summary = new InterviewSummary
        {
            Id = id ?? NewId(),
            Hash = h,
            Status = dates.Status,
            CreatedAt = dates.CreatedAt,
            UpdatedAt = dates.UpdatedAt,
            CompletedAt = dates.CompletedAt,
            ShortlistedAt = dates.ShortlistedAt,
            DiscardedAt = dates.DiscardedAt,
            ExternalId = externalId,
            Candidate = candidate ?? Candidate(),
            Links = links ?? InterviewLinks(h),
            Score = score is null ? null : TeamScore(score),
        };
        StageDates.Check(stage, summary.Stage);
        return summary;
    }

    /// <summary>
    /// An interview with its results (<see cref="InterviewsClient.GetAsync"/>). Give <paramref name="stage"/> to get
    /// dates that make <see cref="Models.InterviewSummary.Stage"/> that stage; dates you give explicitly are kept.
    /// </summary>
    /// <param name="id">The 24-hex id; a new one when null.</param>
    /// <param name="stage">The stage to produce (see <see cref="InterviewSummary"/>); when null, it follows from the dates given.</param>
    /// <param name="hash">The 8-character public hash; a new one when null.</param>
    /// <param name="status">The raw status; <c>completed</c> when a completion date is set, else <c>pending</c>, when null.</param>
    /// <param name="createdAt">The invitation time; <see cref="DefaultTimestamp"/> when null.</param>
    /// <param name="updatedAt">The last change; the latest date set when null.</param>
    /// <param name="completedAt">Completion time; one hour after creation when the stage needs it.</param>
    /// <param name="shortlistedAt">Shortlisting time; two hours after creation when the stage is shortlisted.</param>
    /// <param name="discardedAt">Discarding time; two hours after creation when the stage is discarded.</param>
    /// <param name="expiresAt">When the invitation expires; none when null.</param>
    /// <param name="externalId">Your system's id for the application.</param>
    /// <param name="thumbnail">The interview's thumbnail URL; the first answer's when null.</param>
    /// <param name="userMetadata">The metadata given at invitation.</param>
    /// <param name="candidate">The candidate; <see cref="Candidate"/>'s default when null.</param>
    /// <param name="position">The position; a new reference when null.</param>
    /// <param name="links">The links; derived from the hash when null.</param>
    /// <param name="shareLink">The public share link, when shared.</param>
    /// <param name="questions">The questions with their answers; none when null.</param>
    /// <param name="score">The team score; the average of <paramref name="scores"/> (rounded to 2 decimals) when null, none without scores.</param>
    /// <param name="scores">The reviewers' scores; none when null.</param>
    /// <param name="comments">The comments; none when null.</param>
    /// <returns>The interview.</returns>
    /// <exception cref="ArgumentException">Dates given explicitly contradict <paramref name="stage"/>.</exception>
    /// <example>
    /// <code>
    /// var interview = HireflixModelFactory.Interview(
    ///     stage: InterviewStage.ToEvaluate,
    ///     questions: [HireflixModelFactory.InterviewQuestion(answer: HireflixModelFactory.Answer(
    ///         transcription: HireflixModelFactory.Transcription(text: "I love building APIs")))],
    ///     scores: [HireflixModelFactory.ReviewerScore(score: 4), HireflixModelFactory.ReviewerScore(score: 5)]);
    /// // interview.Score.Value == 4.5
    /// </code>
    /// </example>
    public static Interview Interview(
        string? id = null,
        InterviewStage? stage = null,
        string? hash = null,
        string? status = null,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? updatedAt = null,
        DateTimeOffset? completedAt = null,
        DateTimeOffset? shortlistedAt = null,
        DateTimeOffset? discardedAt = null,
        DateTimeOffset? expiresAt = null,
        string? externalId = null,
        string? thumbnail = null,
        JsonElement? userMetadata = null,
        Candidate? candidate = null,
        PositionReference? position = null,
        InterviewLinks? links = null,
        ShareLink? shareLink = null,
        IEnumerable<InterviewQuestion>? questions = null,
        double? score = null,
        IEnumerable<ReviewerScore>? scores = null,
        IEnumerable<InterviewComment>? comments = null)
    {
        var questionList = questions?.ToArray() ?? [];
        var scoreList = scores?.ToArray() ?? [];
        var summary = InterviewSummary(
            id, stage, hash, status, createdAt, updatedAt, completedAt, shortlistedAt, discardedAt, externalId, candidate, links, score ?? Average(scoreList));
        return new Interview(summary)
        {
            ExpiresAt = expiresAt,
            Thumbnail = thumbnail ?? questionList.Select(q => q.Answer?.Thumbnail).FirstOrDefault(t => t is not null),
            UserMetadata = userMetadata,
            Position = position ?? PositionReference(),
            ShareLink = shareLink,
            Questions = questionList,
            Scores = scoreList,
            Comments = comments?.ToArray() ?? [],
        };
    }

    /// <summary>The result of <see cref="InterviewsClient.InviteAsync"/>.</summary>
    /// <param name="interview">The interview; a pending <see cref="InterviewSummary"/> when null.</param>
    /// <param name="alreadyExisted">True when a retried invitation found the interview its lost first attempt created.</param>
    /// <returns>The invitation.</returns>
    /// <example>
    /// <code>
    /// var invitation = HireflixModelFactory.CandidateInvitation(
    ///     HireflixModelFactory.InterviewSummary(candidate: HireflixModelFactory.Candidate(email: "ada@example.com")));
    /// </code>
    /// </example>
    public static CandidateInvitation CandidateInvitation(InterviewSummary? interview = null, bool alreadyExisted = false) =>
        new(interview ?? InterviewSummary(stage: InterviewStage.Pending), alreadyExisted);

    /// <summary>One page of interviews (<see cref="InterviewsClient.GetPageAsync"/>).</summary>
    /// <param name="items">The interviews; an empty page (the end) when null.</param>
    /// <param name="cursor">The cursor of the next page; none when null.</param>
    /// <param name="total">How many interviews match in all; the number of <paramref name="items"/> when null.</param>
    /// <returns>The page.</returns>
    /// <example>
    /// <code>
    /// var page = HireflixModelFactory.InterviewPage(
    ///     [HireflixModelFactory.InterviewSummary(), HireflixModelFactory.InterviewSummary()], cursor: "next", total: 10);
    /// </code>
    /// </example>
    public static InterviewPage InterviewPage(IEnumerable<InterviewSummary>? items = null, string? cursor = null, int? total = null)
    {
        var list = items?.ToArray() ?? [];
        return new InterviewPage(list, cursor, total ?? list.Length);
    }

    /// <summary>An interview's scores (<see cref="InterviewsClient.ScoreAsync"/>, <see cref="InterviewsClient.ClearScoreAsync"/>).</summary>
    /// <param name="id">The interview's 24-hex id; a new one when null.</param>
    /// <param name="score">The team score; the average of <paramref name="scores"/> (rounded to 2 decimals) when null, none without scores.</param>
    /// <param name="scores">The reviewers' scores; none when null.</param>
    /// <returns>The scores.</returns>
    /// <example>
    /// <code>
    /// var scores = HireflixModelFactory.InterviewScores(scores: [HireflixModelFactory.ReviewerScore(score: 3.5)]);
    /// // scores.Score.Value == 3.5
    /// </code>
    /// </example>
    public static InterviewScores InterviewScores(string? id = null, double? score = null, IEnumerable<ReviewerScore>? scores = null)
    {
        var list = scores?.ToArray() ?? [];
        return new InterviewScores
        {
            Id = id ?? NewId(),
            Score = (score ?? Average(list)) is { } team ? TeamScore(team) : null,
            Scores = list,
        };
    }

    /// <summary>A reviewer: the team member (API key) behind a score or comment.</summary>
    /// <param name="id">The 24-hex id; a new one when null.</param>
    /// <param name="name">The display name.</param>
    /// <param name="email">The e-mail; <c>first.last@example.com</c> from the name when null.</param>
    /// <returns>The reviewer.</returns>
    /// <example>
    /// <code>
    /// var reviewer = HireflixModelFactory.Reviewer(name: "Grace Hopper");
    /// </code>
    /// </example>
    public static Reviewer Reviewer(string? id = null, string? name = "Alan Turing", string? email = null) => new()
    {
        Id = id ?? NewId(),
        Name = name,
        Email = email ?? $"{(string.IsNullOrWhiteSpace(name) ? "reviewer" : name.Trim().Replace(' ', '.').ToLowerInvariant())}@example.com",
    };

    /// <summary>The score a reviewer set (the API's <c>overridenScore</c>).</summary>
    /// <param name="value">The score, 0.5–5 in steps of 0.5.</param>
    /// <param name="createdAt">When it was first set; <see cref="DefaultTimestamp"/> plus three hours when null.</param>
    /// <param name="updatedAt">When it last changed; <paramref name="createdAt"/> when null.</param>
    /// <returns>The score.</returns>
    /// <example>
    /// <code>
    /// var overridden = HireflixModelFactory.OverriddenScore(4.5);
    /// </code>
    /// </example>
    public static OverriddenScore OverriddenScore(double? value = 4, DateTimeOffset? createdAt = null, DateTimeOffset? updatedAt = null)
    {
        var created = createdAt ?? DefaultTimestamp + TimeSpan.FromHours(3);
        return new OverriddenScore { Value = value, CreatedAt = created, UpdatedAt = updatedAt ?? created };
    }

    /// <summary>One reviewer's score of an interview.</summary>
    /// <param name="id">The 24-hex id; a new one when null.</param>
    /// <param name="score">The reviewer's score (<see cref="Models.ReviewerScore.OverriddenScore"/>), 0.5–5; no overridden score when null.</param>
    /// <param name="scorer">The reviewer; <see cref="Reviewer"/>'s default when null.</param>
    /// <param name="computedScore">The score Hireflix computed; 0 (what the API reports when none is computed) when null.</param>
    /// <param name="scoredAt">When the reviewer scored; <see cref="DefaultTimestamp"/> plus three hours when null.</param>
    /// <returns>The reviewer score.</returns>
    /// <example>
    /// <code>
    /// var mine = HireflixModelFactory.ReviewerScore(score: 4.5, scorer: HireflixModelFactory.Reviewer(name: "Me"));
    /// </code>
    /// </example>
    public static ReviewerScore ReviewerScore(string? id = null, double? score = 4, Reviewer? scorer = null, double? computedScore = null, DateTimeOffset? scoredAt = null) => new()
    {
        Id = id ?? NewId(),
        ComputedScore = computedScore ?? 0,
        OverriddenScore = score is null ? null : OverriddenScore(score, scoredAt),
        Scorer = scorer ?? Reviewer(),
    };

    /// <summary>A comment on an interview (<see cref="InterviewsClient.CommentAsync"/> returns them all).</summary>
    /// <param name="id">The 24-hex id; a new one when null.</param>
    /// <param name="text">The text.</param>
    /// <param name="createdAt">When it was written; <see cref="DefaultTimestamp"/> plus three hours when null.</param>
    /// <param name="updatedAt">When it was last edited; <paramref name="createdAt"/> when null.</param>
    /// <param name="author">The reviewer who wrote it; <see cref="Reviewer"/>'s default when null.</param>
    /// <returns>The comment.</returns>
    /// <example>
    /// <code>
    /// IReadOnlyList&lt;InterviewComment&gt; comments = [HireflixModelFactory.InterviewComment(text: "Strong communicator")];
    /// </code>
    /// </example>
    public static InterviewComment InterviewComment(string? id = null, string? text = "Great answers.", DateTimeOffset? createdAt = null, DateTimeOffset? updatedAt = null, Reviewer? author = null)
    {
        var created = createdAt ?? DefaultTimestamp + TimeSpan.FromHours(3);
        return new InterviewComment { Id = id ?? NewId(), Text = text, CreatedAt = created, UpdatedAt = updatedAt ?? created, Author = author ?? Reviewer() };
    }

    /// <summary>A public link to an interview's recording (<see cref="InterviewsClient.ShareAsync"/>).</summary>
    /// <param name="url">The link; <c>https://shared.hireflix.com/interview/{new id}</c> when null.</param>
    /// <param name="expiresAt">When it stops working; 365 days after <see cref="DefaultTimestamp"/> when null.</param>
    /// <returns>The link.</returns>
    /// <example>
    /// <code>
    /// var link = HireflixModelFactory.ShareLink(expiresAt: DateTimeOffset.UtcNow.AddDays(30));
    /// </code>
    /// </example>
    public static ShareLink ShareLink(string? url = null, DateTimeOffset? expiresAt = null) => new()
    {
        Url = url ?? HireflixShapes.ShareUrl(NewId()),
        ExpiresAt = expiresAt ?? DefaultTimestamp + TimeSpan.FromDays(365),
    };

    /// <summary>A question of an interview with the candidate's answer.</summary>
    /// <param name="id">The 24-hex id; a new one when null.</param>
    /// <param name="title">The question.</param>
    /// <param name="description">Its description.</param>
    /// <param name="answeredAt">When it was answered; when null, the default completion time if <paramref name="answer"/> is given, else unanswered.</param>
    /// <param name="answer">The answer; unanswered when null.</param>
    /// <returns>The question.</returns>
    /// <example>
    /// <code>
    /// var question = HireflixModelFactory.InterviewQuestion(title: "Why us?", answer: HireflixModelFactory.Answer());
    /// </code>
    /// </example>
    public static InterviewQuestion InterviewQuestion(string? id = null, string? title = "Tell us about yourself.", string? description = null, DateTimeOffset? answeredAt = null, Answer? answer = null) => new()
    {
        Id = id ?? NewId(),
        Title = title,
        Description = description,
        AnsweredAt = answeredAt ?? (answer is null ? null : DefaultTimestamp + CompletionDelay),
        Answer = answer,
    };

    /// <summary>A candidate's recorded answer: video, thumbnail and transcription.</summary>
    /// <param name="id">The 24-hex id; a new one when null.</param>
    /// <param name="videoUrl">The video URL; <c>https://videos.hireflix.com/answers/{id}.mp4</c> when null.</param>
    /// <param name="thumbnail">The thumbnail URL; <c>https://videos.hireflix.com/answers/{id}.jpg</c> when null.</param>
    /// <param name="transcription">The transcription; none when null.</param>
    /// <returns>The answer.</returns>
    /// <example>
    /// <code>
    /// var answer = HireflixModelFactory.Answer(transcription: HireflixModelFactory.Transcription(text: "Hello there"));
    /// </code>
    /// </example>
    public static Answer Answer(string? id = null, string? videoUrl = null, string? thumbnail = null, Transcription? transcription = null)
    {
        var answerId = id ?? NewId();
        return new Answer
        {
            Id = answerId,
            VideoUrl = videoUrl ?? $"https://videos.hireflix.com/answers/{answerId}.mp4",
            Thumbnail = thumbnail ?? $"https://videos.hireflix.com/answers/{answerId}.jpg",
            Transcription = transcription,
        };
    }

    /// <summary>An answer's transcription. Without <paramref name="words"/>, word timings are derived from <paramref name="text"/> (0.4 s per word).</summary>
    /// <param name="text">The transcribed text.</param>
    /// <param name="languageCode">The language, e.g. <c>en</c>.</param>
    /// <param name="words">The timed words; derived from <paramref name="text"/> when null.</param>
    /// <returns>The transcription.</returns>
    /// <example>
    /// <code>
    /// var transcription = HireflixModelFactory.Transcription(text: "I love building APIs");
    /// // transcription.Words: I [0–0.4], love [0.4–0.8], building [0.8–1.2], APIs [1.2–1.6]
    /// </code>
    /// </example>
    public static Transcription Transcription(string? text = "Hello, I am excited about this role.", string? languageCode = "en", IEnumerable<TranscriptionWord>? words = null) => new()
    {
        LanguageCode = languageCode,
        Text = text,
        Words = words?.ToArray() ?? WordsOf(text),
    };

    /// <summary>A transcribed word and where it is in the answer video, in seconds.</summary>
    /// <param name="text">The word.</param>
    /// <param name="start">Start, in seconds from the start of the video.</param>
    /// <param name="end">End, in seconds; <paramref name="start"/> plus 0.4 when null.</param>
    /// <returns>The word.</returns>
    /// <example>
    /// <code>
    /// var word = HireflixModelFactory.TranscriptionWord("Hello", start: 1.2);
    /// </code>
    /// </example>
    public static TranscriptionWord TranscriptionWord(string? text = "Hello", double? start = 0, double? end = null) => new()
    {
        Text = text,
        Start = start,
        End = end ?? (start is { } s ? Math.Round(s + 0.4, 3) : null),
    };

    private static TranscriptionWord[] WordsOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select((word, index) => TranscriptionWord(word, Math.Round(index * 0.4, 3), Math.Round((index + 1) * 0.4, 3)))
            .ToArray();
    }

    private static double? Average(ReviewerScore[] scores) =>
        HireflixShapes.TeamAverage(scores.Select(s => s.OverriddenScore?.Value).OfType<double>());

    private static string NewHash()
    {
        var value = (ulong)Interlocked.Increment(ref _counter) * 2_654_435_761UL;
        var chars = new char[8];
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            chars[i] = HireflixShapes.HashAlphabet[(int)(value % (ulong)HireflixShapes.HashAlphabet.Length)];
            value /= (ulong)HireflixShapes.HashAlphabet.Length;
        }

        return new string(chars);
    }

    /// <summary>Fills the dates a stage needs, keeping the ones given, and checks the result.</summary>
    private readonly record struct StageDates(
        string? Status,
        DateTimeOffset CreatedAt,
        DateTimeOffset UpdatedAt,
        DateTimeOffset? CompletedAt,
        DateTimeOffset? ShortlistedAt,
        DateTimeOffset? DiscardedAt)
    {
        public static StageDates Resolve(
            InterviewStage? stage,
            string? status,
            DateTimeOffset? createdAt,
            DateTimeOffset? updatedAt,
            DateTimeOffset? completedAt,
            DateTimeOffset? shortlistedAt,
            DateTimeOffset? discardedAt)
        {
            if (stage is { } s && !Enum.IsDefined(typeof(InterviewStage), s))
            {
                throw new ArgumentOutOfRangeException(nameof(stage), "Not an interview stage.");
            }

            var created = createdAt ?? DefaultTimestamp;
            if (stage is InterviewStage.ToEvaluate or InterviewStage.Shortlisted or InterviewStage.Discarded)
            {
                completedAt ??= created + CompletionDelay;
            }

            if (stage is InterviewStage.Shortlisted)
            {
                shortlistedAt ??= created + ReviewDelay;
            }

            if (stage is InterviewStage.Discarded)
            {
                discardedAt ??= created + ReviewDelay;
            }

            var latest = new[] { created, completedAt, shortlistedAt, discardedAt }.OfType<DateTimeOffset>().Max();
            return new StageDates(
                status ?? (completedAt is null ? "pending" : "completed"),
                created,
                updatedAt ?? latest,
                completedAt,
                shortlistedAt,
                discardedAt);
        }

        public static void Check(InterviewStage? requested, InterviewStage actual)
        {
            if (requested is { } r && r != actual)
            {
                throw new ArgumentException(
                    $"The dates or status given make the interview {actual}, not {r}: leave them null to let the stage set them.",
                    "stage");
            }
        }
    }
}
