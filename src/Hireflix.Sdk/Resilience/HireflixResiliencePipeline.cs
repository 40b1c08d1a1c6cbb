using Hireflix.Sdk.Transport;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace Hireflix.Sdk.Resilience;

/// <summary>
/// Applies <see cref="HireflixClientOptions"/> to Microsoft.Extensions.Http.Resilience's standard pipeline
/// (total timeout → retry → circuit breaker → attempt timeout) and swaps its method-blind retry rule for ours.
/// </summary>
internal static class HireflixResiliencePipeline
{
    public static void Configure(HttpStandardResilienceOptions pipeline, HireflixClientOptions options, ILogger logger, TimeProvider time)
    {
        pipeline.AttemptTimeout.Timeout = options.AttemptTimeout;
        pipeline.TotalRequestTimeout.Timeout = options.TotalTimeout;

        // The standard options require the breaker's sampling window to be at least twice the attempt timeout.
        var sampling = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, options.AttemptTimeout.Ticks * 2));
        pipeline.CircuitBreaker.SamplingDuration = sampling;

        var retriesEnabled = options.MaxRetries > 0;
        pipeline.Retry.MaxRetryAttempts = Math.Max(1, options.MaxRetries);
        pipeline.Retry.Delay = options.RetryDelay;
        pipeline.Retry.BackoffType = DelayBackoffType.Exponential;
        pipeline.Retry.UseJitter = true;

        // Our own Retry-After reading instead of the built-in one: a past date must not mean a zero back-off.
        pipeline.Retry.ShouldRetryAfterHeader = false;
        pipeline.Retry.DelayGenerator = args =>
            new ValueTask<TimeSpan?>(args.Outcome.Result is { } response ? RetryAfterHint.Wait(response, time) : null);
        pipeline.Retry.ShouldHandle = args =>
        {
            if (!retriesEnabled || args.Context.GetRequestMessage() is not { } request)
            {
                return new ValueTask<bool>(false);
            }

            var hasState = request.Options.TryGetValue(HireflixRequestState.Key, out var state);
            if (hasState && args.Outcome.Result is { IsSuccessStatusCode: false } response && RetryAfterHint.ExceedsRemaining(response, time, state!.StartedTimestamp, options.TotalTimeout))
            {
                // Sleeping would only end in a timeout that hides the server's answer: fail now with it (and its wait).
                return new ValueTask<bool>(false);
            }

            return new ValueTask<bool>(HireflixRetryPredicate.ShouldRetry(args.Outcome, hasState ? state!.RetryMode : HireflixRetryMode.OnlyIfNotSent));
        };
        pipeline.Retry.OnRetry = args =>
        {
            var request = args.Context.GetRequestMessage();
            if (request is not null && request.Options.TryGetValue(HireflixRequestState.Key, out var state))
            {
                if (state.Attempts is { } attempts && !HireflixRetryPredicate.ProvablyNotExecuted(args.Outcome))
                {
                    attempts.EarlierAttemptMayHaveExecuted = true;
                }

                HireflixDiagnostics.Retries.Add(1, new KeyValuePair<string, object?>("graphql.operation.name", state.OperationName));
                Log.Retrying(logger, state.OperationName, args.AttemptNumber + 1, Describe(args.Outcome), args.RetryDelay.TotalMilliseconds);
            }

            return default;
        };
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response ? $"HTTP {(int)response.StatusCode}" : outcome.Exception?.GetType().Name ?? "unknown";
}
