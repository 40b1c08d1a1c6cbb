using Hireflix.Sdk.Models;
using Hireflix.Sdk.Reliability.Infrastructure;
using Hireflix.Sdk.Testing;

namespace Hireflix.Sdk.Reliability.Drift;

public sealed record ProvenOnlyResult(bool Loopback, FakeValidationErrorStyle Style, DriftCall Call, int ExpectedExtra, CallOutcome Outcome, IReadOnlyList<string> Problems)
{
    public bool AsExpected => Problems.Count == 0;

    public override string ToString() =>
        $"{(Loopback ? "loopback" : "in memory")} {Style} {Call}: requests {Outcome.FirstRequests}+{Outcome.SecondRequests} (extra expected {ExpectedExtra})" +
        (AsExpected ? " ok" : " — " + string.Join("; ", Problems));
}

public sealed record ProvenOnlySummary(IReadOnlyList<ProvenOnlyResult> Results)
{
    public int Ok => Results.Count(r => r.AsExpected);

    public bool Passed => Ok == Results.Count;

    public int ExtraRequests => Results.Sum(r => r.Outcome.ExtraRequests);

    public int DuplicateSideEffects => Results.Count(r => r.Outcome.DuplicateSideEffect);

    /// <summary>Distinct operations that were ok in every setting (in memory and loopback, both validation styles).</summary>
    public int OperationsOk => Results.GroupBy(r => r.Call).Count(g => g.All(r => r.AsExpected));

    public string Line => $"proven-only: {OperationsOk} of {Results.Select(r => r.Call).Distinct().Count()} operations ok ({Ok}/{Results.Count} runs in memory and over loopback, both validation styles, {ExtraRequests} extra requests, {DuplicateSideEffects} duplicate side effects)";
}

/// <summary>
/// Every public operation against the fake's proven-only projection (<see cref="FakeEvidenceTier.Ran"/>): each succeeds,
/// its first call costing one extra request exactly when it selects an unproven field and later calls none, members
/// backed by unproven (WRAPPER) fields read null, and a stage that depends on a pruned date reads Unknown.
/// </summary>
public static class ProvenOnlyScenario
{
    /// <summary>Whether the call's document selects a name the projection removes (its first call then costs one extra request).</summary>
    public static int ExpectedExtra(DriftCall call) =>
        DriftScenario.WireNames.Any(n => n.Operation == DriftCalls.WireOperation(call) && n.Kind is "field" or "type condition" && n.Tier is "WRAPPER" or "INFERRED")
        || DriftCalls.WireOperation(call) is "GetInterview" or "CommentInterview" // InterviewType.comments disappears with its (WRAPPER-only) type
            ? 1
            : 0;

    public static async Task<ProvenOnlySummary> RunAsync(CancellationToken cancellationToken = default)
    {
        var results = new List<ProvenOnlyResult>();
        foreach (var loopback in new[] { false, true })
        {
            foreach (var style in new[] { FakeValidationErrorStyle.GraphQLNet, FakeValidationErrorStyle.GraphQLJs })
            {
                results.AddRange(await RunAsync(loopback, style, cancellationToken).ConfigureAwait(false));
            }
        }

        return new ProvenOnlySummary(results);
    }

    public static async Task<IReadOnlyList<ProvenOnlyResult>> RunAsync(bool loopback, FakeValidationErrorStyle style, CancellationToken cancellationToken = default)
    {
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions
        {
            UseLoopback = loopback,
            Schema = new FakeSchemaOptions { MinimumEvidence = FakeEvidenceTier.Ran, ValidationErrorStyle = style },
        }, cancellationToken).ConfigureAwait(false);
        using var handler = fake.CreateHandler();
        var results = new List<ProvenOnlyResult>();
        foreach (var call in DriftCalls.Public)
        {
            var outcome = await CallRunner.RunAsync(fake, handler, call, cancellationToken).ConfigureAwait(false);
            var extra = ExpectedExtra(call);
            var problems = outcome.Check(DriftExpectation.Ok(extra)).ToList();
            if (outcome.FirstError is null && outcome.SecondError is null)
            {
                problems.AddRange(CheckValue(call, outcome.FirstValue));
                problems.AddRange(CheckValue(call, outcome.SecondValue));
            }

            results.Add(new ProvenOnlyResult(loopback, style, call, extra, outcome, problems));
        }

