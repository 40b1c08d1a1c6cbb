namespace Hireflix.Sdk.Models;

/// <summary>Where and with what a candidate answered an interview (for fraud checks).</summary>
/// <param name="InterviewId">The interview's id.</param>
/// <param name="IpAddresses">The session's IP addresses (Hireflix removes duplicates).</param>
/// <param name="UserAgents">The session's browser user agents.</param>
/// <param name="Thumbnails">A thumbnail image URL per answer video.</param>
/// <param name="Steps">The interview's steps, each with its answers' user agent and IP.</param>
public sealed record InterviewSessionDetails(
    string InterviewId,
    IReadOnlyList<string> IpAddresses,
    IReadOnlyList<string> UserAgents,
    IReadOnlyList<string> Thumbnails,
    IReadOnlyList<InterviewSessionStep> Steps)
{
    /// <summary>Describes the details without the addresses (they identify the candidate).</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() =>
        $"InterviewSessionDetails {{ InterviewId = {InterviewId}, IpAddresses = {IpAddresses.Count}, UserAgents = {UserAgents.Count}, Thumbnails = {Thumbnails.Count}, Steps = {Steps.Count} }}";
}

/// <summary>One step (question) of an interview, with its answers.</summary>
/// <param name="Id">The step's id.</param>
/// <param name="Index">The step's position in the interview, from 0.</param>
/// <param name="Title">The question.</param>
/// <param name="StepType">Hireflix's type for the step: <c>InterviewStepTextQuestionWithVideoAnswer</c> or <c>InterviewStepVideoQuestionWithVideoAnswer</c> (or a newer one).</param>
/// <param name="Answers">Every recorded answer (retakes included), oldest first as Hireflix lists them.</param>
public sealed record InterviewSessionStep(string? Id, int? Index, string? Title, string StepType, IReadOnlyList<InterviewStepAnswer> Answers);

/// <summary>One recorded answer of a step: the browser and address it came from.</summary>
/// <param name="AnswerType">Hireflix's type name for the answer, as the server reported it.</param>
/// <param name="UserAgent">The browser's user agent.</param>
/// <param name="Ip">The IP address.</param>
public sealed record InterviewStepAnswer(string AnswerType, string? UserAgent, string? Ip)
{
    /// <summary>Describes the answer without the address (it identifies the candidate).</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() => $"InterviewStepAnswer {{ AnswerType = {AnswerType}, UserAgent set = {UserAgent is not null}, Ip set = {Ip is not null} }}";
}
