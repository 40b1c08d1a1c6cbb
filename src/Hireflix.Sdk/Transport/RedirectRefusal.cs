using System.Net;

namespace Hireflix.Sdk.Transport;

/// <summary>
/// Refuses redirected answers: .NET strips only Authorization on a redirect, so X-API-KEY would go to the new host. The SDK's primary handler does not follow redirects, so a 3xx
/// arrives here and fails naming only the target's scheme and host: its path and query may carry secrets. A user's
/// primary handler may follow them; then the answer came from another address than the configured endpoint, and
/// Hireflix data cannot come from there either.
/// </summary>
internal static class RedirectRefusal
{
    public static void ThrowIfRedirected(HttpResponseMessage response, Uri endpoint, string operationName)
    {
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            var target = response.Headers.Location is { } location ? SchemeAndHost(new Uri(endpoint, location)) : "no Location";
            throw new HireflixHttpException(
                response.StatusCode,
                $"Hireflix answered {operationName} with HTTP {status} ({response.StatusCode}), a redirect to {target}. Redirects are not followed: the API key goes only to the configured endpoint.")
            {
                OperationName = operationName,
            };
        }

        // The request keeps the endpoint's Uri instance unless a handler followed a redirect: compare only then.
        if (response.RequestMessage?.RequestUri is { } answeredFrom && !ReferenceEquals(answeredFrom, endpoint) && Uri.Compare(answeredFrom, endpoint, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new HireflixHttpException(
                response.StatusCode,
                $"Hireflix's answer to {operationName} came from {SchemeAndHost(answeredFrom)}, not the configured endpoint: the HTTP handler followed a redirect. Set AllowAutoRedirect = false on a custom primary handler.")
            {
                OperationName = operationName,
            };
        }
    }

    /// <summary>Scheme, host and a non-default port: never user info, path or query.</summary>
    private static string SchemeAndHost(Uri uri) =>
        uri.IsDefaultPort ? $"{uri.Scheme}://{uri.IdnHost}" : $"{uri.Scheme}://{uri.IdnHost}:{uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
