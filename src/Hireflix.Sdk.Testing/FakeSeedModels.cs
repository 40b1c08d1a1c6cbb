namespace Hireflix.Sdk.Testing;

/// <summary>A candidate to seed with <see cref="HireflixFakeServer.SeedInterview"/>.</summary>
/// <param name="FirstName">First name.</param>
/// <param name="LastName">Last name, optional as in the real API.</param>
/// <param name="Email">E-mail; unique within a position.</param>
/// <param name="Phone">Phone in international format, optional.</param>
public sealed record FakeCandidate(string FirstName, string? LastName, string Email, string? Phone = null);

/// <summary>One recorded answer (video + transcription) given by a candidate, in question order.</summary>
/// <param name="Transcript">Transcription text; <see langword="null"/> for an answer without transcription.</param>
/// <param name="LanguageCode">Transcription language, e.g. <c>en</c>.</param>
/// <param name="Words">Word timings; when <see langword="null"/> they are derived from <paramref name="Transcript"/> (0.4 s per word).</param>
public sealed record FakeAnswer(string? Transcript, string LanguageCode = "en", IReadOnlyList<FakeWord>? Words = null);

/// <summary>A transcribed word with its position in the answer video, in seconds.</summary>
/// <param name="Text">The word.</param>
/// <param name="Start">Start, seconds from the start of the video.</param>
/// <param name="End">End, seconds from the start of the video.</param>
public sealed record FakeWord(string Text, double Start, double End);

/// <summary>An e-mail the fake "sent" (an invitation without <c>disableNotifications</c>).</summary>
/// <param name="To">Recipient.</param>
/// <param name="InterviewId">The interview the e-mail invites to.</param>
/// <param name="SentAt">When it was sent, by the server's clock.</param>
public sealed record FakeSentEmail(string To, string InterviewId, DateTimeOffset SentAt);

/// <summary>A comment stored on an interview.</summary>
/// <param name="Id">Comment id.</param>
/// <param name="Text">Comment text.</param>
/// <param name="AuthorName">Reviewer (API key) that wrote it.</param>
/// <param name="CreatedAt">When it was written.</param>
public sealed record FakeComment(string Id, string Text, string AuthorName, DateTimeOffset CreatedAt);

/// <summary>Read-only snapshot of an interview, for assertions.</summary>
public sealed record FakeInterviewSnapshot
{
    /// <summary>Interview id (24 hex).</summary>
    public required string Id { get; init; }
    /// <summary>Position id.</summary>
    public required string PositionId { get; init; }
    /// <summary>8-character public hash.</summary>
    public required string Hash { get; init; }
    /// <summary>Candidate e-mail.</summary>
    public required string Email { get; init; }
    /// <summary>External id given at invite, if any.</summary>
    public string? ExternalId { get; init; }
    /// <summary>Stage: <c>pending</c>, <c>to_evaluate</c>, <c>shortlisted</c> or <c>discarded</c>.</summary>
    public required string Stage { get; init; }
    /// <summary>Team average score, or <see langword="null"/>.</summary>
    public double? Score { get; init; }
    /// <summary>Comments in the order written.</summary>
    public required IReadOnlyList<FakeComment> Comments { get; init; }
    /// <summary>Metadata passed at invite (parsed JSON: dictionaries, lists, primitives).</summary>
    public object? Metadata { get; init; }
    /// <summary>Whether the invite disabled the candidate e-mails.</summary>
    public bool DisableNotifications { get; init; }
    /// <summary>Public share link, when shared.</summary>
    public string? ShareUrl { get; init; }
}
