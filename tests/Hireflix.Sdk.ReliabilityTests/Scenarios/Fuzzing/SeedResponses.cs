using Hireflix.Sdk.Operations;
using Hireflix.Sdk.Transport;

namespace Hireflix.Sdk.Reliability.Fuzzing;

/// <summary>One generated operation's parser and valid responses to mutate.</summary>
/// <param name="OperationName">The GraphQL operation.</param>
/// <param name="Seeds">Valid responses (the shapes Hireflix documents, every selected field present).</param>
/// <param name="Parse">The SDK's real parse path for the operation: <c>GraphQLResponseParser.Parse</c>.</param>
public sealed record FuzzTarget(string OperationName, IReadOnlyList<string> Seeds, Func<byte[], HttpResponseMessage, object> Parse);

/// <summary>Every generated operation, with documented valid responses.</summary>
public static class SeedResponses
{
    private const string Id = "68d4164f19367e041b2030c0";
    private const string PositionId = "68d53cf0a3d3c03c50f103c3";

    private const string Position = """
        {"id":"68d53cf0a3d3c03c50f103c3","name":"DevRel Manager","archived":1758806647378,"active":true,"description":"Grow the community","tags":["devrel","remote"],"createdAt":1758000000000,"updatedAt":1758806647378}
        """;

    private const string OpenPosition = """
        {"id":"68b43e38b19cf131a17c543f","name":"Social Media Manager","archived":null,"active":true,"description":null,"tags":[],"createdAt":1757000000000,"updatedAt":null}
        """;

    private const string Summary = """
        {"id":"68d4164f19367e041b2030c0","hash":"HQ2oCtTC","status":"completed","createdAt":1761566424331,"updatedAt":1761566500000,"completed":1761566600000,"completedAt":1761566600000,
         "shortlistedAt":null,"discardedAt":1760364046835,"externalId":"ats-42",
         "candidate":{"name":"Stef Jordens","firstName":"Stef","lastName":"Jordens","fullName":"Stef Jordens","email":"stef@example.com","phone":"+32470123456"},
         "url":{"public":"https://app.hireflix.com/HQ2oCtTC","short":"https://hflx.io/c/HQ2oCtTC","private":"https://admin.hireflix.com/interviews/68d4164f19367e041b2030c0"},
         "score":{"value":4.5}}
        """;

    private const string Reviewer = """{"id":"68d4164f19367e041b2030aa","name":"Michiel","email":"michiel@example.com"}""";

    private const string Scores = """
        [{"id":"68d4164f19367e041b2030ab","computedScore":0,"overriddenScore":{"value":4.5,"createdAt":1758830984015,"updatedAt":1760199630540},"scorer":
        """ + Reviewer + "}]";

    private const string Comments = """
        [{"id":"68d4164f19367e041b2030ac","text":"Great communicator","createdAt":1758830984015,"updatedAt":null,"author":
        """ + Reviewer + "}]";

    private const string Interview = """
        {"id":"68d4164f19367e041b2030c0","hash":"HQ2oCtTC","status":"completed","createdAt":1761566424331,"updatedAt":1761566500000,"completed":1761566600000,"completedAt":1761566600000,
         "shortlistedAt":1761566700000,"discardedAt":null,"expires":1769566424331,"externalId":"ats-42","thumbnail":"https://cdn.hireflix.com/t/1.jpg",
         "userMetadata":{"atsCandidateId":"c-42","tags":["senior",{"level":2}],"score":null},
         "candidate":{"name":"Stef Jordens","firstName":"Stef","lastName":"Jordens","fullName":"Stef Jordens","email":"stef@example.com","phone":null},
         "position":{"id":"68d53cf0a3d3c03c50f103c3","name":"DevRel Manager"},
         "url":{"public":"https://app.hireflix.com/HQ2oCtTC","short":"https://hflx.io/c/HQ2oCtTC","private":null},
         "externalLink":{"url":"https://shared.hireflix.com/interview/b1a00e3f-3188-4191-8923-b5aba36f719a","expires":1790000000000},
         "questions":[
           {"id":"q1","title":"Tell us about yourself","description":null,"answered":true,"answer":{"id":"a1","url":"https://video.hireflix.com/a1.mp4","thumbnail":"https://cdn.hireflix.com/a1.jpg",
             "transcription":{"languageCode":"en","text":"Hello, I am Stef.","words":[{"text":"Hello","start":0.0,"end":0.4},{"text":"I","start":0.5,"end":0.6},{"text":"am","start":0.6,"end":0.8},{"text":"Stef","start":0.8,"end":1.2}]}}},
           {"id":"q2","title":"Why us?","description":"Two minutes","answered":false,"answer":null}],
         "score":{"value":4.5},
         "scores":
        """ + Scores + ",\"comments\":" + Comments + "}";

