using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace Hireflix.Sdk.Reliability.Infrastructure;

/// <summary>The outcome of one driven call.</summary>
public sealed record DrivenOutcome(object? Value, Exception? Error, bool Hung, TimeSpan RealElapsed, TimeSpan ClockElapsed);

/// <summary>
/// Runs a call to completion while moving a fake clock, but only while the call is waiting on the clock (no attempt
/// being worked on, or the server holding one on purpose): back-offs, Retry-After and timeouts take no real time, and a
/// slow but healthy attempt can never be timed out by the driver.
/// </summary>
public static class ClockDriver
{
    public static async Task<DrivenOutcome> RunAsync(FakeTimeProvider time, Func<bool> waitingOnClock, Func<Task<object?>> call, TimeSpan step, TimeSpan realLimit)
    {
        var started = time.GetUtcNow();
        var real = Stopwatch.StartNew();
        var task = Task.Run(call);
        while (!task.IsCompleted)
        {
            if (real.Elapsed > realLimit)
            {
                return new DrivenOutcome(null, null, Hung: true, real.Elapsed, time.GetUtcNow() - started);
            }

            if (waitingOnClock())
            {
                time.Advance(step);
            }

            await Task.WhenAny(task, Task.Delay(1)).ConfigureAwait(false);
        }

        try
        {
            var value = await task.ConfigureAwait(false);
            return new DrivenOutcome(value, null, false, real.Elapsed, time.GetUtcNow() - started);
        }
        catch (Exception ex)
        {
            return new DrivenOutcome(null, ex, false, real.Elapsed, time.GetUtcNow() - started);
        }
    }
}
