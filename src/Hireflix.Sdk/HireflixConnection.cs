using Hireflix.Sdk.Transport;

namespace Hireflix.Sdk;

/// <summary>What every sub-client of one <see cref="HireflixClient"/> sends through: the shared transport and this client's key and endpoint.</summary>
internal sealed class HireflixConnection
{
    public HireflixConnection(HireflixTransport transport, HireflixClientOptions options)
    {
        Transport = transport;
        Credentials = new HireflixCredentials(options.ApiKey ?? string.Empty, options.Endpoint, options.LogContent, options.MaxResponseSize);
    }

    public HireflixTransport Transport { get; }

    public HireflixCredentials Credentials { get; }

    /// <param name="operation">The operation with its variables.</param>
    /// <param name="retryMode">When a failed attempt may be sent again.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <param name="subject">What the operation's id names, so a "not found" GraphQL error becomes the typed exception.</param>
    public async Task<TData> SendAsync<TData>(IHireflixOperation<TData> operation, HireflixRetryMode retryMode, CancellationToken cancellationToken, HireflixSubject subject = HireflixSubject.None)
        where TData : class =>
        (await SendWithDetailsAsync(operation, retryMode, cancellationToken, subject).ConfigureAwait(false)).Data;

    public async Task<HireflixCallResult<TData>> SendWithDetailsAsync<TData>(IHireflixOperation<TData> operation, HireflixRetryMode retryMode, CancellationToken cancellationToken, HireflixSubject subject = HireflixSubject.None)
        where TData : class
    {
        try
        {
            return await Transport.ExecuteAsync(Credentials, operation, retryMode, cancellationToken).ConfigureAwait(false);
        }
        catch (HireflixGraphQLException ex) when (subject != HireflixSubject.None && NotFoundErrors.IsNotFound(ex))
        {
            throw NotFoundErrors.For(subject, operation.OperationName, ex);
        }
    }
}
