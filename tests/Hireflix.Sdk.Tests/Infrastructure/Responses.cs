namespace Hireflix.Sdk.Tests.Infrastructure;

/// <summary>Response bodies as Hireflix documents them (or built from the documented fields).</summary>
internal static class Responses
{
    public const string Positions = """
        {"data":{"positions":[
          {"id":"68d53cf0a3d3c03c50f103c3","name":"DevRel Manager","archived":1758806647378,"active":true,"description":null,"tags":["devrel"],"createdAt":1758000000000,"updatedAt":1758806647378},
          {"id":"68b43e38b19cf131a17c543f","name":"Social Media Manager","archived":null,"active":true,"description":"Grow our channels","tags":[],"createdAt":1757000000000,"updatedAt":null}
        ]}}
        """;

    public const string InterviewSummaryJson = """
        {"id":"68d4164f19367e041b2030c0","hash":"HQ2oCtTC","status":"pending","createdAt":1761566424331,"updatedAt":null,"completed":null,"completedAt":null,
         "shortlistedAt":null,"discardedAt":null,"externalId":"ats-42",
         "candidate":{"name":"Stef Jordens","firstName":"Stef","lastName":"Jordens","fullName":"Stef Jordens","email":"stef@example.com","phone":null},
         "url":{"public":"https://app.hireflix.com/HQ2oCtTC","short":"https://hflx.io/c/HQ2oCtTC","private":null},
         "score":null}
        """;

    public static string InviteSuccess => """{"data":{"inviteCandidateToInterview":{"__typename":"InterviewType",""" + (InterviewSummaryJson.Trim()[1..]) + "}}";

    public static string InviteError(string typeName, string alias, int code, string message, string extra = "") =>
        "{\"data\":{\"inviteCandidateToInterview\":{\"__typename\":\"" + typeName + "\",\"code\":" + code + ",\"name\":\"" + typeName + "\",\"" + alias + "\":\"" + message + "\"" + extra + "}}}";
}
