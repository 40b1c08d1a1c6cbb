
namespace Hireflix.Sdk.Models;

/// <summary>The models of the ATS calls: bulk invite outcomes and progress, session details.</summary>
public static partial class HireflixModelFactory
{
    /// <summary>A bulk invite candidate's success (<see cref="InterviewsClient.InviteManyAsync"/>).</summary>
    /// <param name="index">The candidate's position in the input.</param>
    /// <param name="candidate">The candidate as given; a valid one when null.</param>
    /// <param name="invitation">The invitation; a pending interview for the candidate's e-mail when null.</param>
    /// <returns>The outcome.</returns>
    /// <example>
    /// <code>
    /// var outcomes = new[] { HireflixModelFactory.BulkInviteSuccess(0), HireflixModelFactory.BulkInviteFailure(1, new InvitesQuotaExceededException(402, "Quota")) };
    /// </code>
    /// </example>
    public static BulkInviteOutcome BulkInviteSuccess(int index = 0, CandidateInvite? candidate = null, CandidateInvitation? invitation = null)
    {
        var who = candidate ?? DefaultInvite(index);
        return new BulkInviteOutcome(index, who, invitation ?? CandidateInvitation(InterviewSummary(stage: InterviewStage.Pending, candidate: Candidate(firstName: who.FirstName, lastName: who.LastName, email: who.Email))), null);
    }

    /// <summary>A bulk invite candidate's failure.</summary>
    /// <param name="index">The candidate's position in the input.</param>
    /// <param name="error">The error for this candidate.</param>
    /// <param name="candidate">The candidate as given; a valid one when null.</param>
    /// <returns>The outcome.</returns>
    public static BulkInviteOutcome BulkInviteFailure(int index, HireflixException error, CandidateInvite? candidate = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new BulkInviteOutcome(index, candidate ?? DefaultInvite(index), null, error);
    }

    /// <summary>A bulk invite's progress report.</summary>
    /// <param name="completed">Candidates with an outcome.</param>
    /// <param name="total">Candidates in all.</param>
    /// <param name="failed">Of <paramref name="completed"/>, those that failed.</param>
    /// <returns>The report.</returns>
    public static BulkInviteProgress BulkInviteProgress(int completed, int total, int failed = 0) => new(completed, total, completed - failed, failed);

    /// <summary>An interview's session details (<see cref="InterviewsClient.GetSessionDetailsAsync"/>).</summary>
    /// <param name="interviewId">The interview's id; a new one when null.</param>
    /// <param name="ipAddresses">The session's addresses; one documentation address when null.</param>
    /// <param name="userAgents">The session's user agents; one desktop browser when null.</param>
    /// <param name="steps">The steps; two answered text-question steps from the first address and user agent when null.</param>
    /// <returns>The details.</returns>
    /// <example>
    /// <code>
    /// var details = HireflixModelFactory.InterviewSessionDetails(ipAddresses: ["198.51.100.7", "203.0.113.9"]);
    /// </code>
    /// </example>
    public static InterviewSessionDetails InterviewSessionDetails(
        string? interviewId = null,
        IEnumerable<string>? ipAddresses = null,
        IEnumerable<string>? userAgents = null,
        IEnumerable<InterviewSessionStep>? steps = null)
    {
        var ips = ipAddresses?.ToArray() ?? ["203.0.113.10"];
        var agents = userAgents?.ToArray() ?? ["Mozilla/5.0 (X11; Linux x86_64)"];
        var list = steps?.ToArray() ?? [.. Enumerable.Range(0, 2).Select(i => InterviewSessionStep(index: i, answers: [InterviewStepAnswer(agents.FirstOrDefault(), ips.FirstOrDefault())]))];
        var id = interviewId ?? NewId();
        return new InterviewSessionDetails(id, ips, agents, [.. list.Select((_, i) => $"https://media.example.com/{id}/{i}.jpg")], list);
    }

    /// <summary>One step of <see cref="InterviewSessionDetails"/>.</summary>
    /// <param name="id">The step's id; a new one when null.</param>
    /// <param name="index">Its position, from 0.</param>
    /// <param name="title">The question.</param>
    /// <param name="stepType">Hireflix's step type.</param>
    /// <param name="answers">Its answers; none when null.</param>
    /// <returns>The step.</returns>
    public static InterviewSessionStep InterviewSessionStep(
        string? id = null,
        int index = 0,
        string? title = "Tell us about yourself.",
        string stepType = "InterviewStepTextQuestionWithVideoAnswer",
        IEnumerable<InterviewStepAnswer>? answers = null) =>
        new(id ?? NewId(), index, title, stepType, answers?.ToArray() ?? []);

    /// <summary>One answer of a step.</summary>
    /// <param name="userAgent">The browser's user agent.</param>
    /// <param name="ip">The address.</param>
    /// <param name="answerType">Hireflix's answer type, as a server reports it.</param>
    /// <returns>The answer.</returns>
    public static InterviewStepAnswer InterviewStepAnswer(string? userAgent = "Mozilla/5.0 (X11; Linux x86_64)", string? ip = "203.0.113.10", string answerType = "InterviewStepTextQuestionWithVideoAnswerAnswer") =>
        new(answerType, userAgent, ip);

    private static CandidateInvite DefaultInvite(int index) => new() { FirstName = "Ada", LastName = "Lovelace", Email = $"candidate{index}@example.com" };
}
