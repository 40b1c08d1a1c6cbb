using System.Diagnostics;
using Hireflix.Sdk.Models;
using Hireflix.Sdk.Reliability.Infrastructure;
using Hireflix.Sdk.Testing;

namespace Hireflix.Sdk.Reliability.Cancellation;

/// <summary>Where in the call the token is cancelled, or which timeout must end it.</summary>
public enum CancelPhase
{
    /// <summary>The token is cancelled before the call: nothing may be sent.</summary>
    BeforeCall,

    /// <summary>The server holds the request.</summary>
    InFlight,

    /// <summary>The first attempt was rate-limited (Retry-After: 30) and the client waits to retry.</summary>
    RetryBackOff,

    /// <summary>Auto-paging: the first page arrived, the second is held by the server.</summary>
    BetweenPages,

    /// <summary>Auto-paging: the caller cancels after the first item, then asks for the next.</summary>
    MidEnumeration,

    /// <summary>No cancellation: the server holds every attempt; TotalTimeout must end the call.</summary>
    TotalTimeoutStalledRequest,

    /// <summary>No cancellation: the server sends headers and half the body, then holds; TotalTimeout must end the call.</summary>
    TotalTimeoutStalledBody,
}

public sealed record CancellationResult(SdkOperation Operation, CancelPhase Phase, string Outcome, TimeSpan Elapsed, int RequestsSent, IReadOnlyList<string> Problems)
{
    public bool AsExpected => Problems.Count == 0;

    public override string ToString() =>
        $"{Operation} {Phase}: {Outcome} after {Elapsed.TotalMilliseconds:F0} ms, {RequestsSent} request(s)" + (AsExpected ? string.Empty : $" — {string.Join("; ", Problems)}");
}

public sealed record CancellationSummary(IReadOnlyList<CancellationResult> Results)
{
    public static readonly TimeSpan PromptLimit = TimeSpan.FromSeconds(1);

    public IReadOnlyList<CancellationResult> Cancelled => Results.Where(r => r.Phase < CancelPhase.TotalTimeoutStalledRequest).ToList();

    public IReadOnlyList<CancellationResult> TimedOut => Results.Where(r => r.Phase >= CancelPhase.TotalTimeoutStalledRequest).ToList();

    public string Line =>
        $"cancellation: {Cancelled.Count} operations, {Cancelled.Count(r => r.AsExpected)} ended promptly with OperationCanceledException, max {Max(Cancelled)} ms; " +
        $"total-timeout: {TimedOut.Count} operations, {TimedOut.Count(r => r.AsExpected)} ended with HireflixTimeoutException, max {Max(TimedOut)} ms (TotalTimeout {CancellationScenario.TotalTimeout.TotalMilliseconds:F0} ms)";

    public bool Passed => Results.Count > 0 && Results.All(r => r.AsExpected);

    private static string Max(IReadOnlyList<CancellationResult> results) =>
        results.Count == 0 ? "0" : results.Max(r => r.Elapsed.TotalMilliseconds).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// A cancelled token ends every operation promptly (in flight, during retry back-off, during auto-paging) with
/// <see cref="OperationCanceledException"/>; TotalTimeout ends calls the server never answers with
/// <see cref="HireflixTimeoutException"/>. Real time, real loopback sockets, a <see cref="FaultFront"/> holding requests.
/// </summary>
public sealed class CancellationScenario : IAsyncDisposable
{
    public const string ApiKey = "cancellation-key-5e2a";
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromMilliseconds(150);
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromMilliseconds(600);

    private static readonly FrontFault Stall = new() { Action = FrontAction.Stall };
    private static readonly FrontFault StallBody = new() { Action = FrontAction.StallBody, ExecuteFirst = true };
    private static readonly FrontFault RateLimited = new() { Action = FrontAction.Respond, Status = 429, RetryAfter = () => "30", Body = _ => [] };

    private readonly HireflixFakeServer _fake;

    private CancellationScenario(HireflixFakeServer fake)
    {
        _fake = fake;
    }

    public static async Task<CancellationScenario> StartAsync() =>
        new(await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { ApiKey = ApiKey }).ConfigureAwait(false));

    public static IEnumerable<(SdkOperation Operation, CancelPhase Phase)> Cases()
    {
        foreach (var operation in SdkOperations.All)
        {
            yield return (operation, CancelPhase.BeforeCall);
            yield return (operation, CancelPhase.InFlight);
            yield return (operation, CancelPhase.RetryBackOff);
            if (operation == SdkOperation.InterviewsList)
            {
                yield return (operation, CancelPhase.BetweenPages);
                yield return (operation, CancelPhase.MidEnumeration);
            }

            yield return (operation, CancelPhase.TotalTimeoutStalledRequest);
            yield return (operation, CancelPhase.TotalTimeoutStalledBody);
        }
    }

    public async Task<CancellationSummary> RunAllAsync(Action<CancellationResult>? onCase = null)
    {
        var results = new List<CancellationResult>();

        // Cancellations are timed one at a time; timeouts run together (each waits ~TotalTimeout of real time).
        foreach (var (operation, phase) in Cases().Where(c => c.Phase < CancelPhase.TotalTimeoutStalledRequest))
        {
            var result = await RunAsync(operation, phase).ConfigureAwait(false);
            onCase?.Invoke(result);
            results.Add(result);
        }

        var timeouts = await Task.WhenAll(Cases().Where(c => c.Phase >= CancelPhase.TotalTimeoutStalledRequest).Select(c => RunAsync(c.Operation, c.Phase))).ConfigureAwait(false);
        foreach (var result in timeouts)
        {
            onCase?.Invoke(result);
            results.Add(result);
        }

        return new CancellationSummary(results);
    }

