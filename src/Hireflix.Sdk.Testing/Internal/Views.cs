namespace Hireflix.Sdk.Testing.Internal;

// Immutable objects the GraphQL engine reads. Property names match the SDL field names (GraphQL.NET's default
// resolver binds them by name), timestamps are already epoch milliseconds (the Timestamp scalar writes numbers).

internal sealed record PositionView
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public long? Archived { get; init; }
    public bool Active { get; init; } = true;
    public string? Description { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public required long CreatedAt { get; init; }
    public required long UpdatedAt { get; init; }
    public long? Expires { get; init; }
    public string? Location { get; init; }
    public string Language { get; init; } = "en";
    public string? OwnerId { get; init; }
    public bool Public { get; init; }
    public int Retakes { get; init; } = 1;
    public int TimeToAnswer { get; init; } = 120;
    public int TimeToThink { get; init; } = 30;
    public string TranscriptionLanguage { get; init; } = "en";
    public IReadOnlyList<string> TranscriptionsSupportedLanguages { get; init; } = ["en", "es", "fr", "de", "nl", "pt"];
    public bool AllowReviewVideoAnswers { get; init; } = true;
    public bool AllowSwitchingCameras { get; init; } = true;
}

internal sealed record InterviewView
{
    public required string Id { get; init; }
    public required string PositionId { get; init; }
    public required string Stage { get; init; }
    public required string Hash { get; init; }
    public required string Status { get; init; }
    public required long CreatedAt { get; init; }
    public required long UpdatedAt { get; init; }
    public bool Answered { get; init; }
    public long? Completed { get; init; }
    public long? CompletedAt { get; init; }
    public long? ShortlistedAt { get; init; }
    public long? DiscardedAt { get; init; }
    public long? Expires { get; init; }
    public string? ExternalId { get; init; }
    public bool DisableNotifications { get; init; }
    public required string InviteSource { get; init; }
    public string Language { get; init; } = "en";
    public int Retakes { get; init; } = 1;
    public int TimeToAnswer { get; init; } = 120;
    public int TimeToThink { get; init; } = 30;
    public string? Thumbnail { get; init; }
    public required IReadOnlyList<string> Thumbnails { get; init; }
    public required IReadOnlyList<string> IpAddresses { get; init; }
    public required IReadOnlyList<string> UserAgents { get; init; }
    public object? UserMetadata { get; init; }
    public required UrlView Url { get; init; }
    public ExternalLinkView? ExternalLink { get; init; }
    public required CandidateView Candidate { get; init; }
    public required IReadOnlyList<QuestionView> Questions { get; init; }
    public required IReadOnlyList<object> Steps { get; init; }
    public ScoreView? Score { get; init; }
    public required IReadOnlyList<TeamMemberScoreView> Scores { get; init; }
    public required IReadOnlyList<CommentView> Comments { get; init; }
}

internal sealed record UrlView(string Public, string Short, string Private);

internal sealed record ExternalLinkView(string Url, string Id, long Expires, string InterviewId, string PositionId, IReadOnlyList<string> Labels);

internal sealed record CandidateView
{
    public required string Name { get; init; }
    public required string FirstName { get; init; }
    public string? LastName { get; init; }
    public required string FullName { get; init; }
    public required string Email { get; init; }
    public string? Phone { get; init; }
    public required string FormattedName { get; init; }
    public required string FormattedFirstName { get; init; }
    public string? FormattedLastName { get; init; }
}

/// <summary>GraphQL type <c>question</c>; <see cref="Answered"/> is the answer's epoch ms (null while unanswered), as on the wire.</summary>
internal sealed record QuestionView(string Id, string Title, string? Description, long? Answered, AnswerView? Answer);

/// <summary>GraphQL type <c>media</c>: the fake's videos are "encoded" as soon as they are recorded.</summary>
internal sealed record AnswerView(string Id, bool Encoded, long CreatedAt, string Url, string Thumbnail, TranscriptionView? Transcription);

internal sealed record TranscriptionView(string LanguageCode, string Text, IReadOnlyList<WordView> Words);

internal sealed record WordView(string Text, double Start, double End);

/// <summary>Both step members of the InterviewStep union share this shape; <see cref="TypeName"/> picks the member.</summary>
internal sealed record StepView(
    string TypeName, string Id, int Index, string Title, string? Description, bool Completed, long? CompletedAt,
    int Retakes, int TimeToAnswer, int TimeToThink, IReadOnlyList<StepAnswerView> Answers);

internal sealed record StepAnswerView(string TypeName, string UserAgent, string Ip);

internal sealed record ScoreView(double? Value, string Type);

internal sealed record TeamMemberScoreView(string Id, double ComputedScore, OverridenScoreView OverridenScore, ScorerView Scorer);

internal sealed record OverridenScoreView(double Value, long CreatedAt, long UpdatedAt);

internal sealed record ScorerView(string Id, string Name, string Email, string Type = "user", bool Deleted = false);

internal sealed record CommentView(string Id, string Value, long CreatedAt, long UpdatedAt, ScorerView Author);

/// <summary>Root <c>info</c>: the signed-in account and its company.</summary>
internal sealed record InfoView(string Id, CompanyView Company);

internal sealed record CompanyView(string Id);

internal sealed record InterviewListView(IReadOnlyList<InterviewView> Results, string LastCursor, int Count, int Total);

/// <summary>Source object of the legacy namespace mutations <c>Position(id)</c> / <c>Interview(id)</c>.</summary>
internal sealed record MutationTarget(string? Id);

internal sealed record ArchivePositionSuccessView(PositionView Data);

/// <summary>Any "errors as data" union member; <see cref="Name"/> is also the GraphQL type name, as in the real API.</summary>
internal sealed record ErrorView(int Code, string Name, string Message, IReadOnlyList<FieldErrorView>? FieldErrors = null);

internal sealed record FieldErrorView(string FlattenedPath, string Message);
