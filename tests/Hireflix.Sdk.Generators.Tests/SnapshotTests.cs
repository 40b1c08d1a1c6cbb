using System.Text;
using Hireflix.Sdk.Generators.Tests.Infrastructure;

namespace Hireflix.Sdk.Generators.Tests;

/// <summary>
/// The emitted code for a representative operation set, compared exactly with a committed file. On a difference
/// the actual output is written next to it as *.received.txt (gitignored) for review, and the test fails.
/// </summary>
public sealed class SnapshotTests
{
    private const string Operations = """
        # A fragment used as a field type, a fragment spread next to fields, an enum, a list, and the invite union.
        fragment PositionCard on PositionType {
          id
          name
          archived
          tags
        }

        query SnapshotPosition($id: String!, $stage: InterviewListStatus, $limit: Int = 10) {
          position(id: $id) {
            ...PositionCard
            interviewList(input: { filter: { status: { equal: $stage } }, pagination: { limit: $limit } }) {
              total
            }
          }
        }

        mutation SnapshotInvite($positionId: String!, $email: String!, $first: String!, $metadata: JSON) {
          invite: inviteCandidateToInterview(
            input: { positionId: $positionId, candidate: { firstName: $first, email: $email }, metadata: $metadata }
          ) {
            __typename
            ... on InterviewType {
              id
              url {
                short
                public
              }
            }
            ... on PositionNotFoundError {
              code
              message
            }
          }
        }
        """;

    [Fact]
    public void Emitted_code_matches_the_committed_snapshot()
    {
        var result = GeneratorHarness.Run(
            GeneratorHarness.RealSchema(),
            InMemoryAdditionalText.Operations("/repo/src/Hireflix.Sdk/Operations/Snapshot.graphql", Operations));
        result.Diagnostics.Should().BeEmpty();

        var actual = new StringBuilder();
        foreach (var source in result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            actual.Append("// ===== ").Append(source.HintName).Append(" =====\n");
            actual.Append(source.SourceText.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
            actual.Append('\n');
        }

        Verify(actual.ToString(), "Snapshot.cs.txt");
    }

    private static void Verify(string actual, string name)
    {
        // From the repository root, not [CallerFilePath]: CI builds map source paths to /_/ (deterministic builds).
        var expectedPath = Path.Combine(GeneratorHarness.RepoRoot, "tests", "Hireflix.Sdk.Generators.Tests", "Snapshots", name);
        var receivedPath = Path.ChangeExtension(expectedPath, ".received.txt");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail($"The generated code differs from {expectedPath}. Review {receivedPath} and, if it is right, copy it over the snapshot.");
    }
}
