namespace Hireflix.Sdk.Testing.Internal;

// Mutable records of the fake's world. Only FakeState touches them, always under its lock; GraphQL resolvers
// only ever see the immutable views built from them (Views.cs), so a response never observes a half-applied change.

/// <summary>Someone acting through an API key: scores and comments are attributed to them.</summary>
internal sealed record Reviewer(string Id, string Name, string Email);

internal sealed class PositionEntity
{
    public required string Id { get; init; }
    public required long Sequence { get; init; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public List<string> Tags { get; } = [];
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? Archived { get; set; }
    public List<QuestionEntity> Questions { get; set; } = [];
}

internal sealed record QuestionEntity(string Id, string Title, string? Description);

internal sealed class InterviewEntity
{
    public required string Id { get; init; }
    public required long Sequence { get; init; }
    public required string Hash { get; init; }
    public required string PositionId { get; init; }
    public required string FirstName { get; init; }
    public string? LastName { get; init; }
    public required string Email { get; init; }
    public string? Phone { get; init; }
    public string? ExternalId { get; init; }
    public bool DisableNotifications { get; init; }
    public object? Metadata { get; init; }
    public required string InviteSource { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? ShortlistedAt { get; set; }
    public DateTimeOffset? DiscardedAt { get; set; }
    public required IReadOnlyList<QuestionEntity> Questions { get; init; }
    public List<AnswerEntity?> Answers { get; } = [];
    public ShareLinkEntity? Share { get; set; }
    public List<ScoreEntity> Scores { get; } = [];
    public List<CommentEntity> Comments { get; } = [];
    public List<string> IpAddresses { get; } = [];
    public List<string> UserAgents { get; } = [];

    /// <summary>The docs' four list stages. Discard wins over shortlist so that un-discarding restores the earlier stage.</summary>
    public string Stage =>
        DiscardedAt is not null ? "discarded"
        : ShortlistedAt is not null ? "shortlisted"
        : CompletedAt is not null ? "to_evaluate"
        : "pending";
}

/// <summary>One recorded answer video; <see cref="AnsweredAt"/> is both <c>question.answered</c> and <c>media.createdAt</c>.</summary>
internal sealed record AnswerEntity(
    string Id, string VideoUrl, string Thumbnail, string? Transcript, string LanguageCode, IReadOnlyList<FakeWord> Words, DateTimeOffset AnsweredAt);

internal sealed record ShareLinkEntity(string Id, DateTimeOffset Expires, IReadOnlyList<string> Labels);

internal sealed class ScoreEntity
{
    public required string Id { get; init; }
    public required Reviewer Scorer { get; init; }
    public required double Value { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; set; }
}

internal sealed record CommentEntity(string Id, string Value, Reviewer Author, DateTimeOffset CreatedAt);
