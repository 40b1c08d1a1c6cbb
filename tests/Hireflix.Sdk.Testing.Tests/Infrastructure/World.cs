namespace Hireflix.Sdk.Testing.Tests.Infrastructure;

/// <summary>A small seeded company: one open position with a pending and a completed interview, and an archived position.</summary>
public sealed class World
{
    private World(string positionId, string archivedPositionId, string pendingId, string completedId)
    {
        PositionId = positionId;
        ArchivedPositionId = archivedPositionId;
        PendingInterviewId = pendingId;
        CompletedInterviewId = completedId;
    }

    public string PositionId { get; }

    public string ArchivedPositionId { get; }

    public string PendingInterviewId { get; }

    public string CompletedInterviewId { get; }

    public const string CompletedEmail = "grace@example.com";

    public static World Seed(HireflixFakeServer fake)
    {
        var position = fake.SeedPosition("Backend Engineer", questions: ["Tell us about yourself.", "Why Hireflix?"]);
        var archived = fake.SeedPosition("Old Role", archived: true);
        var pending = fake.SeedInterview(position, new FakeCandidate("Ada", "Lovelace", "ada@example.com", "+34600000000"));
        var completed = fake.SeedInterview(
            position,
            new FakeCandidate("Grace", "Hopper", CompletedEmail),
            [new FakeAnswer("I write compilers."), new FakeAnswer("Because video interviews.", "en", [new FakeWord("Because", 0, 0.5)])],
            externalId: "ats-42");
        return new World(position, archived, pending, completed);
    }
}
