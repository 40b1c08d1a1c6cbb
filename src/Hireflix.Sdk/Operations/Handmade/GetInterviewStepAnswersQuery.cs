using System.Text;
using System.Text.Json;
using Hireflix.Sdk.Transport;

namespace Hireflix.Sdk.Operations;

/// <summary>
/// The per-answer user agent and IP of an interview's steps. Step answers are unions whose member type names no
/// evidence proves, and fields on a union can only be selected under <c>... on Member</c>. So this document is built
/// from the member names the server itself has just reported (<c>__typename</c> in <see cref="GetInterviewSessionDetailsQuery"/>'s
/// answer): it names no type this server lacks. Every other name in it is documented (<c>steps(input:)</c>,
/// the two step members, <c>answers(input:{onlyMostRecent})</c>, <c>userAgent</c>, <c>ip</c>).
/// </summary>
internal sealed class GetInterviewStepAnswersQuery : IHireflixOperation<GetInterviewStepAnswersQuery.Data>
{
    public const string Name = "GetInterviewStepAnswers";

    public const string TextStep = "InterviewStepTextQuestionWithVideoAnswer";

    public const string VideoStep = "InterviewStepVideoQuestionWithVideoAnswer";

    private static readonly JsonEncodedText s_encodedName = JsonEncodedText.Encode(Name);

    public GetInterviewStepAnswersQuery(string id, IReadOnlyCollection<string> textAnswerTypes, IReadOnlyCollection<string> videoAnswerTypes)
    {
        Id = id;
        var steps = new List<WireSelection> { Leaf("__typename", "InterviewStep", "__typename") };
        if (textAnswerTypes.Count > 0)
        {
            steps.Add(StepMember(TextStep, "text", textAnswerTypes));
        }

        if (videoAnswerTypes.Count > 0)
        {
            steps.Add(StepMember(VideoStep, "video", videoAnswerTypes));
        }

        var interview = new WireSelection(false, "interview(id:$id)", "Query", "interview", "GetInterviewStepAnswers.Data.Interview", false,
            [new WireSelection(false, "steps(input:{})", "InterviewType", "steps", "GetInterviewStepAnswers.Data.Interview.Steps", false, [.. steps])]);
        var header = $"query {Name}($id:String!)";
        var text = new WireDocument(Name, string.Empty, header, [interview]).Print([]);
        Wire = new WireDocument(Name, text, header, [interview]);
        EncodedDocument = JsonEncodedText.Encode(text);
    }

    public string Id { get; }

    public string OperationName => Name;

    public HireflixOperationKind Kind => HireflixOperationKind.Query;

    public bool IsIdempotent => true;

    public JsonEncodedText EncodedOperationName => s_encodedName;

    public JsonEncodedText EncodedDocument { get; }

    public WireDocument Wire { get; }

    /// <summary>Only names a GraphQL server could have reported: nothing else may reach the document.</summary>
    public static bool IsGraphQLName(string? name) =>
        !string.IsNullOrEmpty(name) && !(name![0] is >= '0' and <= '9') && name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_');

    public void WriteVariables(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, Id);
        writer.WriteEndObject();
    }

    public Data ReadData(ref Utf8JsonReader reader)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var steps = new List<Step>();
        if (document.RootElement.TryGetProperty("interview", out var interview) && interview.ValueKind == JsonValueKind.Object
            && interview.TryGetProperty("steps", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var step in list.EnumerateArray())
            {
                steps.Add(step.ValueKind != JsonValueKind.Object ? new Step(null, null, []) : ReadStep(step));
            }
        }

        return new Data(document.RootElement.TryGetProperty("interview", out var found) && found.ValueKind == JsonValueKind.Object, steps);
    }

    private static Step ReadStep(JsonElement step)
    {
        string? id = null;
        var answers = new List<(string Type, string? UserAgent, string? Ip)>();
        foreach (var prefix in new[] { "text", "video" })
        {
            if (step.TryGetProperty(prefix + "StepId", out var idValue) && idValue.ValueKind == JsonValueKind.String)
            {
                id = idValue.GetString();
            }

            if (step.TryGetProperty(prefix + "Answers", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var answer in items.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object))
                {
                    answers.Add((String(answer, "__typename") ?? string.Empty, String(answer, "userAgent"), String(answer, "ip")));
                }
            }
        }

        return new Step(String(step, "__typename"), id, answers);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static WireSelection StepMember(string member, string prefix, IReadOnlyCollection<string> answerTypes)
    {
        var owner = $"GetInterviewStepAnswers.Data.Interview.Steps.{member}";
        var answerMembers = new List<WireSelection> { Leaf("__typename", "InterviewStepAnswer", "__typename") };
        foreach (var type in answerTypes)
        {
            answerMembers.Add(new WireSelection(true, "... on " + type, type, string.Empty, $"{owner}.Answers.{type}", false,
                [Leaf("userAgent", type, "userAgent"), Leaf("ip", type, "ip")]));
        }

        return new WireSelection(true, "... on " + member, member, string.Empty, owner, false,
        [
            new WireSelection(false, $"{prefix}StepId:id", member, "id", owner + ".Id", false, null),
            new WireSelection(false, $"{prefix}Answers:answers(input:{{onlyMostRecent:false}})", member, "answers", owner + ".Answers", false, [.. answerMembers]),
        ]);
    }

    private static WireSelection Leaf(string field, string parent, string member) => new(false, field, parent, field, member, false, null);

    /// <summary>The answers of each step, in the order Hireflix lists the steps.</summary>
    internal sealed record Data(bool InterviewFound, IReadOnlyList<Step> Steps);

    internal sealed record Step(string? TypeName, string? Id, IReadOnlyList<(string Type, string? UserAgent, string? Ip)> Answers);
}
