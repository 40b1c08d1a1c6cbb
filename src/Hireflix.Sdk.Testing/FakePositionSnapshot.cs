namespace Hireflix.Sdk.Testing;

/// <summary>Read-only snapshot of a position, for assertions.</summary>
/// <param name="Id">Position id (24 hex).</param>
/// <param name="Name">Current name.</param>
/// <param name="ArchivedAt">When it was archived, or <see langword="null"/> when open.</param>
/// <param name="InterviewCount">Interviews the position holds.</param>
public sealed record FakePositionSnapshot(string Id, string Name, DateTimeOffset? ArchivedAt, int InterviewCount);
