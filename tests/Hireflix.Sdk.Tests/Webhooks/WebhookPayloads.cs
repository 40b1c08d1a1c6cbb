using System.Text;

namespace Hireflix.Sdk.Tests.Webhooks;

/// <summary>
/// Delivery bodies. <see cref="InterviewCreate"/> is the sample Hireflix documents (including its
/// literal "..." placeholder field); finish / status-change follow the shape a real receiver consumed; delete and
/// score-updated are not documented, so they reuse that shape (delete: id only; score: the API's score object).
/// </summary>
internal static class WebhookPayloads
{
    public const string InterviewId = "68ff5ed8b07cc148bddcae02";
    public const string CandidateEmail = "stef@gmail.com";
    public const string CandidateName = "Stef Jordens";

    public const string InterviewCreate =
        """
        {"event":"interview.create","data":{"id":"68ff5ed8b07cc148bddcae02","position":{"id":"68b43e38b19cf131a17c543f","name":"Social Media Manager"},
         "externalId":null,"status":"pending","hash":"25eXrLpj","createdAt":1761566424331,
         "candidate":{"name":"Stef Jordens","firstName":"Stef","lastName":"Jordens","email":"stef@gmail.com", "...": "…"}}}
        """;

    public const string InterviewFinish =
        """
        {"event":"interview.finish","data":{"id":"68ff5ed8b07cc148bddcae02","position":{"id":"68b43e38b19cf131a17c543f","name":"Social Media Manager"},
         "externalId":"ats-4711","status":"completed","completed":1761570024331,
         "candidate":{"name":"Stef Jordens","firstName":"Stef","lastName":"Jordens","email":"stef@gmail.com","phone":"+34600000000"},
         "url":{"short":"https://hflx.io/c/25eXrLpj","private":"https://admin.hireflix.com/en/interviews/68ff5ed8b07cc148bddcae02","public":"https://app.hireflix.com/25eXrLpj"}},
         "date":1761570025000}
        """;

    public const string InterviewStatusChangeShortlisted =
        """
        {"event":"interview.status-change","data":{"id":"68ff5ed8b07cc148bddcae02","position":{"id":"68b43e38b19cf131a17c543f","name":"Social Media Manager"},
         "externalId":"ats-4711","status":"shortlisted","completed":1761570024331,
         "candidate":{"name":"Stef Jordens","firstName":"Stef","lastName":"Jordens","email":"stef@gmail.com","phone":"+34600000000"},
         "url":{"short":"https://hflx.io/c/25eXrLpj","private":"https://admin.hireflix.com/en/interviews/68ff5ed8b07cc148bddcae02","public":"https://app.hireflix.com/25eXrLpj"}},
         "date":1761650000000}
        """;

    public const string InterviewScoreUpdated =
        """
        {"event":"interview.score-updated","data":{"id":"68ff5ed8b07cc148bddcae02","position":{"id":"68b43e38b19cf131a17c543f","name":"Social Media Manager"},
         "externalId":"ats-4711","status":"shortlisted","score":{"value":4.5,"type":"average"}},
         "date":1761660000000}
        """;

    public const string InterviewDelete =
        """
        {"event":"interview.delete","data":{"id":"68ff5ed8b07cc148bddcae02"},"date":1761670000000}
        """;

    public static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);
}