    private static string Errors(string path) => """{"errors":[{"message":"Variable \"$id\" of type \"ID!\" used in position expecting type \"String!\".","locations":[{"line":1,"column":20}],"path":["""
        + "\"" + path + "\"" + """],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}],"data":null}""";

    private static string InviteError(string type, string alias, int code) =>
        "{\"data\":{\"inviteCandidateToInterview\":{\"__typename\":\"" + type + "\",\"code\":" + code + ",\"name\":\"" + type + "\",\"" + alias + "\":\"Something about " + type + "\"}}}";

    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("GetPositions", ["{\"data\":{\"positions\":[" + Position + "," + OpenPosition + ",null]}}", """{"data":{"positions":[]}}""", Errors("positions")],
            (b, r) => GraphQLResponseParser.Parse(new GetPositionsQuery(), b, r, TimeProvider.System)),
        new("GetPosition", ["{\"data\":{\"position\":" + Position + "}}", """{"data":{"position":null}}""", """{"message":"Unauthorized"}"""],
            (b, r) => GraphQLResponseParser.Parse(new GetPositionQuery { Id = PositionId }, b, r, TimeProvider.System)),
        new("RenamePosition", ["{\"data\":{\"Position\":{\"save\":" + OpenPosition + "}}}"],
            (b, r) => GraphQLResponseParser.Parse(new RenamePositionMutation { Id = PositionId, Name = "New" }, b, r, TimeProvider.System)),
        new("ArchivePosition",
            [
                "{\"data\":{\"archivePosition\":{\"__typename\":\"MutationArchivePositionSuccess\",\"data\":" + Position + "}}}",
                """{"data":{"archivePosition":{"__typename":"PositionNotFoundError","code":404,"name":"PositionNotFoundError","positionNotFoundMessage":"Position not found"}}}""",
            ],
            (b, r) => GraphQLResponseParser.Parse(new ArchivePositionMutation { Id = PositionId }, b, r, TimeProvider.System)),
        new("DeletePosition", ["""{"data":{"Position":{"delete":true}}}""", """{"data":{"Position":null}}"""],
            (b, r) => GraphQLResponseParser.Parse(new DeletePositionMutation { Id = PositionId }, b, r, TimeProvider.System)),
        new("InviteCandidate",
            [
                "{\"data\":{\"inviteCandidateToInterview\":{\"__typename\":\"InterviewType\"," + Summary.Trim()[1..] + "}}",
                InviteError("ExceededInvitesThisPeriodError", "exceededInvitesMessage", 403),
                InviteError("InterviewAlreadyExistsInPositionError", "alreadyExistsMessage", 409),
                InviteError("InterviewExternalIdAlreadyExistsInPositionError", "externalIdExistsMessage", 409),
                InviteError("PositionNotFoundError", "positionNotFoundMessage", 404),
                InviteError("PositionNotReadyToAcceptInvitesError", "positionNotReadyMessage", 400),
                """{"data":{"inviteCandidateToInterview":{"__typename":"ValidationError","code":400,"name":"ValidationError","validationMessage":"Invalid input","fieldErrors":[{"flattenedPath":"candidate.email","message":"Invalid email"},{"flattenedPath":null,"message":null}]}}}""",
            ],
            (b, r) => GraphQLResponseParser.Parse(new InviteCandidateMutation { Input = new() { PositionId = PositionId, Candidate = new() { FirstName = "Ada", Email = "ada@example.com" } } }, b, r, TimeProvider.System)),
        new("FindInterviewByEmail", ["{\"data\":{\"position\":{\"interviewList\":{\"results\":[" + Summary + "]}}}}"],
            (b, r) => GraphQLResponseParser.Parse(new FindInterviewByEmailQuery { PositionId = PositionId, Email = "stef@example.com" }, b, r, TimeProvider.System)),
        new("GetInterview", ["{\"data\":{\"interview\":" + Interview + "}}", """{"data":{"interview":null}}"""],
            (b, r) => GraphQLResponseParser.Parse(new GetInterviewQuery { Id = Id }, b, r, TimeProvider.System)),
        new("GetInterviewSessionDetails", ["""{"data":{"interview":{"id":"68d4164f19367e041b2030c0","ipAddresses":["203.0.113.10"],"userAgents":["Mozilla/5.0"],"thumbnails":["https://media.hireflix.com/a.jpg"],"steps":[{"__typename":"InterviewStepTextQuestionWithVideoAnswer","textStepId":"q1","textStepIndex":0,"textStepTitle":"Why us?","textAnswers":[{"__typename":"InterviewStepTextQuestionWithVideoAnswerAnswer"}]},{"__typename":"InterviewStepVideoQuestionWithVideoAnswer","videoStepId":"q2","videoStepIndex":1,"videoStepTitle":"A video question","videoAnswers":[]}]}}}""", """{"data":{"interview":null}}"""],
            (b, r) => GraphQLResponseParser.Parse(new GetInterviewSessionDetailsQuery { Id = Id }, b, r, TimeProvider.System)),
        new("ListInterviews", ["{\"data\":{\"position\":{\"interviewList\":{\"results\":[" + Summary + "," + Summary + "],\"lastCursor\":\"Y3Vyc29yOjI=\",\"count\":2,\"total\":7}}}}"],
            (b, r) => GraphQLResponseParser.Parse(new ListInterviewsQuery { PositionId = PositionId, Limit = 2, LastCursor = null }, b, r, TimeProvider.System)),
        new("ListInterviewsByStage", ["{\"data\":{\"position\":{\"interviewList\":{\"results\":[" + Summary + "],\"lastCursor\":\"Y3Vyc29yOjE=\",\"count\":1,\"total\":1}}}}"],
            (b, r) => GraphQLResponseParser.Parse(new ListInterviewsByStageQuery { PositionId = PositionId, Stage = Models.InterviewListStatus.ToEvaluate, Limit = 2, LastCursor = "x" }, b, r, TimeProvider.System)),
        new("ScoreInterview", ["{\"data\":{\"Interview\":{\"score\":{\"id\":\"" + Id + "\",\"score\":{\"value\":4.5},\"scores\":" + Scores + "}}}}"],
            (b, r) => GraphQLResponseParser.Parse(new ScoreInterviewMutation { Id = Id, Score = 4.5 }, b, r, TimeProvider.System)),
        new("ClearInterviewScore", ["{\"data\":{\"Interview\":{\"score\":{\"id\":\"" + Id + "\",\"score\":null,\"scores\":" + Scores + "}}}}"],
            (b, r) => GraphQLResponseParser.Parse(new ClearInterviewScoreMutation { Id = Id }, b, r, TimeProvider.System)),
        new("CommentInterview", ["{\"data\":{\"Interview\":{\"comment\":{\"id\":\"" + Id + "\",\"comments\":" + Comments + "}}}}"],
            (b, r) => GraphQLResponseParser.Parse(new CommentInterviewMutation { Id = Id, Comment = "ok" }, b, r, TimeProvider.System)),
        new("SetInterviewShortlisted", ["{\"data\":{\"Interview\":{\"finalist\":" + Summary + "}}}"],
            (b, r) => GraphQLResponseParser.Parse(new SetInterviewShortlistedMutation { Id = Id, Finalist = true }, b, r, TimeProvider.System)),
        new("SetInterviewDiscarded", ["{\"data\":{\"Interview\":{\"archive\":" + Summary + "}}}"],
            (b, r) => GraphQLResponseParser.Parse(new SetInterviewDiscardedMutation { Id = Id, Archive = true }, b, r, TimeProvider.System)),
        new("ShareInterview", ["""{"data":{"Interview":{"share":{"id":"68d4164f19367e041b2030c0","externalId":"YOUR_SYSTEM_ID","externalLink":{"url":"https://shared.hireflix.com/interview/b1a00e3f-3188-4191-8923-b5aba36f719a","expires":1790000000000}}}}}"""],
            (b, r) => GraphQLResponseParser.Parse(new ShareInterviewMutation { Id = Id, DurationInDays = 365 }, b, r, TimeProvider.System)),
    ];
}
