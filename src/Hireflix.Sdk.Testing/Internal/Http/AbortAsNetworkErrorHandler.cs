namespace Hireflix.Sdk.Testing.Internal.Http;

/// <summary>
/// In memory, TestServer reports a server-side <c>HttpContext.Abort()</c> as an <see cref="OperationCanceledException"/>
/// ("The application aborted the request."). On a real socket the client sees an <see cref="HttpRequestException"/>,
/// which is what resilience pipelines treat as transient; translate so both modes fail the same way. A cancellation
/// the caller asked for (its token, or HttpClient's timeout) passes through unchanged.
/// </summary>
internal sealed class AbortAsNetworkErrorHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HttpRequestException(
                HttpRequestError.ResponseEnded, "The server closed the connection without a response.", new IOException(e.Message, e));
        }
    }
}
