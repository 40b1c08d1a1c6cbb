using Hireflix.Sdk.Transport;

namespace Hireflix.Sdk;

/// <summary>
/// What every sub-client of one <see cref="HireflixClient"/> sends through: the shared transport and this client's key
/// and endpoint. Each operation carries its own policy: whether it may be retried (<see cref="IHireflixOperation{TData}.IsIdempotent"/>)
/// and, from its root field, which typed "not found" an unknown id raises.
/// </summary>
internal sealed class HireflixConnection
{
    public HireflixConnection(HireflixTransport transport, HireflixClientOptions options)
    {
        Transport = transport;
        Credentials = new HireflixCredentials(options.ApiKey ?? string.Empty, options.Endpoint, options.LogContent, options.MaxResponseSize);
    }

    public HireflixTransport Transport { get; }

    public HireflixCredentials Credentials { get; }

    /// <summary>Sends the operation and returns what <paramref name="project"/> picks out; null there means the id names nothing.</summary>
    public async Task<TResult> SendAsync<TData, TResult>(IHireflixOperation<TData> operation, Func<TData, TResult?> project, CancellationToken cancellationToken)
        where TData : class
        where TResult : class
    {
        var data = await SendAsync(operation, cancellationToken).ConfigureAwait(false);
        return project(data) ?? throw NotFoundErrors.ForNull(NotFoundErrors.SubjectOf(operation), operation.OperationName);
    }

    public Task<TData> SendAsync<TData>(IHireflixOperation<TData> operation, CancellationToken cancellationToken)
        where TData : class =>
        SendAsync(operation, NotFoundErrors.SubjectOf(operation), attempts: null, cancellationToken);

    /// <summary>Sends the operation and records in <paramref name="attempts"/> whether a retried attempt may have run.</summary>
    public Task<TData> SendAsync<TData>(IHireflixOperation<TData> operation, AttemptRecord attempts, CancellationToken cancellationToken)
        where TData : class =>
        SendAsync(operation, NotFoundErrors.SubjectOf(operation), attempts, cancellationToken);

    /// <param name="operation">The operation with its variables.</param>
    /// <param name="subject">What the operation's id names, so a "not found" GraphQL error becomes the typed exception (None for users' own operations).</param>
    /// <param name="attempts">Where to record what the retries leave open, or null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<TData> SendAsync<TData>(IHireflixOperation<TData> operation, HireflixSubject subject, AttemptRecord? attempts, CancellationToken cancellationToken)
        where TData : class
    {
        var retryMode = operation.IsIdempotent ? HireflixRetryMode.Idempotent : HireflixRetryMode.OnlyIfNotSent;
        try
        {
            return await Transport.ExecuteAsync(Credentials, operation, retryMode, attempts, cancellationToken).ConfigureAwait(false);
        }
        catch (HireflixGraphQLException ex) when (subject != HireflixSubject.None && NotFoundErrors.IsNotFound(ex))
        {
            throw NotFoundErrors.For(subject, operation.OperationName, ex);
        }
    }
}
