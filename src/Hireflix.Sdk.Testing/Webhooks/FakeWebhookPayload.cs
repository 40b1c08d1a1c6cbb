using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Hireflix.Sdk.Testing.Internal;

namespace Hireflix.Sdk.Testing.Webhooks;

/// <summary>Writes the delivery envelope Hireflix documents (event, date, data) without reflection.</summary>
internal static class FakeWebhookPayload
{
    // Like Hireflix's Node.js sender: no \uXXXX escaping of non-ASCII names (the body is JSON, never HTML).
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(string eventName, string interviewId, string positionId, string? positionName, InterviewView? interview, long date)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("event", eventName);
            json.WriteStartObject("data");
            json.WriteString("id", interviewId);
            json.WriteStartObject("position");
            json.WriteString("id", interview?.PositionId ?? positionId);
            WriteNullable(json, "name", positionName);
            json.WriteEndObject();
            if (interview is not null)
            {
                WriteNullable(json, "externalId", interview.ExternalId);
                json.WriteString("status", Status(interview));
                json.WriteString("hash", interview.Hash);
                json.WriteNumber("createdAt", interview.CreatedAt);
                WriteNullable(json, "completed", interview.Completed);
                json.WriteStartObject("candidate");
                json.WriteString("name", interview.Candidate.Name);
                json.WriteString("firstName", interview.Candidate.FirstName);
                WriteNullable(json, "lastName", interview.Candidate.LastName);
                json.WriteString("email", interview.Candidate.Email);
                WriteNullable(json, "phone", interview.Candidate.Phone);
                json.WriteEndObject();
                json.WriteStartObject("url");
                json.WriteString("short", interview.Url.Short);
                json.WriteString("private", interview.Url.Private);
                json.WriteString("public", interview.Url.Public);
                json.WriteEndObject();
                if (interview.Score?.Value is { } score)
                {
                    json.WriteNumber("score", score);
                }
                else
                {
                    json.WriteNull("score");
                }
            }

            json.WriteEndObject();
            json.WriteNumber("date", date);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary><c>pending</c>/<c>completed</c> (the API's raw status), or the stage once shortlisted or discarded.</summary>
    private static string Status(InterviewView interview) => interview.Stage switch
    {
        "shortlisted" or "discarded" => interview.Stage,
        _ => interview.Status,
    };

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
