using System.Net;
using System.Text;
using System.Text.Json;

namespace Hireflix.Sdk.Transport;

/// <summary>
/// Turns a Hireflix answer (any status) into the operation's typed data or the right <see cref="HireflixException"/>.
/// The body is parsed as GraphQL JSON first whatever the status, so server messages are never lost.
/// </summary>
internal static class GraphQLResponseParser
{
    private const int BodyExcerptLength = 512;

    public static TData Parse<TData>(IHireflixOperation<TData> operation, ReadOnlySpan<byte> body, HttpResponseMessage response, TimeProvider time)
        where TData : class
    {
        var status = response.StatusCode;
        Envelope<TData> envelope;
        try
        {
            envelope = ReadEnvelope(operation, body);
        }
        catch (Exception ex) when (IsParseFailure(ex))
        {
            // Not GraphQL JSON: judge by the status alone.
            ThrowForStatus(operation, status, response, body, time);
            throw new HireflixResponseException(
                $"Hireflix's answer to {operation.OperationName} could not be read as GraphQL JSON ({Describe(ex)}).", ex) { OperationName = operation.OperationName };
        }

        if (envelope.Errors is { Count: > 0 } errors)
        {
            if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || errors.Exists(IsAuthenticationError))
            {
                throw new HireflixAuthenticationException(EffectiveAuthStatus(status), AuthMessage(operation), RequestId(response)) { OperationName = operation.OperationName };
            }

            if (status == HttpStatusCode.TooManyRequests)
            {
                throw RateLimited(operation, response, time);
            }

            if (envelope.Data is null && envelope.PartialData is null && WireErrorClassifier.IsValidationFailure(errors))
            {
                // The document itself was refused: nothing ran, and the transport may correct and resend it.
                throw new WireRejection(errors);
            }

            throw new HireflixGraphQLException(errors, envelope.PartialData, CandidateDataMasker.Values(operation)) { OperationName = operation.OperationName };
        }

        if (envelope.UnauthorizedMessage || status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new HireflixAuthenticationException(EffectiveAuthStatus(status), AuthMessage(operation), RequestId(response)) { OperationName = operation.OperationName };
        }

        ThrowForStatus(operation, status, response, body, time);

        if (envelope.DataError is { } dataError)
        {
            throw new HireflixResponseException(
                $"Hireflix's answer to {operation.OperationName} does not have the expected shape ({Describe(dataError)}).", dataError) { OperationName = operation.OperationName };
        }

