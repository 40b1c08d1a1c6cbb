using System.Text.Json;
using System.Text.Unicode;

namespace Hireflix.Sdk.Webhooks;

/// <summary>
/// Parses a webhook body (<c>{ "event": "...", "data": { ... }, "date": &lt;epoch ms&gt; }</c>) into a typed
/// <see cref="HireflixWebhookEvent"/>. Reflection-free (trimming and AOT safe). Unknown fields are ignored,
/// unknown event names give <see cref="UnknownHireflixEvent"/>. A leading UTF-8 BOM is accepted; invalid UTF-8
/// anywhere and duplicate property names in any object are rejected, so no part of a signed body can be read two
/// ways (last-wins here, first-wins in another consumer of the same bytes). Parsing does not verify the signature:
/// verify first (<see cref="HireflixWebhookVerifier.VerifyAndParse"/>).
/// </summary>
public static class HireflixWebhookParser
{
    // Real payloads nest three levels; a low limit keeps hostile input cheap to reject.
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 32 };

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Parses a webhook body.</summary>
    /// <param name="body">The raw body bytes (UTF-8 JSON).</param>
    /// <returns>The typed event.</returns>
    /// <exception cref="HireflixWebhookPayloadException">The body is not UTF-8 JSON without duplicate keys, or not a webhook envelope.</exception>
    public static HireflixWebhookEvent Parse(ReadOnlySpan<byte> body)
    {
        JsonElement root = ReadDocument(body);

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new HireflixWebhookPayloadException("The webhook body must be a JSON object.");
        }

        string? eventName = WebhookJson.GetString(root, "event", "event");
        if (string.IsNullOrEmpty(eventName))
        {
            throw new HireflixWebhookPayloadException("The webhook body has no 'event' name.");
        }

        DateTimeOffset? date = WebhookJson.GetEpochMilliseconds(root, "date", "date");

        return eventName switch
        {
            HireflixWebhookEventNames.InterviewCreate => new InterviewCreated(ReadInterview(root), date, root),
            HireflixWebhookEventNames.InterviewFinish => new InterviewFinished(ReadInterview(root), date, root),
            HireflixWebhookEventNames.InterviewStatusChange => new InterviewStatusChanged(ReadInterview(root), date, root),
            HireflixWebhookEventNames.InterviewDelete => new InterviewDeleted(ReadInterview(root), date, root),
            HireflixWebhookEventNames.InterviewScoreUpdated => new InterviewScoreUpdated(ReadInterview(root), date, root),
            _ => new UnknownHireflixEvent(eventName, date, root),
        };
    }

    private static JsonElement ReadDocument(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            throw new HireflixWebhookPayloadException("The webhook body is empty.");
        }

        if (body.StartsWith(Utf8Bom))
        {
            body = body[Utf8Bom.Length..];
        }

        // The reader checks UTF-8 only in what it decodes; a field nobody reads could otherwise carry anything.
        if (!Utf8.IsValid(body))
        {
            throw new HireflixWebhookPayloadException("The webhook body is not valid UTF-8.");
        }

        var reader = new Utf8JsonReader(body, ReaderOptions);
        try
        {
            // ParseValue copies what it reads, so the event outlives the caller's (possibly pooled) buffer.
            using JsonDocument document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                throw new HireflixWebhookPayloadException("The webhook body has content after its JSON value.");
            }

            WebhookJsonDuplicates.ThrowIfAny(document.RootElement);
            return document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            // The JsonException message can quote body text (candidate data), so only its position is kept.
            throw new HireflixWebhookPayloadException(
                $"The webhook body is not valid JSON (line {exception.LineNumber}, byte {exception.BytePositionInLine}).",
                exception.LineNumber,
                exception.BytePositionInLine);
        }
    }

    private static HireflixWebhookInterview ReadInterview(JsonElement root)
    {
        JsonElement data = WebhookJson.GetObject(root, "data", "data")
            ?? throw new HireflixWebhookPayloadException("The webhook body has no 'data' object.");

        string? id = WebhookJson.GetString(data, "id", "data.id");
        if (string.IsNullOrEmpty(id))
        {
            throw new HireflixWebhookPayloadException("The webhook field 'data.id' (interview id) is missing.");
        }

        return new HireflixWebhookInterview
        {
            Id = id,
            Position = ReadPosition(data),
            ExternalId = WebhookJson.GetString(data, "externalId", "data.externalId"),
            Status = WebhookJson.GetString(data, "status", "data.status"),
            Hash = WebhookJson.GetString(data, "hash", "data.hash"),
            CreatedAt = WebhookJson.GetEpochMilliseconds(data, "createdAt", "data.createdAt"),
            CompletedAt = WebhookJson.GetEpochMilliseconds(data, "completed", "data.completed", booleanMeansUnknown: true),
            Candidate = ReadCandidate(data),
            Links = ReadLinks(data),
            Score = WebhookJson.GetNumberOrValueObject(data, "score", "data.score"),
        };
    }

    private static HireflixWebhookPosition? ReadPosition(JsonElement data)
    {
        if (WebhookJson.GetObject(data, "position", "data.position") is not { } position)
        {
            return null;
        }

        return new HireflixWebhookPosition
        {
            Id = WebhookJson.GetString(position, "id", "data.position.id"),
            Name = WebhookJson.GetString(position, "name", "data.position.name"),
        };
    }

    private static HireflixWebhookCandidate? ReadCandidate(JsonElement data)
    {
        if (WebhookJson.GetObject(data, "candidate", "data.candidate") is not { } candidate)
        {
            return null;
        }

        return new HireflixWebhookCandidate
        {
            Name = WebhookJson.GetString(candidate, "name", "data.candidate.name"),
            FirstName = WebhookJson.GetString(candidate, "firstName", "data.candidate.firstName"),
            LastName = WebhookJson.GetString(candidate, "lastName", "data.candidate.lastName"),
            Email = WebhookJson.GetString(candidate, "email", "data.candidate.email"),
            Phone = WebhookJson.GetString(candidate, "phone", "data.candidate.phone"),
        };
    }

    private static HireflixWebhookInterviewLinks? ReadLinks(JsonElement data)
    {
        if (WebhookJson.GetObject(data, "url", "data.url") is not { } url)
        {
            return null;
        }

        return new HireflixWebhookInterviewLinks
        {
            Short = WebhookJson.GetString(url, "short", "data.url.short"),
            Private = WebhookJson.GetString(url, "private", "data.url.private"),
            Public = WebhookJson.GetString(url, "public", "data.url.public"),
        };
    }
}
