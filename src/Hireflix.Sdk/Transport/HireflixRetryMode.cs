namespace Hireflix.Sdk.Transport;

/// <summary>
/// When a failed attempt of an operation may be sent again. Every GraphQL call is a POST, so the
/// choice follows what the operation does, not the HTTP method.
/// </summary>
internal enum HireflixRetryMode
{
    /// <summary>Queries and state-setting mutations: repeating them changes nothing, so retry every transient failure.</summary>
    Idempotent,

    /// <summary>
    /// Invitations: retried like <see cref="Idempotent"/>, because Hireflix refuses a second interview for the same
    /// e-mail in a position; the caller turns a retried "already exists" into the interview the first attempt created.
    /// </summary>
    Invite,

    /// <summary>Comments add a new entry each time: retry only when the request provably never reached Hireflix.</summary>
    OnlyIfNotSent,
}
