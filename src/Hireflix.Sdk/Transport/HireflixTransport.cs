using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Hireflix.Sdk.Transport;

/// <summary>
/// Sends one generated operation and returns its typed data: the single straight line of the design
/// (request body → HttpClient with its resilience pipeline → pooled response bytes → envelope → typed data or exception).
/// Shared by every client of a process; the API key and endpoint come with each call.
/// </summary>
internal sealed class HireflixTransport
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly Func<HttpClient> _createHttpClient;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly PrunedDocuments _pruned = new();

    /// <param name="createHttpClient">Gives a short-lived client per call (IHttpClientFactory rotates handlers under it).</param>
    /// <param name="logger">Where operation outcomes are logged.</param>
    /// <param name="time">The clock for durations and Retry-After dates.</param>
    public HireflixTransport(Func<HttpClient> createHttpClient, ILogger logger, TimeProvider time)
    {
        _createHttpClient = createHttpClient;
        _logger = logger;
        _time = time;
    }

    /// <param name="credentials">The calling client's key and endpoint.</param>
    /// <param name="operation">The operation with its variables.</param>
    /// <param name="retryMode">Which failures may be retried.</param>
    /// <param name="attempts">Where to record what the retries leave open, or null when the caller does not need it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<TData> ExecuteAsync<TData>(
        HireflixCredentials credentials,
        IHireflixOperation<TData> operation,
        HireflixRetryMode retryMode,
        AttemptRecord? attempts,
        CancellationToken cancellationToken)
        where TData : class
    {
        var kind = operation.Kind == HireflixOperationKind.Query ? "query" : "mutation";
        using var activity = HireflixDiagnostics.ActivitySource.StartActivity(operation.OperationName, ActivityKind.Client);
        activity?.SetTag("graphql.operation.name", operation.OperationName);
        activity?.SetTag("graphql.operation.type", kind);

        var started = _time.GetTimestamp();
        var state = new HireflixRequestState(operation.OperationName, retryMode, credentials.MaxResponseSize, attempts) { StartedTimestamp = started };
        string outcome = "success";
        try
        {
            var pruned = _pruned.Find(credentials.Endpoint, operation.Wire);
            for (var round = 0; ; round++)
            {
                try
                {
                    var data = await SendOnceAsync(credentials, operation, pruned, state, cancellationToken).ConfigureAwait(false);
                    Log.OperationSucceeded(_logger, operation.OperationName, kind, _time.GetElapsedTime(started).TotalMilliseconds);
                    return data;
                }
                catch (WireRejection rejection)
                {
                    // Validation failed, so nothing ran: resending a corrected document is safe even for mutations.
                    pruned = Prune(credentials, operation, pruned, rejection, round, activity);
                }
            }
        }
        catch (Exception ex)
        {
            outcome = ex is OperationCanceledException ? "cancelled" : ex.GetType().Name;
            activity?.SetStatus(ActivityStatusCode.Error);
            activity?.SetTag("error.type", outcome);
            Log.OperationFailed(_logger, operation.OperationName, kind, _time.GetElapsedTime(started).TotalMilliseconds, outcome);
            throw;
        }
        finally
        {
            HireflixDiagnostics.OperationDuration.Record(
                _time.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("graphql.operation.name", operation.OperationName),
                new KeyValuePair<string, object?>("graphql.operation.type", kind),
                new KeyValuePair<string, object?>("hireflix.outcome", outcome));
        }
    }

    /// <summary>Each round prunes at least one selection, so a few rounds always suffice; this only bounds a misbehaving server.</summary>
    private const int MaxPruneRounds = 3;

    private async Task<TData> SendOnceAsync<TData>(HireflixCredentials credentials, IHireflixOperation<TData> operation, PrunedDocument? pruned, HireflixRequestState state, CancellationToken cancellationToken)
        where TData : class
    {
        var body = pruned is null ? GraphQLRequestBody.Create(operation) : GraphQLRequestBody.Create(operation, pruned.Encoded);
        if (credentials.LogContent && _logger.IsEnabled(LogLevel.Trace))
        {
            Log.Content(_logger, operation.OperationName, Encoding.UTF8.GetString(body));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, credentials.Endpoint)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = JsonContentType } },
        };
        request.Headers.TryAddWithoutValidation("X-API-KEY", credentials.ApiKey);
        request.Options.Set(HireflixRequestState.Key, state);

        using var response = await SendAsync(request, operation.OperationName, cancellationToken).ConfigureAwait(false);
        RedirectRefusal.ThrowIfRedirected(response, credentials.Endpoint, operation.OperationName);
        using var buffer = await ReadBodyAsync(response, credentials.MaxResponseSize, operation.OperationName, cancellationToken).ConfigureAwait(false);
        if (credentials.LogContent && _logger.IsEnabled(LogLevel.Trace))
        {
            Log.Content(_logger, operation.OperationName, Encoding.UTF8.GetString(buffer.Span));
        }

        Operations.GraphQLJson.TakeMismatches();
        try
        {
            return GraphQLResponseParser.Parse(operation, buffer.Span, response, _time);
        }
        finally
        {
            if (Operations.GraphQLJson.TakeMismatches() is { } mismatches)
            {
                foreach (var (type, field) in mismatches)
                {
                    if (_pruned.FirstWarning($"value:{operation.OperationName}:{type}.{field}"))
                    {
                        Log.ValueMismatch(_logger, type, field, operation.OperationName);
                    }
                }
            }
        }
    }

    /// <summary>Drops what Hireflix rejected (optional selections only) or raises the schema mismatch.</summary>
    private PrunedDocument Prune<TData>(HireflixCredentials credentials, IHireflixOperation<TData> operation, PrunedDocument? current, WireRejection rejection, int round, Activity? activity)
        where TData : class
    {
        var outcome = round < MaxPruneRounds
            ? WirePruner.Analyze(operation.Wire, current?.Pruned ?? EmptySelections, rejection.Errors)
            : new WirePruneOutcome(null, [], ["the document was still rejected after removing every rejected optional field"]);
        if (outcome.Pruned is null)
        {
            throw new HireflixSchemaMismatchException(operation.OperationName, outcome.Differences, rejection.Errors);
        }

        var stored = _pruned.Store(credentials.Endpoint, operation.Wire, outcome.Pruned);
        foreach (var selection in outcome.Added)
        {
            var described = selection.IsFragment ? $"the type condition '{selection.ParentType}'" : $"the field '{selection.FieldName}' on '{selection.ParentType}'";
            if (_pruned.FirstWarning($"pruned:{credentials.Endpoint.AbsoluteUri}:{operation.Wire.Name}:{selection.Member}:{described}"))
            {
                Log.SelectionPruned(_logger, described, operation.OperationName, selection.Member);
            }
        }

        HireflixDiagnostics.PrunedSelections.Add(outcome.Added.Count, new KeyValuePair<string, object?>("graphql.operation.name", operation.OperationName));
        activity?.AddEvent(new ActivityEvent("hireflix.schema.pruned", tags: new ActivityTagsCollection
        {
            ["graphql.operation.name"] = operation.OperationName,
            ["hireflix.pruned.members"] = string.Join(",", outcome.Added.Select(a => a.Member)),
        }));
        return stored;
    }

    private static readonly HashSet<WireSelection> EmptySelections = [];

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string operationName, CancellationToken cancellationToken)
    {
        try
        {
            return await _createHttpClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException ex)
        {
            throw new HireflixTimeoutException($"Hireflix {operationName} timed out.", ex) { OperationName = operationName };
        }
        catch (OperationCanceledException ex)
        {
            // HttpClient's own timeout surfaces as a cancellation the caller did not ask for.
            throw new HireflixTimeoutException($"Hireflix {operationName} timed out.", ex) { OperationName = operationName };
        }
        catch (BrokenCircuitException ex)
        {
            throw new HireflixConnectionException($"Hireflix {operationName} was not sent: too many recent failures opened the circuit breaker.", ex) { OperationName = operationName };
        }
        catch (RateLimiterRejectedException ex)
        {
            throw new HireflixConnectionException($"Hireflix {operationName} was not sent: the client's concurrency limit was reached.", ex) { OperationName = operationName };
        }
        catch (HttpRequestException ex)
        {
            throw new HireflixConnectionException($"Hireflix {operationName} failed: the connection could not be made or was lost.", ex) { OperationName = operationName };
        }
    }

    private static async ValueTask<ResponseBuffer> ReadBodyAsync(HttpResponseMessage response, int maxBytes, string operationName, CancellationToken cancellationToken)
    {
        if (response.Content is PooledResponseContent pooled && pooled.TryTakeBuffer(out var buffered))
        {
            // Already read inside the resilience pipeline by ResponseBufferingHandler: parse it in place.
            return buffered;
        }

        try
        {
            return await ResponseBuffer.ReadAsync(response.Content, maxBytes, operationName, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
        {
            // The body was cut mid-way: the operation may have run on the server; the caller decides.
            throw new HireflixConnectionException($"Hireflix {operationName}: the connection broke while the answer was being read.", ex) { OperationName = operationName };
        }
    }
}
