namespace Hireflix.Sdk.Webhooks;

/// <summary>
/// The links of an interview, wire object <c>url</c>. Strings rather than <see cref="Uri"/> so an odd value
/// never makes a delivery unreadable. The public and short links let anyone record the interview: treat
/// them as secrets.
/// </summary>
public sealed record HireflixWebhookInterviewLinks
{
    /// <summary>Short candidate link (<c>https://hflx.io/c/&lt;hash&gt;</c>), wire field <c>short</c>.</summary>
    public string? Short { get; init; }

    /// <summary>Recruiter link on admin.hireflix.com (login required), wire field <c>private</c>.</summary>
    public string? Private { get; init; }

    /// <summary>Candidate interview link (<c>https://app.hireflix.com/&lt;hash&gt;</c>), wire field <c>public</c>.</summary>
    public string? Public { get; init; }

    /// <summary>Returns a placeholder: the links grant access to the interview.</summary>
    /// <returns>The type name with redacted content.</returns>
    public override string ToString() => $"{nameof(HireflixWebhookInterviewLinks)} {{ <redacted> }}";
}