        return envelope.Data ?? throw new HireflixResponseException(
            $"Hireflix's answer to {operation.OperationName} has neither data nor errors.") { OperationName = operation.OperationName };
    }

    /// <summary>Exceptions that mean "the bytes are not what we expect", as opposed to SDK bugs or cancellation.</summary>
    internal static bool IsParseFailure(Exception ex) =>
        ex is JsonException or InvalidOperationException or FormatException or OverflowException or ArgumentOutOfRangeException or DecoderFallbackException;

    private static Envelope<TData> ReadEnvelope<TData>(IHireflixOperation<TData> operation, ReadOnlySpan<byte> body)
        where TData : class
    {
        // Utf8JsonReader does not validate the UTF-8 inside strings: free-form values (JSON scalars kept as JsonElement)
        // would carry invalid bytes to the caller and throw InvalidOperationException when read. JSON is UTF-8 (RFC 8259).
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            throw new JsonException("The body is not valid UTF-8.");
        }

        var envelope = new Envelope<TData>();
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The body is not a JSON object.");
        }

        var hasData = false;
        var dataStart = default(Utf8JsonReader);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    dataStart = reader;
                    hasData = true;
                    envelope.Data = TryReadData(operation, ref reader, envelope);
                }
                else if (reader.TokenType != JsonTokenType.Null)
                {
                    throw new JsonException("'data' is neither an object nor null.");
                }
            }
            else if (reader.ValueTextEquals("errors"u8))
            {
                reader.Read();
                envelope.Errors = GraphQLErrorReader.ReadErrors(ref reader);
            }
            else if (reader.ValueTextEquals("message"u8))
            {
                // The non-GraphQL auth failure body: {"message":"Unauthorized"}.
                reader.Read();
                envelope.UnauthorizedMessage = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("Unauthorized"u8);
                reader.Skip();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            throw new JsonException("Unexpected content after the response object.");
        }

        if (envelope.Errors is { Count: > 0 } && hasData)
        {
            envelope.PartialData = JsonElement.ParseValue(ref dataStart);
        }

        return envelope;
    }

    private static TData? TryReadData<TData>(IHireflixOperation<TData> operation, ref Utf8JsonReader reader, Envelope<TData> envelope)
        where TData : class
    {
        var start = reader;
        try
        {
            return operation.ReadData(ref reader);
        }
        catch (Exception ex) when (IsParseFailure(ex))
        {
            // Data that does not fit may still come with errors that explain it (null fields after a failure):
            // remember the problem, skip the object, and decide once the whole envelope is read.
            envelope.DataError = ex;
            reader = start;
            reader.Skip();
            return null;
        }
    }

    private static void ThrowForStatus<TData>(IHireflixOperation<TData> operation, HttpStatusCode status, HttpResponseMessage response, ReadOnlySpan<byte> body, TimeProvider time)
        where TData : class
    {
        if ((int)status is >= 200 and < 300)
        {
            return;
        }

        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new HireflixAuthenticationException(status, AuthMessage(operation), RequestId(response)) { OperationName = operation.OperationName };
        }

        if (status == HttpStatusCode.TooManyRequests)
        {
            throw RateLimited(operation, response, time);
        }

        throw new HireflixHttpException(
            status,
            $"Hireflix answered {operation.OperationName} with HTTP {(int)status} ({status}).",
            Excerpt(body),
            RequestId(response)) { OperationName = operation.OperationName };
    }

    private static HireflixRateLimitException RateLimited<TData>(IHireflixOperation<TData> operation, HttpResponseMessage response, TimeProvider time)
        where TData : class =>
        new($"Hireflix rate-limited {operation.OperationName} (HTTP 429): the allowed retries are spent, or the wait it asked for is longer than what remains of TotalTimeout.", Resilience.RetryAfterHint.Wait(response, time), RequestId(response))
        {
            OperationName = operation.OperationName,
        };

    private static bool IsAuthenticationError(HireflixGraphQLError error) =>
        error.Code is "UNAUTHENTICATED" or "401" || string.Equals(error.Message, "Unauthorized", StringComparison.OrdinalIgnoreCase);

    private static HttpStatusCode EffectiveAuthStatus(HttpStatusCode status) =>
        status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ? status : HttpStatusCode.Unauthorized;

    private static string AuthMessage<TData>(IHireflixOperation<TData> operation)
        where TData : class =>
        $"Hireflix refused the API key for {operation.OperationName}. Check HireflixClientOptions.ApiKey.";

    private static string? RequestId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Request-Id", out var values) ? values.FirstOrDefault() : null;

    private static string? Excerpt(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        var slice = body[..Math.Min(body.Length, BodyExcerptLength)];
        return Encoding.UTF8.GetString(slice);
    }

    private static string Describe(Exception ex) => ex switch
    {
        JsonException json when json.LineNumber is not null => $"invalid JSON at line {json.LineNumber + 1}, byte {json.BytePositionInLine}",
        JsonException => "invalid JSON",
        _ => ex.GetType().Name,
    };

    private sealed class Envelope<TData>
        where TData : class
    {
        public TData? Data { get; set; }

        public Exception? DataError { get; set; }

        public List<HireflixGraphQLError>? Errors { get; set; }

        public JsonElement? PartialData { get; set; }

        public bool UnauthorizedMessage { get; set; }
    }
}
