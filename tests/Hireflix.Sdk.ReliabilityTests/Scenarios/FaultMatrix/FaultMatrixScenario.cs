using System.Net;
using Hireflix.Sdk.Models;
using Hireflix.Sdk.Reliability.Infrastructure;
using Hireflix.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Hireflix.Sdk.Reliability.FaultMatrix;

/// <summary>One cell's result.</summary>
public sealed record FaultCellResult(
    SdkOperation Operation,
    FaultKind Fault,
    FaultMode Mode,
    FaultExpectation Expected,
    string Actual,
    int ServerAttempts,
    int ClientAttempts,
    int Connects,
    bool DuplicateSideEffect,
    IReadOnlyList<string> Problems,
    TimeSpan Real)
{
    public bool AsExpected => Problems.Count == 0;

    public override string ToString() =>
        $"{Operation} × {Fault} ({Mode}): expected {Expected.Describe()}; got {Actual}, server saw {ServerAttempts}, client sent {ClientAttempts}" +
        (AsExpected ? string.Empty : $" — {string.Join("; ", Problems)}");
}

/// <summary>Summary of a matrix run.</summary>
public sealed record FaultMatrixSummary(int Cells, int AsExpected, int DuplicateSideEffects, IReadOnlyList<FaultCellResult> Failures)
{
    public string Line => $"fault-matrix: {Cells} cells, {AsExpected} as expected, {DuplicateSideEffects} duplicate side effects";

    public bool Passed => Cells > 0 && AsExpected == Cells && DuplicateSideEffects == 0;
}

/// <summary>
/// Every public operation × every fault, on a real loopback socket: the SDK talks to a <see cref="FaultFront"/> on
/// 127.0.0.1 that forwards to the fake server (in memory) and serves the fault. A fake clock drives back-offs,
/// Retry-After and attempt timeouts. Each cell gets a fresh client (its own circuit breaker) and a freshly seeded
/// position, so side effects (interviews, e-mails, comments, deletions) are counted per cell.
/// </summary>
public sealed class FaultMatrixScenario : IAsyncDisposable
{
    public const string ApiKey = "matrix-key-0b6f3c1d";

    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan RealLimit = TimeSpan.FromSeconds(20);

    private readonly HireflixFakeServer _fake;
    private readonly FaultFront _front;

    private FaultMatrixScenario(HireflixFakeServer fake, FaultFront front)
    {
        _fake = fake;
        _front = front;
    }

