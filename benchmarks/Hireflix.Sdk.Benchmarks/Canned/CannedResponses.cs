using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Hireflix.Sdk.Benchmarks.Canned;

/// <summary>
/// The response bodies every client under test reads: built once, deterministically, in the exact shape the
/// SDK's operations select (Operations/*.graphql), so the SDK's generated readers, the source-generated DTOs,
/// JsonNode and the raw reader all see the same bytes.
/// </summary>
internal static class CannedResponses
{
    public const string PositionId = "5f9d88b9c8e4a3a1b2c3d4e5";
    public const string InterviewId = "60a1b2c3d4e5f60718293a4b";
    public const int PositionCount = 50;
    public const int PageSize = 100;
    public const int Questions = 20;
    public const int WordsPerAnswer = 2000;
    public const int ReviewerScores = 3;

    private const long BaseMillis = 1_700_000_000_000;

    private static readonly string[] Words =
    [
        "I", "have", "worked", "on", "distributed", "systems", "for", "five", "years", "and", "led", "a", "team",
        "of", "engineers", "building", "payment", "APIs", "the", "hardest", "part", "was", "scaling", "our", "queue",
        "so", "we", "moved", "to", "partitioned", "topics", "with", "idempotent", "consumers", "which", "cut", "latency",
    ];

    private static readonly string[] FirstNames = ["Ada", "Grace", "Alan", "Barbara", "Edsger", "Margaret", "Donald", "Frances", "Ken", "Radia"];
    private static readonly string[] LastNames = ["Lovelace", "Hopper", "Turing", "Liskov", "Dijkstra", "Hamilton", "Knuth", "Allen", "Thompson", "Perlman"];

