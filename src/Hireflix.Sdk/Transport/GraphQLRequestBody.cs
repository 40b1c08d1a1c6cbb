using System.Buffers;
using System.Text.Json;

namespace Hireflix.Sdk.Transport;

/// <summary>Writes <c>{"query":…,"operationName":…,"variables":{…}}</c> for an operation, once per call (retries resend the same bytes).</summary>
internal static class GraphQLRequestBody
{
    private static readonly JsonEncodedText Query = JsonEncodedText.Encode("query");
    private static readonly JsonEncodedText OperationName = JsonEncodedText.Encode("operationName");
    private static readonly JsonEncodedText Variables = JsonEncodedText.Encode("variables");

    public static byte[] Create<TData>(IHireflixOperation<TData> operation)
        where TData : class
    {
        var buffer = new ArrayBufferWriter<byte>(operation.EncodedDocument.EncodedUtf8Bytes.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = false }))
        {
            writer.WriteStartObject();
            writer.WriteString(Query, operation.EncodedDocument);
            writer.WriteString(OperationName, operation.EncodedOperationName);
            writer.WritePropertyName(Variables);
            operation.WriteVariables(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