    public static async Task<FaultMatrixScenario> StartAsync()
    {
        var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { ApiKey = ApiKey }).ConfigureAwait(false);
        return new FaultMatrixScenario(fake, new FaultFront(fake.CreateHandler(), fake.Endpoint));
    }

    public static IEnumerable<(SdkOperation Operation, FaultKind Fault, FaultMode Mode)> Cells()
    {
        foreach (var operation in SdkOperations.All)
        {
            foreach (var fault in Enum.GetValues<FaultKind>())
            {
                if (!Faults.AppliesTo(fault, operation))
                {
                    continue;
                }

                foreach (var mode in Faults.Modes(fault))
                {
                    yield return (operation, fault, mode);
                }
            }
        }
    }

    public async Task<FaultMatrixSummary> RunAllAsync(Action<FaultCellResult>? onCell = null)
    {
        var results = new List<FaultCellResult>();
        foreach (var (operation, fault, mode) in Cells())
        {
            var result = await RunCellAsync(operation, fault, mode).ConfigureAwait(false);
            onCell?.Invoke(result);
            results.Add(result);
        }

        return new FaultMatrixSummary(results.Count, results.Count(r => r.AsExpected), results.Count(r => r.DuplicateSideEffect), results.Where(r => !r.AsExpected).ToList());
    }

    public async Task<FaultCellResult> RunCellAsync(SdkOperation operation, FaultKind fault, FaultMode mode)
    {
        var expected = FaultExpectation.For(operation, fault, mode);
        var target = OperationTarget.Seed(_fake, "Matrix");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
        var frontFault = Faults.ToFront(fault, time);
        _front.Arm(index => frontFault is not null && (mode == FaultMode.Always || index == 0) ? frontFault : null);
        using var harness = new ClientHarness(new HarnessOptions
        {
            Endpoint = _front.Endpoint,
            ApiKey = ApiKey,
            Time = time,
            RefuseConnect = fault == FaultKind.ConnectionRefused ? index => mode == FaultMode.Always || index == 0 : null,
            Configure = o =>
            {
                o.MaxRetries = FaultExpectation.MaxRetries;
                o.RetryDelay = TimeSpan.FromMilliseconds(200);
                o.AttemptTimeout = TimeSpan.FromSeconds(2);
                o.TotalTimeout = TimeSpan.FromSeconds(60);
            },
        });

        var outcome = await ClockDriver.RunAsync(
            time,
            () => (harness.InFlight == 0 && _front.Busy == 0) || _front.Stalled > 0,
            () => SdkOperations.InvokeAsync(harness.Client, operation, target),
            Step,
            RealLimit).ConfigureAwait(false);

        // The front may still be finishing the last connection (e.g. a reset): let it settle before counting.
        await SettleAsync().ConfigureAwait(false);
        var serverAttempts = _front.RequestsFor(SdkOperations.WireName(operation)) + _front.Unread;
        var problems = new List<string>();
        var actual = Check(operation, fault, expected, outcome, problems);
        if (serverAttempts != expected.ServerAttempts)
        {
            problems.Add($"server saw {serverAttempts} attempt(s), expected {expected.ServerAttempts}");
        }

        var duplicate = CheckSideEffects(operation, target, expected, problems);
        return new FaultCellResult(operation, fault, mode, expected, actual, serverAttempts, harness.Attempts, harness.Connects, duplicate, problems, outcome.RealElapsed);
    }

    public async ValueTask DisposeAsync()
    {
        await _front.DisposeAsync().ConfigureAwait(false);
        await _fake.DisposeAsync().ConfigureAwait(false);
    }

    private async Task SettleAsync()
    {
        for (var i = 0; i < 200 && (_front.Busy > 0 || _front.Stalled > 0); i++)
        {
            await Task.Delay(5).ConfigureAwait(false);
        }
    }

    private static string Check(SdkOperation operation, FaultKind fault, FaultExpectation expected, DrivenOutcome outcome, List<string> problems)
    {
        if (outcome.Hung)
        {
            problems.Add($"no outcome within {RealLimit.TotalSeconds} s of real time");
            return "hang";
        }

        if (outcome.Error is { } error)
        {
            var actual = $"{error.GetType().Name}: {error.Message}";
            if (expected.Exception is null)
            {
                problems.Add($"expected a value but got {error.GetType().Name}");
                return actual;
            }

            if (error.GetType() != expected.Exception)
            {
                problems.Add($"expected {expected.Exception.Name} but got {error.GetType().Name}");
                return actual;
            }

            switch (error)
            {
                case HireflixRateLimitException rateLimited:
                    var ok = fault switch
                    {
                        FaultKind.RateLimitedRetryAfterSeconds => rateLimited.RetryAfter == TimeSpan.FromSeconds(5),
                        FaultKind.RateLimitedRetryAfterDate => rateLimited.RetryAfter is { } wait && wait > TimeSpan.Zero && wait <= TimeSpan.FromSeconds(6),
                        _ => rateLimited.RetryAfter is null,
                    };
                    if (!ok)
                    {
                        problems.Add($"RetryAfter {rateLimited.RetryAfter?.ToString() ?? "null"} does not match the header");
                    }

                    break;
                case HireflixHttpException http when (int)http.StatusCode != Faults.StatusOf(fault):
                    problems.Add($"status {(int)http.StatusCode}, expected {Faults.StatusOf(fault)}");
                    break;
                case HireflixGraphQLException graphQL when fault == FaultKind.PartialDataWithErrors && graphQL.PartialData is null:
                    problems.Add("the partial data was not kept");
                    break;
            }

            if (error is HireflixException { OperationName: null })
            {
                problems.Add("the exception does not name the operation");
            }

            return actual;
        }

        if (expected.Exception is not null)
        {
            problems.Add($"expected {expected.Exception.Name} but got a value");
            return "value";
        }

        switch (outcome.Value)
        {
            case CandidateInvitation invitation:
                if (invitation.AlreadyExisted != expected.AlreadyExisted)
                {
                    problems.Add($"AlreadyExisted = {invitation.AlreadyExisted}, expected {expected.AlreadyExisted}");
                }

                return $"value (alreadyExisted={invitation.AlreadyExisted})";
            case List<InterviewSummary> items:
                if (items.Count != OperationTarget.SeededInterviews || items.Select(i => i.Id).Distinct().Count() != items.Count)
                {
                    problems.Add($"listed {items.Count} interview(s) ({items.Select(i => i.Id).Distinct().Count()} distinct), expected {OperationTarget.SeededInterviews}");
                }

                return $"value ({items.Count} items)";
            case InterviewPage page:
                if (page.Items.Count != OperationTarget.PageSize)
                {
                    problems.Add($"the page holds {page.Items.Count} interview(s), expected {OperationTarget.PageSize}");
                }

                return $"value ({page.Items.Count} items)";
            case null:
                problems.Add("null value");
                return "null";
            default:
                return "value";
        }
    }

    /// <summary>Checks the side effects of the operations that have them; returns whether one was duplicated.</summary>
    private bool CheckSideEffects(SdkOperation operation, OperationTarget target, FaultExpectation expected, List<string> problems)
    {
        var want = expected.Executed ? 1 : 0;
        switch (operation)
        {
            case SdkOperation.InterviewsInviteMany:
                var duplicated = false;
                foreach (var email in target.BulkEmails)
                {
                    var created = _fake.Interviews.Count(i => i.PositionId == target.PositionId && string.Equals(i.Email, email, StringComparison.OrdinalIgnoreCase));
                    var sent = _fake.SentEmails.Count(e => string.Equals(e.To, email, StringComparison.OrdinalIgnoreCase));
                    if (created != want || sent != want)
                    {
                        problems.Add($"{created} interview(s) and {sent} e-mail(s) for bulk candidate {email}, expected {want}");
                    }

                    duplicated |= created > 1 || sent > 1;
                }

                return duplicated;
            case SdkOperation.InterviewsInvite or SdkOperation.InterviewsInviteOrGet:
                var interviews = _fake.Interviews.Count(i => i.PositionId == target.PositionId && string.Equals(i.Email, target.InviteEmail, StringComparison.OrdinalIgnoreCase));
                var emails = _fake.SentEmails.Count(e => string.Equals(e.To, target.InviteEmail, StringComparison.OrdinalIgnoreCase));
                if (interviews != want || emails != want)
                {
                    problems.Add($"{interviews} interview(s) and {emails} e-mail(s) for the invite, expected {want}");
                }

                return interviews > 1 || emails > 1;
            case SdkOperation.InterviewsComment:
                var comments = _fake.GetInterview(target.InterviewId)?.Comments.Count ?? -1;
                if (comments != want)
                {
                    problems.Add($"{comments} comment(s) stored, expected {want}");
                }

                return comments > 1;
            case SdkOperation.PositionsDelete:
                var exists = _fake.Positions.Any(p => p.Id == target.PositionId);
                if (exists == expected.Executed)
                {
                    problems.Add(exists ? "the position still exists" : "the position was deleted");
                }

                return false;
            default:
                return false;
        }
    }
}
