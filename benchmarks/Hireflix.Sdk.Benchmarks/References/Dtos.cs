using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hireflix.Sdk.Benchmarks.References;

// Hand-written DTOs for exactly the fields the SDK's operations select, as a careful integration writes them:
// mutable properties and List<T>, the shapes System.Text.Json reads fastest (init-only or required members make
// it treat an object like a parameterised constructor, which buffers the whole object before binding it).
// The tuned reference reads them with the source-generated ReferenceJsonContext; the typical reference with
// reflection (JsonSerializerDefaults.Web). Hireflix dates are epoch milliseconds, hence the converter.

public sealed class GraphQLRequest<TVariables>
{
    public string Query { get; set; } = "";

    public string OperationName { get; set; } = "";

    public TVariables Variables { get; set; } = default!;
}

public sealed class GraphQLResponse<TData>
{
    public TData? Data { get; set; }

    public List<GraphQLErrorDto>? Errors { get; set; }
}

public sealed class GraphQLErrorDto
{
    public string? Message { get; set; }
}

public sealed class IdVariables
{
    public string Id { get; set; } = "";
}

public sealed class ScoreVariables
{
    public string Id { get; set; } = "";

    public double? Score { get; set; }
}

public sealed class ListInterviewsVariables
{
    public string PositionId { get; set; } = "";

    public int Limit { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LastCursor { get; set; }
}

public sealed class EmptyVariables
{
}

public sealed class PositionsData
{
    public List<PositionDto?>? Positions { get; set; }
}

public sealed class PositionDto
{
    public string Id { get; set; } = "";

    public string? Name { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? Archived { get; set; }

    public bool? Active { get; set; }

    public string? Description { get; set; }

    public List<string?>? Tags { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }
}

public sealed class ListInterviewsData
{
    public PositionInterviewsDto? Position { get; set; }
}

public sealed class PositionInterviewsDto
{
    public InterviewListDto? InterviewList { get; set; }
}

public sealed class InterviewListDto
{
    public List<InterviewSummaryDto?>? Results { get; set; }

    public string? LastCursor { get; set; }

    public int? Count { get; set; }

    public int? Total { get; set; }
}

public sealed class InterviewSummaryDto
{
    public string Id { get; set; } = "";

    public string? Hash { get; set; }

    public string? Status { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? Completed { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CompletedAt { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? ShortlistedAt { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? DiscardedAt { get; set; }

    public string? ExternalId { get; set; }

    public CandidateDto? Candidate { get; set; }

    public InterviewLinksDto? Url { get; set; }

    public TeamScoreDto? Score { get; set; }
}

public sealed class CandidateDto
{
    public string? Name { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? FullName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}

public sealed class InterviewLinksDto
{
    public string? Public { get; set; }

    public string? Short { get; set; }

    public string? Private { get; set; }
}

public sealed class TeamScoreDto
{
    public double? Value { get; set; }
}

public sealed class GetInterviewData
{
    public InterviewDto? Interview { get; set; }
}

public sealed class InterviewDto
{
    public string Id { get; set; } = "";

    public string? Hash { get; set; }

    public string? Status { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? Completed { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CompletedAt { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? ShortlistedAt { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? DiscardedAt { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? Expires { get; set; }

    public string? ExternalId { get; set; }

    public string? Thumbnail { get; set; }

    public JsonElement? UserMetadata { get; set; }

    public CandidateDto? Candidate { get; set; }

    public PositionReferenceDto? Position { get; set; }

    public InterviewLinksDto? Url { get; set; }

    public ShareLinkDto? ExternalLink { get; set; }

    public List<InterviewQuestionDto?>? Questions { get; set; }

    public TeamScoreDto? Score { get; set; }

    public List<ReviewerScoreDto?>? Scores { get; set; }

    public List<InterviewCommentDto?>? Comments { get; set; }
}

public sealed class PositionReferenceDto
{
    public string Id { get; set; } = "";

    public string? Name { get; set; }
}

public sealed class ShareLinkDto
{
    public string? Url { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? Expires { get; set; }
}

public sealed class InterviewQuestionDto
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public bool? Answered { get; set; }

    public AnswerDto? Answer { get; set; }
}

public sealed class AnswerDto
{
    public string? Id { get; set; }

    public string? Url { get; set; }

    public string? Thumbnail { get; set; }

    public TranscriptionDto? Transcription { get; set; }
}

public sealed class TranscriptionDto
{
    public string? LanguageCode { get; set; }

    public string? Text { get; set; }

    public List<TranscriptionWordDto?>? Words { get; set; }
}

public sealed class TranscriptionWordDto
{
    public string? Text { get; set; }

    public double? Start { get; set; }

    public double? End { get; set; }
}

public sealed class ReviewerScoreDto
{
    public string? Id { get; set; }

    public double? ComputedScore { get; set; }

    public OverriddenScoreDto? OverriddenScore { get; set; }

    public ReviewerDto? Scorer { get; set; }
}

public sealed class OverriddenScoreDto
{
    public double? Value { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }
}

public sealed class ReviewerDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }
}

public sealed class InterviewCommentDto
{
    public string? Id { get; set; }

    public string? Text { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? UpdatedAt { get; set; }

    public ReviewerDto? Author { get; set; }
}

public sealed class ScoreInterviewData
{
    [JsonPropertyName("Interview")]
    public ScoreInterviewInterviewDto? Interview { get; set; }
}

public sealed class ScoreInterviewInterviewDto
{
    public InterviewScoresDto? Score { get; set; }
}

public sealed class InterviewScoresDto
{
    public string Id { get; set; } = "";

    public TeamScoreDto? Score { get; set; }

    public List<ReviewerScoreDto?>? Scores { get; set; }
}

/// <summary>Hireflix dates: epoch milliseconds.</summary>
public sealed class EpochMillisecondsConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64());

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteNumberValue(v.ToUnixTimeMilliseconds());
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>The tuned reference's source-generated metadata: fast-path writers for requests, generated readers for responses.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(GraphQLRequest<EmptyVariables>))]
[JsonSerializable(typeof(GraphQLRequest<IdVariables>))]
[JsonSerializable(typeof(GraphQLRequest<ScoreVariables>))]
[JsonSerializable(typeof(GraphQLRequest<ListInterviewsVariables>))]
[JsonSerializable(typeof(GraphQLResponse<PositionsData>))]
[JsonSerializable(typeof(GraphQLResponse<ListInterviewsData>))]
[JsonSerializable(typeof(GraphQLResponse<GetInterviewData>))]
[JsonSerializable(typeof(GraphQLResponse<ScoreInterviewData>))]
public sealed partial class ReferenceJsonContext : JsonSerializerContext
{
}
