using Hireflix.Sdk.Reliability.Infrastructure;
using Hireflix.Sdk.Testing;

namespace Hireflix.Sdk.Reliability.Drift;

/// <summary>
/// What one call must do against a drifted fake. <see cref="Succeeds"/>: it returns, its first call costing exactly
/// <see cref="ExtraFirst"/> requests more than normal and its second none; otherwise it throws
/// <see cref="HireflixSchemaMismatchException"/> after exactly one request (both times), naming <see cref="Names"/>.
/// <see cref="OtherError"/>: it fails with that exception type instead (after the extra request).
/// </summary>
public sealed record DriftExpectation(bool Succeeds, int ExtraFirst, string? Names = null, Type? OtherError = null)
{
    public static DriftExpectation Ok(int extraFirst) => new(true, extraFirst);

    public static DriftExpectation Mismatch(string? names) => new(false, 0, names);

    public static DriftExpectation Fails<TException>(int extraFirst) => new(false, extraFirst, OtherError: typeof(TException));

    public override string ToString() => OtherError is not null
        ? $"fails with {OtherError.Name} after +{ExtraFirst}"
        : Succeeds ? $"ok, +{ExtraFirst} then +0" : $"mismatch naming {Names ?? "(anything)"} after 1 request";
}

/// <summary>What one call did: twice, each time on a fresh target, with one client (so the second call sees what the first learned).</summary>
public sealed record CallOutcome(
    DriftCall Call,
    int FirstRequests,
    int SecondRequests,
    Exception? FirstError,
    Exception? SecondError,
    object? FirstValue,
    object? SecondValue,
    int InterviewsCreated,
    int EmailsSent,
    int CommentsAdded)
{
    public int Normal => DriftCalls.NormalRequests(Call);

    /// <summary>Requests beyond what an undrifted server needs (a mismatch counts its one request as normal).</summary>
    public int ExtraRequests => Math.Max(0, FirstRequests - (FirstError is HireflixSchemaMismatchException ? 1 : Normal))
        + Math.Max(0, SecondRequests - (SecondError is HireflixSchemaMismatchException ? 1 : Normal));

    /// <summary>More interviews, e-mails or comments than the two calls can legitimately make (one each per successful call).</summary>
    public bool DuplicateSideEffect
    {
        get
        {
            var successes = (FirstError is null ? 1 : 0) + (SecondError is null ? 1 : 0);
            return InterviewsCreated > successes * DriftCalls.CreatesInterviews(Call)
                || EmailsSent > successes * DriftCalls.CreatesInterviews(Call)
                || CommentsAdded > successes * DriftCalls.AddsComments(Call);
        }
    }

    /// <summary>Everything that differs from <paramref name="expect"/> (empty when as expected).</summary>
    public IReadOnlyList<string> Check(DriftExpectation expect)
    {
        var problems = new List<string>();
        if (expect.Succeeds)
        {
            if (FirstError is not null || SecondError is not null)
            {
                problems.Add($"expected success, got {Describe(FirstError ?? SecondError)}");
            }

            if (FirstRequests != Normal + expect.ExtraFirst)
            {
                problems.Add($"first call sent {FirstRequests} requests, expected {Normal + expect.ExtraFirst}");
            }

            if (SecondRequests != Normal)
            {
                problems.Add($"second call sent {SecondRequests} requests, expected {Normal}");
            }

            if (InterviewsCreated != 2 * DriftCalls.CreatesInterviews(Call) || EmailsSent != 2 * DriftCalls.CreatesInterviews(Call) || CommentsAdded != 2 * DriftCalls.AddsComments(Call))
            {
                problems.Add($"side effects {InterviewsCreated} interviews, {EmailsSent} e-mails, {CommentsAdded} comments for two calls");
            }
        }
        else if (expect.OtherError is { } other)
        {
            if (FirstError?.GetType() != other)
            {
                problems.Add($"expected {other.Name}, got {Describe(FirstError)}");
            }

            if (FirstRequests != Normal + expect.ExtraFirst || SecondRequests != Normal)
            {
                problems.Add($"requests {FirstRequests} then {SecondRequests}, expected {Normal + expect.ExtraFirst} then {Normal}");
            }
        }
        else
        {
            foreach (var (error, requests, which) in new[] { (FirstError, FirstRequests, "first"), (SecondError, SecondRequests, "second") })
            {
                if (error is not HireflixSchemaMismatchException mismatch)
                {
                    problems.Add($"{which} call: expected HireflixSchemaMismatchException, got {Describe(error)}");
                    continue;
                }

                if (requests != 1)
                {
                    problems.Add($"{which} call: mismatch after {requests} requests, expected 1");
                }

                if (expect.Names is { } names && !mismatch.Differences.Any(d => d.Contains(names, StringComparison.Ordinal)))
                {
                    problems.Add($"{which} call: the differences do not name {names}: {string.Join(" | ", mismatch.Differences)}");
                }
            }

            if (InterviewsCreated != 0 || EmailsSent != 0 || CommentsAdded != 0)
            {
                problems.Add($"a rejected call had side effects: {InterviewsCreated} interviews, {EmailsSent} e-mails, {CommentsAdded} comments");
            }
        }

        return problems;
    }

    private static string Describe(Exception? error) => error is null ? "success" : $"{error.GetType().Name}: {error.Message}";
}

/// <summary>Makes one call twice with one fresh client and counts what the fake saw.</summary>
public static class CallRunner
{
    public static async Task<CallOutcome> RunAsync(HireflixFakeServer fake, HttpMessageHandler handler, DriftCall call, CancellationToken cancellationToken = default)
    {
        var first = OperationTarget.Seed(fake, "Drift");
        var second = OperationTarget.Seed(fake, "Drift");
        using var client = new HireflixClient(new HireflixClientOptions { ApiKey = fake.ApiKey, Endpoint = fake.Endpoint }, handler);
        var interviews = fake.Interviews.Select(i => i.Id).ToHashSet();
        var emails = fake.EmailsSent;
        var comments = CountComments(fake);

        var before = fake.RequestsReceived;
        var (firstValue, firstError) = await TryAsync(client, call, first, cancellationToken).ConfigureAwait(false);
        var middle = fake.RequestsReceived;
        var (secondValue, secondError) = await TryAsync(client, call, second, cancellationToken).ConfigureAwait(false);
        var after = fake.RequestsReceived;

        return new CallOutcome(call, middle - before, after - middle, firstError, secondError, firstValue, secondValue,
            fake.Interviews.Count(i => !interviews.Contains(i.Id)), fake.EmailsSent - emails, CountComments(fake) - comments);
    }

    /// <summary>Interviews created, not the net count: deleting a position removes its interviews.</summary>
    private static int CountComments(HireflixFakeServer fake) => fake.Interviews.Sum(i => i.Comments.Count);

    private static async Task<(object? Value, Exception? Error)> TryAsync(HireflixClient client, DriftCall call, OperationTarget target, CancellationToken cancellationToken)
    {
        try
        {
            return (await DriftCalls.InvokeAsync(client, call, target, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception e)
        {
            return (null, e);
        }
    }
}
