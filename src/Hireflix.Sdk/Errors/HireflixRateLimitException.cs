using System.Net;

namespace Hireflix.Sdk;

/// <summary>Hireflix answered 429 Too Many Requests and the retries allowed were spent.</summary>
public sealed class HireflixRateLimitException : HireflixHttpException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="retryAfter">How long Hireflix asked to wait, if it said.</param>
    /// <param name="requestId">The request id header, if Hireflix sent one.</param>
    public HireflixRateLimitException(string message, TimeSpan? retryAfter, string? requestId = null)
        : base(HttpStatusCode.TooManyRequests, message, bodyExcerpt: null, requestId)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long Hireflix asked to wait before the next call (<c>Retry-After</c>), if it said.</summary>
    public TimeSpan? RetryAfter { get; }
}
