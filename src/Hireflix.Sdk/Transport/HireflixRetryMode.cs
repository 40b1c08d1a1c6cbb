namespace Hireflix.Sdk.Transport;

/// <summary>
/// When a failed attempt of an operation may be sent again. Every GraphQL call is a POST, so the
/// choice follows what the operation does, not the HTTP method.
/// </summary>
internal enum HireflixRetryMode
{
    /// <summary>Queries and state-setting mutations: repeating them changes nothing, so retry every transient failure.</summary>
    Idempotent,

    /// <summary>Comments add a new entry each time: retry only when the request provably never reached Hireflix.</summary>
    OnlyIfNotSent,
}
