using System.Net;
using System.Net.Sockets;
using Hireflix.Sdk.Transport;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Hireflix.Sdk.Resilience;

/// <summary>
/// Decides, per operation, whether a failed attempt may be sent again (not per HTTP
/// method: every GraphQL call is a POST, so method-based switches retry all or nothing).
/// </summary>
internal static class HireflixRetryPredicate
{
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HireflixRetryMode mode)
    {
        if (!HttpClientResiliencePredicates.IsTransient(outcome))
        {
            return false;
        }

        return mode switch
        {
            HireflixRetryMode.OnlyIfNotSent => ProvablyNotExecuted(outcome),
            _ => true,
        };
    }

    /// <summary>
    /// True when the failed attempt cannot have run the operation: a 429 (refused before execution) or a
    /// connection that was never established. Timeouts, resets and 5xx leave it open.
    /// </summary>
    public static bool ProvablyNotExecuted(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Result is { } response)
        {
            return response.StatusCode == HttpStatusCode.TooManyRequests;
        }

        return outcome.Exception is HttpRequestException ex && IsConnectFailure(ex);
    }

    private static bool IsConnectFailure(HttpRequestException ex)
    {
        if (ex.HttpRequestError is HttpRequestError.NameResolutionError)
        {
            return true;
        }

        for (Exception? inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable })
            {
                return true;
            }
        }

        return false;
    }
}
