using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hireflix.Sdk.Transport.Raw;

/// <summary>
/// A caller's document sent as written: its <c>data</c> comes back as JSON. It has no selection tree, so nothing of it is
/// ever pruned: a document Hireflix refuses is a <see cref="HireflixSchemaMismatchException"/>.
/// </summary>
internal sealed class RawOperation : IHireflixOperation<JsonObject>
{
    /// <summary>What telemetry and messages call an operation without a name (the request itself sends no name).</summary>
    public const string AnonymousName = "(anonymous)";

    private static readonly JsonEncodedText NoName = JsonEncodedText.Encode(string.Empty);

    private readonly JsonObject? _variables;

    public RawOperation(string document, RawOperationHead head, JsonObject? variables, bool mutationIsIdempotent)
    {
        _variables = variables;
        Kind = head.Kind;
        IsIdempotent = head.Kind == HireflixOperationKind.Query || mutationIsIdempotent;
        OperationName = head.Name ?? AnonymousName;
        EncodedOperationName = head.Name is null ? NoName : JsonEncodedText.Encode(head.Name);
        EncodedDocument = JsonEncodedText.Encode(document);
        Wire = new WireDocument(OperationName, document, document, null);
    }

    public string OperationName { get; }

    public HireflixOperationKind Kind { get; }

    public bool IsIdempotent { get; }

    /// <summary>Empty for an anonymous operation: the request body then carries no operation name.</summary>
    public JsonEncodedText EncodedOperationName { get; }

    public JsonEncodedText EncodedDocument { get; }

    public WireDocument Wire { get; }

    public void WriteVariables(Utf8JsonWriter writer)
    {
        if (_variables is null)
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
            return;
        }

        _variables.WriteTo(writer);
    }

    public JsonObject ReadData(ref Utf8JsonReader reader) =>
        JsonNode.Parse(ref reader) as JsonObject ?? throw new JsonException("The response's data is not a JSON object.");
}
