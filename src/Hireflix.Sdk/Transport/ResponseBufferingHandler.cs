namespace Hireflix.Sdk.Transport;

/// <summary>
/// Reads each attempt's whole response body inside the resilience pipeline. The transport sends with
/// <c>ResponseHeadersRead</c>, so without this a body cut mid-way (or stalling after the headers) failed after the
/// pipeline had returned: never retried, and outside the attempt and total timeouts. Buffered here, a broken body is
/// an attempt failure like any other network error, judged by the operation's retry rule.
/// The body goes into a pooled <see cref="ResponseBuffer"/> that the transport parses in place
/// (<see cref="PooledResponseContent"/>), so large interview results leave no body-sized garbage array per call.
/// </summary>
internal sealed class ResponseBufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            ResponseBuffer buffer;
            try
            {
                // The cap travels with the request: the handler is shared by clients whose options may differ.
                // Exceeding it throws HireflixResponseException, which no retry or breaker rule counts as transient.
                var state = request.Options.TryGetValue(HireflixRequestState.Key, out var s) ? s : null;
                buffer = await ResponseBuffer.ReadAsync(
                    response.Content,
                    state?.MaxResponseSize ?? HireflixClientOptions.DefaultMaxResponseSize,
                    state?.OperationName,
                    cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException)
            {
                // As HttpContent.LoadIntoBufferAsync reports it: an HttpRequestException, which the retry rule treats as transient.
#if NETSTANDARD2_0
                // No HttpIOException nor HttpRequestError constructor before .NET 8; the retry rule reads the same type.
                throw new HttpRequestException("Error while copying content to a stream.", ex);
#else
                throw new HttpRequestException(
                    ex is HttpIOException io ? io.HttpRequestError : HttpRequestError.Unknown,
                    "Error while copying content to a stream.",
                    ex);
#endif
            }

            var original = response.Content;
            response.Content = new PooledResponseContent(buffer, original);
            original.Dispose();
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
