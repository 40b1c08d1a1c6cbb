using System.Net;

namespace Hireflix.Sdk;

/// <summary>
/// Hireflix refused the API key: HTTP 401/403, or the <c>{"message":"Unauthorized"}</c> body.
/// Check <c>HireflixClientOptions.ApiKey</c>; retrying will not help.
/// </summary>
public sealed class HireflixAuthenticationException : HireflixHttpException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The HTTP status Hireflix answered with.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="requestId">The request id header, if Hireflix sent one.</param>
    public HireflixAuthenticationException(HttpStatusCode statusCode, string message, string? requestId = null)
        : base(statusCode, message, bodyExcerpt: null, requestId)
    {
    }
}