    /// <summary>GetPositions: <see cref="PositionCount"/> positions.</summary>
    public static byte[] Positions() => Write(w =>
    {
        w.WriteStartObject("data");
        w.WriteStartArray("positions");
        for (var i = 0; i < PositionCount; i++)
        {
            w.WriteStartObject();
            w.WriteString("id", Id(0x100 + i));
            w.WriteString("name", $"Senior Backend Engineer #{i} (Remote, EU)");
            if (i % 7 == 3)
            {
                w.WriteNumber("archived", BaseMillis + (i * 86_400_000L));
            }
            else
            {
                w.WriteNull("archived");
            }

            w.WriteBoolean("active", i % 7 != 3);
            w.WriteString("description", "We are looking for an engineer who enjoys building reliable services, mentoring colleagues and owning features from design to production.");
            w.WriteStartArray("tags");
            w.WriteStringValue("backend");
            w.WriteStringValue("remote");
            w.WriteStringValue(i % 2 == 0 ? "senior" : "staff");
            w.WriteEndArray();
            w.WriteNumber("createdAt", BaseMillis + (i * 3_600_000L));
            w.WriteNumber("updatedAt", BaseMillis + (i * 3_600_000L) + 60_000);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>ListInterviews: one page of <paramref name="count"/> interviews with <paramref name="cursor"/> as the next cursor.</summary>
    public static byte[] InterviewPage(int pageIndex, int count, string cursor, int total) => Write(w =>
    {
        w.WriteStartObject("data");
        w.WriteStartObject("position");
        w.WriteStartObject("interviewList");
        w.WriteStartArray("results");
        for (var i = 0; i < count; i++)
        {
            WriteInterviewSummary(w, (pageIndex * PageSize) + i);
        }

        w.WriteEndArray();
        w.WriteString("lastCursor", cursor);
        w.WriteNumber("count", count);
        w.WriteNumber("total", total);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary>The cursor a page of the paging sequence returns.</summary>
    public static string CursorAfter(int pageIndex) => $"eyJjcmVhdGVkQXQiOjE3MDAwMDAwMDAwMDAsImlkIjoi{pageIndex:D6}In0";

    /// <summary>GetInterview: one interview with <see cref="Questions"/> answered questions of <see cref="WordsPerAnswer"/> timed words each.</summary>
    public static byte[] InterviewResults() => Write(w =>
    {
        w.WriteStartObject("data");
        w.WriteStartObject("interview");
        w.WriteString("id", InterviewId);
        w.WriteString("hash", "a1b2c3d4");
        w.WriteString("status", "completed");
        w.WriteNumber("createdAt", BaseMillis);
        w.WriteNumber("updatedAt", BaseMillis + 7_200_000);
        w.WriteNumber("completed", BaseMillis + 3_600_000);
        w.WriteNumber("completedAt", BaseMillis + 3_600_000);
        w.WriteNull("shortlistedAt");
        w.WriteNull("discardedAt");
        w.WriteNumber("expires", BaseMillis + (30L * 86_400_000));
        w.WriteString("externalId", "ats-application-42");
        w.WriteString("thumbnail", "https://cdn.hireflix.com/thumbnails/60a1b2c3d4e5f60718293a4b.jpg");
        w.WriteStartObject("userMetadata");
        w.WriteString("ats", "greenhouse");
        w.WriteString("requisition", "R-1042");
        w.WriteNumber("round", 2);
        w.WriteEndObject();
        WriteCandidate(w, 42);
        w.WriteStartObject("position");
        w.WriteString("id", PositionId);
        w.WriteString("name", "Senior Backend Engineer");
        w.WriteEndObject();
        WriteUrl(w, InterviewId);
        w.WriteStartObject("externalLink");
        w.WriteString("url", "https://app.hireflix.com/share/60a1b2c3d4e5f60718293a4b?t=abcdef");
        w.WriteNumber("expires", BaseMillis + (365L * 86_400_000));
        w.WriteEndObject();
        w.WriteStartArray("questions");
        for (var q = 0; q < Questions; q++)
        {
            w.WriteStartObject();
            w.WriteString("id", Id(0x2000 + q));
            w.WriteString("title", $"Question {q + 1}: tell us about a system you designed.");
            w.WriteString("description", "Take a minute to think, then answer in up to three minutes.");
            w.WriteBoolean("answered", true);
            w.WriteStartObject("answer");
            w.WriteString("id", Id(0x3000 + q));
            w.WriteString("url", $"https://cdn.hireflix.com/answers/{Id(0x3000 + q)}.mp4");
            w.WriteString("thumbnail", $"https://cdn.hireflix.com/answers/{Id(0x3000 + q)}.jpg");
            w.WriteStartObject("transcription");
            w.WriteString("languageCode", "en-US");
            var text = new System.Text.StringBuilder();
            for (var i = 0; i < WordsPerAnswer; i++)
            {
                text.Append(Words[(q + i) % Words.Length]).Append(' ');
            }

            w.WriteString("text", text.ToString(0, text.Length - 1));
            w.WriteStartArray("words");
            for (var i = 0; i < WordsPerAnswer; i++)
            {
                var start = i * 0.37;
                w.WriteStartObject();
                w.WriteString("text", Words[(q + i) % Words.Length]);
                w.WriteNumber("start", Math.Round(start, 2));
                w.WriteNumber("end", Math.Round(start + 0.31, 2));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("score");
        w.WriteNumber("value", 4.2);
        w.WriteEndObject();
        WriteReviewerScores(w);
        w.WriteStartArray("comments");
        for (var c = 0; c < 3; c++)
        {
            w.WriteStartObject();
            w.WriteString("id", Id(0x4000 + c));
            w.WriteString("text", "Clear, structured answers; strong on trade-offs.");
            w.WriteNumber("createdAt", BaseMillis + (c * 60_000L));
            w.WriteNumber("updatedAt", BaseMillis + (c * 60_000L));
            WriteReviewer(w, "author", c);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    });

    /// <summary>ScoreInterview: the interview's scores after the change.</summary>
    public static byte[] Score() => Write(w =>
    {
        w.WriteStartObject("data");
        w.WriteStartObject("Interview");
        w.WriteStartObject("score");
        w.WriteString("id", InterviewId);
        w.WriteStartObject("score");
        w.WriteNumber("value", 4.5);
        w.WriteEndObject();
        WriteReviewerScores(w);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    });

    private static void WriteInterviewSummary(Utf8JsonWriter w, int n)
    {
        var id = Id(0x10000 + n);
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("hash", n.ToString("x8", CultureInfo.InvariantCulture));
        w.WriteString("status", n % 3 == 0 ? "pending" : "completed");
        w.WriteNumber("createdAt", BaseMillis - (n * 60_000L));
        w.WriteNumber("updatedAt", BaseMillis - (n * 60_000L) + 30_000);
        if (n % 3 == 0)
        {
            w.WriteNull("completed");
            w.WriteNull("completedAt");
        }
        else
        {
            w.WriteNumber("completed", BaseMillis - (n * 60_000L) + 20_000);
            w.WriteNumber("completedAt", BaseMillis - (n * 60_000L) + 20_000);
        }

        if (n % 5 == 1)
        {
            w.WriteNumber("shortlistedAt", BaseMillis - (n * 60_000L) + 25_000);
        }
        else
        {
            w.WriteNull("shortlistedAt");
        }

        w.WriteNull("discardedAt");
        w.WriteString("externalId", $"ats-{n}");
        WriteCandidate(w, n);
        WriteUrl(w, id);
        w.WriteStartObject("score");
        w.WriteNumber("value", 3.5 + (n % 4 * 0.5));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteCandidate(Utf8JsonWriter w, int n)
    {
        var first = FirstNames[n % FirstNames.Length];
        var last = LastNames[(n / FirstNames.Length) % LastNames.Length];
        w.WriteStartObject("candidate");
        w.WriteString("name", $"{first} {last}");
        w.WriteString("firstName", first);
        w.WriteString("lastName", last);
        w.WriteString("fullName", $"{first} {last}");
        w.WriteString("email", $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}+{n}@example.com");
        w.WriteString("phone", $"+1415555{n % 10000:D4}");
        w.WriteEndObject();
    }

    private static void WriteUrl(Utf8JsonWriter w, string id)
    {
        w.WriteStartObject("url");
        w.WriteString("public", $"https://app.hireflix.com/{id}");
        w.WriteString("short", $"https://hflx.io/{id[..8]}");
        w.WriteString("private", $"https://admin.hireflix.com/interviews/{id}");
        w.WriteEndObject();
    }

    private static void WriteReviewerScores(Utf8JsonWriter w)
    {
        w.WriteStartArray("scores");
        for (var s = 0; s < ReviewerScores; s++)
        {
            w.WriteStartObject();
            w.WriteString("id", Id(0x5000 + s));
            w.WriteNumber("computedScore", 4.0 + (s * 0.5));
            if (s == 0)
            {
                w.WriteStartObject("overriddenScore");
                w.WriteNumber("value", 4.5);
                w.WriteNumber("createdAt", BaseMillis);
                w.WriteNumber("updatedAt", BaseMillis + 1000);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("overriddenScore");
            }

            WriteReviewer(w, "scorer", s);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteReviewer(Utf8JsonWriter w, string property, int n)
    {
        w.WriteStartObject(property);
        w.WriteString("id", Id(0x6000 + n));
        w.WriteString("name", $"Reviewer {n}");
        w.WriteString("email", $"reviewer{n}@acme.example");
        w.WriteEndObject();
    }

    private static string Id(int n) => $"6{n:x7}{n * 7919 % 0xFFFFFF:x6}abcdef0123";

    private static byte[] Write(Action<Utf8JsonWriter> writeData)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeData(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
