using System.Net;

namespace Hireflix.Sdk;

/// <summary>Hireflix answered with an HTTP status that is neither success nor a more specific error.</summary>
public class HireflixHttpException : HireflixException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The HTTP status Hireflix answered with.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="bodyExcerpt">The start of the response body, for diagnostics.</param>
    /// <param name="requestId">The request id header, if Hireflix sent one.</param>
    public HireflixHttpException(HttpStatusCode statusCode, string message, string? bodyExcerpt = null, string? requestId = null)
        : base(message)
    {
        StatusCode = statusCode;
        BodyExcerpt = bodyExcerpt;
        RequestId = requestId;
    }

    /// <summary>The HTTP status Hireflix answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The first characters of the response body (kept out of <see cref="Exception.Message"/>).</summary>
    public string? BodyExcerpt { get; }

    /// <summary>The request id header of the response, if any.</summary>
    public string? RequestId { get; }
}
