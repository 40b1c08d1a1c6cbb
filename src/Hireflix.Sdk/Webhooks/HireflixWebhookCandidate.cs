namespace Hireflix.Sdk.Webhooks;

/// <summary>
/// The candidate of an interview, as sent in a webhook. Every field is personal data:
/// <see cref="ToString"/> deliberately prints none of them.
/// </summary>
public sealed record HireflixWebhookCandidate
{
    /// <summary>Full name, wire field <c>name</c>.</summary>
    public string? Name { get; init; }

    /// <summary>First name, wire field <c>firstName</c>.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name, wire field <c>lastName</c>.</summary>
    public string? LastName { get; init; }

    /// <summary>E-mail address, wire field <c>email</c>.</summary>
    public string? Email { get; init; }

    /// <summary>Phone number in international format, wire field <c>phone</c>.</summary>
    public string? Phone { get; init; }

    /// <summary>Returns a placeholder, so candidates never reach logs through string formatting.</summary>
    /// <returns>The type name with redacted content.</returns>
    public override string ToString() => $"{nameof(HireflixWebhookCandidate)} {{ <redacted> }}";
}
