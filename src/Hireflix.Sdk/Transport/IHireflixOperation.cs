using System.Text.Json;

namespace Hireflix.Sdk.Transport;

/// <summary>Whether a GraphQL operation reads (query) or changes (mutation) state.</summary>
public enum HireflixOperationKind
{
    /// <summary>Reads state: retried on every transient failure.</summary>
    Query,

    /// <summary>Changes state: sent again only when the earlier attempt provably never reached Hireflix, unless the caller says it is idempotent.</summary>
    Mutation,
}

/// <summary>
/// One generated GraphQL operation with its variables bound: everything the client needs to send it and read its
/// <c>data</c> back. Implemented by the source generator for every operation in the SDK's own <c>.graphql</c> files and
/// in a project's own (<c>HireflixOperations</c> items); run one with
/// <c>HireflixClient.ExecuteAsync</c>.
/// </summary>
/// <typeparam name="TData">The typed <c>data</c> object of the response.</typeparam>
public interface IHireflixOperation<TData>
    where TData : class
{
    /// <summary>The operation's name as written in the document.</summary>
    string OperationName { get; }

    /// <summary>Query or mutation.</summary>
    HireflixOperationKind Kind { get; }

    /// <summary>
    /// True when sending it again changes nothing, so any failed attempt may be retried: every query, and mutations marked
    /// <c>@idempotent</c> in their <c>.graphql</c> file (they set a value rather than add one). Other mutations are sent again
    /// only when the earlier attempt provably never reached Hireflix.
    /// </summary>
    bool IsIdempotent { get; }

    /// <summary>The operation's name, pre-encoded for the request body.</summary>
    JsonEncodedText EncodedOperationName { get; }

    /// <summary>The document (the operation plus every fragment it uses), pre-encoded for the request body.</summary>
    JsonEncodedText EncodedDocument { get; }

    /// <summary>The same document as a selection tree, re-printed without the selections Hireflix rejected.</summary>
    WireDocument Wire { get; }

    /// <summary>Writes the variables as one JSON object (<c>{}</c> when there are none). Null optional variables are omitted.</summary>
    void WriteVariables(Utf8JsonWriter writer);

    /// <summary>
    /// Reads the response's <c>data</c> object. The reader is positioned on its <see cref="JsonTokenType.StartObject"/>
    /// and is left on the matching <see cref="JsonTokenType.EndObject"/>. A response whose shape does not match
    /// the operation throws <see cref="JsonException"/>.
    /// </summary>
    TData ReadData(ref Utf8JsonReader reader);
}
