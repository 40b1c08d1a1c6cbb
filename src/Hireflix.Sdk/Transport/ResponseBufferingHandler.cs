namespace Hireflix.Sdk.Transport;

/// <summary>
/// Reads each attempt's whole response body inside the resilience pipeline. The transport sends with
/// <c>ResponseHeadersRead</c>, so without this a body cut mid-way (or stalling after the headers) failed after the
/// pipeline had returned: never retried, and outside the attempt and total timeouts. Buffered here, a broken body is
/// an attempt failure like any other network error, judged by the operation's retry rule.
/// </summary>
internal sealed class ResponseBufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
#if NET9_0_OR_GREATER
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var buffered = new ByteArrayContent(body);
            foreach (var header in response.Content.Headers)
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = buffered;
#endif
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
