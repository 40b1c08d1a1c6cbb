using System.Buffers;
using System.Text.Json;

namespace Hireflix.Sdk.Transport;

/// <summary>Writes <c>{"query":…,"operationName":…,"variables":{…}}</c> for an operation, once per call (retries resend the same bytes).</summary>
internal static class GraphQLRequestBody
{
    /// <summary>Scratch buffers above this size are not kept for the thread's next call.</summary>
    private const int MaxRetainedBytes = 64 * 1024;

    private static readonly JsonEncodedText Query = JsonEncodedText.Encode("query");
    private static readonly JsonEncodedText OperationName = JsonEncodedText.Encode("operationName");
    private static readonly JsonEncodedText Variables = JsonEncodedText.Encode("variables");

    // Per-thread scratch writer: the body is written synchronously, so a thread never uses two at once.
    // Only the exact-size result is allocated per call (it must outlive the call's retries).
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static byte[] Create<TData>(IHireflixOperation<TData> operation)
        where TData : class =>
        Create(operation, operation.EncodedDocument);

    /// <summary>The body with another document text (a pruned one) in place of the generated document.</summary>
    public static byte[] Create<TData>(IHireflixOperation<TData> operation, JsonEncodedText document)
        where TData : class
    {
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(4096);
        var writer = t_writer ?? new Utf8JsonWriter(buffer);
        t_buffer = null;
        t_writer = null;
        buffer.ResetWrittenCount();
        writer.Reset(buffer);

        writer.WriteStartObject();
        writer.WriteString(Query, document);
        if (operation.EncodedOperationName.EncodedUtf8Bytes.IsEmpty)
        {
            // An anonymous (raw) operation: Hireflix runs the document's only operation.
            writer.WriteNull(OperationName);
        }
        else
        {
            writer.WriteString(OperationName, operation.EncodedOperationName);
        }

        writer.WritePropertyName(Variables);
        operation.WriteVariables(writer);
        writer.WriteEndObject();
        writer.Flush();
        var body = buffer.WrittenSpan.ToArray();

        // Returned only after a successful write: a writer left mid-object by an exception is simply dropped.
        if (buffer.Capacity <= MaxRetainedBytes)
        {
            t_buffer = buffer;
            t_writer = writer;
        }

        return body;
    }
}
