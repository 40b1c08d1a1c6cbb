using System.Text.Json.Nodes;

namespace Hireflix.Sdk;

/// <summary>A GraphQL document to run as written, for what the typed API does not cover. See <see cref="HireflixClient.ExecuteRawAsync(HireflixRawRequest, CancellationToken)"/>.</summary>
public sealed class HireflixRawRequest
{
    /// <summary>The GraphQL document: one query or mutation (or several, with <see cref="OperationName"/>), and the fragments it uses.</summary>
    public required string Document { get; init; }

    /// <summary>The variables, or null for none.</summary>
    public JsonObject? Variables { get; init; }

    /// <summary>Which operation of a document holding several to run; null when it holds one.</summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// Set when repeating the mutation changes nothing (it sets a value rather than adding one), so a failed attempt may be
    /// sent again like a query. By default a mutation is sent again only when the earlier attempt provably never reached
    /// Hireflix, because a lost answer does not say whether it ran. Ignored for queries, which are always retried.
    /// </summary>
    public bool MutationIsIdempotent { get; init; }
}
