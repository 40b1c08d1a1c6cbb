using Hireflix.Sdk.Transport;

namespace Hireflix.Sdk;

/// <summary>What every sub-client of one <see cref="HireflixClient"/> sends through: the shared transport and this client's key and endpoint.</summary>
internal sealed class HireflixConnection
{
    public HireflixConnection(HireflixTransport transport, HireflixClientOptions options)
    {
        Transport = transport;
        Credentials = new HireflixCredentials(options.ApiKey ?? string.Empty, options.Endpoint, options.LogContent);
    }

    public HireflixTransport Transport { get; }

    public HireflixCredentials Credentials { get; }

    public async Task<TData> SendAsync<TData>(IHireflixOperation<TData> operation, HireflixRetryMode retryMode, CancellationToken cancellationToken)
        where TData : class =>
        (await Transport.ExecuteAsync(Credentials, operation, retryMode, cancellationToken).ConfigureAwait(false)).Data;

    public Task<HireflixCallResult<TData>> SendWithDetailsAsync<TData>(IHireflixOperation<TData> operation, HireflixRetryMode retryMode, CancellationToken cancellationToken)
        where TData : class =>
        Transport.ExecuteAsync(Credentials, operation, retryMode, cancellationToken);
}
