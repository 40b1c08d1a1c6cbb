using System.Buffers;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Hireflix.Sdk.Benchmarks.References;

/// <summary>
/// Tuned: what a careful integration writes by hand. The request is serialised with the source-generated
/// context into a sized body (Content-Length, like the SDK); the response is not buffered by HttpClient
/// (<see cref="HttpCompletionOption.ResponseHeadersRead"/>) but deserialised with the source-generated reader
/// straight from the content stream.
/// </summary>
internal static class Tuned
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public static async Task<TData> PostAsync<TVariables, TData>(
        HttpClient http,
        Uri endpoint,
        GraphQLRequest<TVariables> request,
        JsonTypeInfo<GraphQLRequest<TVariables>> requestInfo,
        JsonTypeInfo<GraphQLResponse<TData>> responseInfo,
        CancellationToken cancellationToken = default)
        where TData : class
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(request, requestInfo)) { Headers = { ContentType = Json } },
        };
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var envelope = await response.Content.ReadFromJsonAsync(responseInfo, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Empty response.");
        if (envelope.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException(errors[0].Message);
        }

        return envelope.Data ?? throw new InvalidOperationException("No data.");
    }
}

/// <summary>
/// Typical: what most integration code does. <c>PostAsJsonAsync</c> of an anonymous object (reflection;
/// HttpClient buffers the response by default), the body read as a string, parsed into a <see cref="JsonNode"/> tree, errors checked, and the data
/// subtree deserialised with reflection-based <see cref="JsonSerializer"/> (web defaults).
/// </summary>
internal static class Typical
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<JsonNode> PostAsync(HttpClient http, Uri endpoint, object request, CancellationToken cancellationToken = default)
    {
        using var response = await http.PostAsJsonAsync(endpoint, request, Options, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var root = JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty response.");
        if (root["errors"] is JsonArray { Count: > 0 } errors)
        {
            throw new InvalidOperationException(errors[0]?["message"]?.GetValue<string>());
        }

        return root["data"] ?? throw new InvalidOperationException("No data.");
    }
}

/// <summary>
/// Floor: the least any client can do. A constant, pre-encoded request body; the answer read into a pooled
/// buffer; one <see cref="Utf8JsonReader"/> pass over it, materialising nothing.
/// </summary>
internal static class Floor
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary>Sends and scans; returns the token count, negative when the page's <c>results</c> array was empty.</summary>
    public static async Task<int> PostAndScanAsync(HttpClient http, Uri endpoint, byte[] body, CancellationToken cancellationToken = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) { Headers = { ContentType = Json } } };
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var declared = response.Content.Headers.ContentLength ?? 16 * 1024;
        var buffer = ArrayPool<byte>.Shared.Rent((int)declared + 1);
        try
        {
            var length = 0;
            using (var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
            {
                int read;
                while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }

            return Scan(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>One reader pass: counts tokens, and notes an empty <c>results</c> array (the end of a listing).</summary>
    public static int Scan(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var tokens = 0;
        var emptyResults = false;
        while (reader.Read())
        {
            tokens++;
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("results"u8))
            {
                reader.Read();
                tokens++;
                if (reader.TokenType == JsonTokenType.StartArray && reader.Read())
                {
                    tokens++;
                    emptyResults = reader.TokenType == JsonTokenType.EndArray;
                }
            }
        }

        return emptyResults ? -tokens : tokens;
    }

    /// <summary>A request body built once: the same shape the other clients send.</summary>
    public static byte[] Body(string document, string operationName, Action<Utf8JsonWriter> writeVariables)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", document);
            writer.WriteString("operationName", operationName);
            writer.WritePropertyName("variables");
            writeVariables(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