        return results;
    }

    /// <summary>Unproven members are null; the stage is Unknown when it needs the pruned <c>shortlistedAt</c>, right when it does not.</summary>
    public static IEnumerable<string> CheckValue(DriftCall call, object? value)
    {
        switch (value)
        {
            case IReadOnlyList<Position> list:
                return list.SelectMany(CheckPosition);
            case Position position:
                return CheckPosition(position);
            case CandidateInvitation invitation:
                return CheckSummary(invitation.Interview, InterviewStage.Unknown);
            case Interview interview:
                return CheckInterview(interview);
            case IReadOnlyList<InterviewSummary> items:
                return items.Count != OperationTarget.SeededInterviews ? [$"listed {items.Count} interviews"] : items.SelectMany(i => CheckSummary(i, InterviewStage.Unknown));
            case InterviewPage page:
                return page.Items.Count == 0 ? ["empty first page"] : page.Items.SelectMany(i => CheckSummary(i, InterviewStage.Unknown));
            case InterviewScores scores:
                return CheckScores(scores.Scores);
            case IReadOnlyList<InterviewComment> comments:
                return comments.Count == 0 ? [] : ["comments came back although their type is unproven"];
            case InterviewSummary summary:
                // Discarded is known from discardedAt (proven); every other stage needs shortlistedAt, which was pruned.
                return CheckSummary(summary, call == DriftCall.InterviewsDiscard ? InterviewStage.Discarded : InterviewStage.Unknown);
            case ShareLink link:
                return Null(link.ExpiresAt, "ShareLink.ExpiresAt").Concat(link.Url is null ? ["ShareLink.Url is null"] : []);
            case "deleted":
                return [];
            default:
                return [$"unexpected result {value?.GetType().Name ?? "null"}"];
        }
    }

    private static IEnumerable<string> CheckPosition(Position position) =>
        Null(position.UpdatedAt, "Position.UpdatedAt").Concat(position.Name is null ? ["Position.Name is null"] : []);

    private static IEnumerable<string> CheckSummary(InterviewSummary summary, InterviewStage stage)
    {
        // CompletedAt is read from the documented `completed` field, so it is proven and filled.
        foreach (var problem in Null(summary.ShortlistedAt, "InterviewSummary.ShortlistedAt"))
        {
            yield return problem;
        }

        if (summary.Stage != stage)
        {
            yield return $"InterviewSummary.Stage is {summary.Stage}, expected {stage}";
        }

        if (summary.Candidate?.Email is null)
        {
            yield return "InterviewSummary.Candidate.Email is null (a proven field)";
        }
    }

    private static IEnumerable<string> CheckInterview(Interview interview)
    {
        var problems = Null(interview.ShortlistedAt, "Interview.ShortlistedAt")
            .Concat(Null(interview.ExpiresAt, "Interview.ExpiresAt"))
            .Concat(Null(interview.UserMetadata, "Interview.UserMetadata"))
            .Concat(interview.Comments is null ? [] : ["Interview.Comments is not null (InterviewType.comments is not in the projection)"])
            .Concat(CheckScores(interview.Scores))
            .ToList();
        if (interview.Stage != InterviewStage.Unknown)
        {
            problems.Add($"Interview.Stage is {interview.Stage}, expected Unknown");
        }

        if (interview.Position?.Name is null || interview.Questions is not { Count: > 0 } || interview.Questions[0]?.AnsweredAt is null)
        {
            problems.Add("a proven member (position, questions, answered) is missing");
        }

        return problems;
    }

    private static IEnumerable<string> CheckScores(IReadOnlyList<ReviewerScore?>? scores) =>
        (scores ?? []).OfType<ReviewerScore>().SelectMany(s => Null(s.Id, "ReviewerScore.Id").Concat(Null(s.Scorer?.Id, "Reviewer.Id")).Concat(Null(s.Scorer?.Email, "Reviewer.Email")));

    private static IEnumerable<string> Null(object? value, string member) => value is null ? [] : [$"{member} is not null although its field is unproven"];
}
