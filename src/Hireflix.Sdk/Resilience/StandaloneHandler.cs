using Hireflix.Sdk.Transport;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace Hireflix.Sdk.Resilience;

/// <summary>
/// The handler chain of a client made without dependency injection, composed directly: the standard resilience
/// pipeline with the same options and in the same order as <c>AddStandardResilienceHandler</c> builds it (rate limiter →
/// total timeout → retry → circuit breaker → attempt timeout), then the response buffering, then the primary handler.
/// </summary>
internal static class StandaloneHandler
{
    /// <summary>
    /// The HttpClient factory replaces its handlers every two minutes so DNS changes are seen; one long-lived handler
    /// gets the same effect by recycling its connections as often.
    /// </summary>
    private static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(2);

    public static HttpMessageHandler Create(HireflixClientOptions options, HttpMessageHandler? primaryHandler, ILogger logger, TimeProvider time)
    {
        var standard = new HttpStandardResilienceOptions();
        HireflixResiliencePipeline.Configure(standard, options, logger, time);
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRateLimiter(standard.RateLimiter)
            .AddTimeout(standard.TotalRequestTimeout)
            .AddRetry(standard.Retry)
            .AddCircuitBreaker(standard.CircuitBreaker)
            .AddTimeout(standard.AttemptTimeout)
            .Build();

        return new PipelineHandler(pipeline)
        {
            InnerHandler = new ResponseBufferingHandler
            {
                InnerHandler = primaryHandler is null ? OwnPrimary() : new NonDisposingHandler(primaryHandler),
            },
        };
    }

    private static HttpMessageHandler OwnPrimary()
    {
        var handler = HireflixPrimaryHandler.Create();
#if NET
        handler.PooledConnectionLifetime = ConnectionLifetime;
#endif
        return handler;
    }

    /// <summary>
    /// Runs each send through the pipeline with the request on the context, where the retry rule reads it. The package's
    /// own handler for this is marked experimental, so the SDK does not build on it.
    /// </summary>
    private sealed class PipelineHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            context.SetRequestMessage(request);
            try
            {
                return await pipeline.ExecuteAsync(
                    static (context, state) => new ValueTask<HttpResponseMessage>(state.Handler.SendCoreAsync(state.Request, context.CancellationToken)),
                    context,
                    (Handler: this, Request: request)).ConfigureAwait(false);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }

        private Task<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            base.SendAsync(request, cancellationToken);
    }

    /// <summary>Leaves a caller-supplied primary handler to its owner when the client is disposed.</summary>
    private sealed class NonDisposingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override void Dispose(bool disposing)
        {
            // The caller owns the inner handler.
        }
    }
}