    public async Task<CancellationResult> RunAsync(SdkOperation operation, CancelPhase phase)
    {
        var target = OperationTarget.Seed(_fake, "Cancel");
        await using var front = new FaultFront(_fake.CreateHandler(), _fake.Endpoint);
        front.Arm(phase switch
        {
            CancelPhase.BeforeCall => _ => null,
            CancelPhase.InFlight or CancelPhase.TotalTimeoutStalledRequest => _ => Stall,
            CancelPhase.TotalTimeoutStalledBody => _ => StallBody,
            CancelPhase.RetryBackOff => _ => RateLimited,
            CancelPhase.BetweenPages => index => index == 0 ? null : Stall,
            _ => _ => null,
        });
        var timeoutCase = phase >= CancelPhase.TotalTimeoutStalledRequest;
        using var harness = new ClientHarness(new HarnessOptions
        {
            Endpoint = front.Endpoint,
            ApiKey = ApiKey,
            Configure = o =>
            {
                o.MaxRetries = 3;
                o.RetryDelay = timeoutCase ? TimeSpan.FromMilliseconds(1) : TimeSpan.FromSeconds(30);
                o.AttemptTimeout = timeoutCase ? AttemptTimeout : TimeSpan.FromSeconds(30);
                o.TotalTimeout = timeoutCase ? TotalTimeout : TimeSpan.FromSeconds(120);
            },
        });
        using var cts = new CancellationTokenSource();
        var problems = new List<string>();
        Stopwatch? sinceCancel = null;
        Task<object?> call;

        switch (phase)
        {
            case CancelPhase.BeforeCall:
                cts.Cancel();
                sinceCancel = Stopwatch.StartNew();
                call = Start(() => SdkOperations.InvokeAsync(harness.Client, operation, target, cts.Token));
                break;
            case CancelPhase.MidEnumeration:
                sinceCancel = new Stopwatch();
                call = Start(async () =>
                {
                    await foreach (var _ in harness.Client.Interviews.ListAsync(target.PositionId, new InterviewListOptions { PageSize = OperationTarget.PageSize }, cancellationToken: cts.Token).ConfigureAwait(false))
                    {
                        if (!cts.IsCancellationRequested)
                        {
                            cts.Cancel();
                            sinceCancel.Start();
                        }
                    }

                    return null;
                });
                break;
            default:
                var started = Stopwatch.StartNew();
                call = Start(() => SdkOperations.InvokeAsync(harness.Client, operation, target, cts.Token));
                if (timeoutCase)
                {
                    sinceCancel = started;
                    break;
                }

                // Wait (bounded) until the call is where the phase says, then cancel.
                var reached = await WaitUntilAsync(() => phase switch
                {
                    CancelPhase.RetryBackOff => front.Requests >= 1 && front.Busy == 0 && harness.InFlight == 0,
                    _ => front.Stalled >= 1,
                }, call).ConfigureAwait(false);
                if (!reached)
                {
                    problems.Add($"the call never reached {phase}");
                }

                await Task.Delay(20).ConfigureAwait(false);
                cts.Cancel();
                sinceCancel = Stopwatch.StartNew();
                break;
        }

        var limit = timeoutCase ? TotalTimeout + TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(5);
        var finished = await Task.WhenAny(call, Task.Delay(limit)).ConfigureAwait(false) == call;
        var elapsed = sinceCancel.Elapsed;
        string outcome;
        if (!finished)
        {
            outcome = "hang";
            problems.Add($"still running {limit.TotalSeconds} s later");
        }
        else if (call.Exception?.InnerException is { } error)
        {
            outcome = error.GetType().Name;
            if (timeoutCase)
            {
                if (error is not HireflixTimeoutException)
                {
                    problems.Add($"expected HireflixTimeoutException, got {error.GetType().Name}: {error.Message}");
                }
                else if (elapsed > TotalTimeout + CancellationSummary.PromptLimit)
                {
                    problems.Add($"TotalTimeout {TotalTimeout.TotalMilliseconds} ms overshot: {elapsed.TotalMilliseconds:F0} ms");
                }
            }
            else if (error is not OperationCanceledException)
            {
                problems.Add($"expected OperationCanceledException, got {error.GetType().Name}: {error.Message}");
            }
            else if (elapsed > CancellationSummary.PromptLimit)
            {
                problems.Add($"took {elapsed.TotalMilliseconds:F0} ms after cancellation");
            }
        }
        else
        {
            outcome = call.IsCanceled ? "cancelled task" : "value";
            if (!call.IsCanceled || timeoutCase)
            {
                problems.Add($"expected {(timeoutCase ? "HireflixTimeoutException" : "OperationCanceledException")} but the call returned");
            }
        }

        if (phase == CancelPhase.BeforeCall && front.Requests > 0)
        {
            problems.Add($"{front.Requests} request(s) sent with a cancelled token");
        }

        return new CancellationResult(operation, phase, outcome, elapsed, front.Requests, problems);
    }

    public async ValueTask DisposeAsync() => await _fake.DisposeAsync().ConfigureAwait(false);

    /// <summary>Runs the call on the pool, so a synchronous throw also becomes a faulted task.</summary>
    private static Task<object?> Start(Func<Task<object?>> call) => Task.Run(call);

    private static async Task<bool> WaitUntilAsync(Func<bool> condition, Task call)
    {
        var wait = Stopwatch.StartNew();
        while (!condition())
        {
            if (call.IsCompleted || wait.Elapsed > TimeSpan.FromSeconds(5))
            {
                return false;
            }

            await Task.Delay(2).ConfigureAwait(false);
        }

        return true;
    }
}
