using Hireflix.Sdk.Models;
using Hireflix.Sdk.Operations;
using Hireflix.Sdk.Transport;
using Steps = Hireflix.Sdk.Operations.GetInterviewSessionDetailsQuery.Data.InterviewData.StepsResult;

namespace Hireflix.Sdk;

/// <summary>
/// Reads an interview's session details in (at most) two requests: the generated one for the session fields and the
/// steps with their answers' type names, then, only when there are answers, one built from those reported type names
/// for each answer's user agent and IP (see <see cref="GetInterviewStepAnswersQuery"/> for why).
/// </summary>
internal static class SessionDetailsReader
{
    public static async Task<InterviewSessionDetails> GetAsync(HireflixConnection connection, string interviewId, CancellationToken cancellationToken)
    {
        var operation = new GetInterviewSessionDetailsQuery { Id = interviewId };
        var interview = await connection.SendAsync(operation, data => data.Interview, cancellationToken).ConfigureAwait(false);

        var steps = (interview.Steps ?? []).OfType<Steps>().ToList();
        var textTypes = AnswerTypes(steps.OfType<Steps.InterviewStepTextQuestionWithVideoAnswer>().SelectMany(s => s.TextAnswers ?? []).Select(a => a?.TypeName));
        var videoTypes = AnswerTypes(steps.OfType<Steps.InterviewStepVideoQuestionWithVideoAnswer>().SelectMany(s => s.VideoAnswers ?? []).Select(a => a?.TypeName));

        GetInterviewStepAnswersQuery.Data? answers = null;
        if (textTypes.Count > 0 || videoTypes.Count > 0)
        {
            var follow = new GetInterviewStepAnswersQuery(interviewId, textTypes, videoTypes);
            answers = await connection.SendAsync(follow, cancellationToken).ConfigureAwait(false);
        }

        var result = new List<InterviewSessionStep>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            var (id, index, title) = steps[i] switch
            {
                Steps.InterviewStepTextQuestionWithVideoAnswer t => (t.TextStepId, t.TextStepIndex, t.TextStepTitle),
                Steps.InterviewStepVideoQuestionWithVideoAnswer v => (v.VideoStepId, v.VideoStepIndex, v.VideoStepTitle),
                _ => (null, null, null),
            };

            // Match by id where both requests have one; the order of steps is the fallback.
            var match = answers?.Steps.FirstOrDefault(s => id is not null && s.Id == id)
                ?? (answers is not null && i < answers.Steps.Count ? answers.Steps[i] : null);
            IReadOnlyList<InterviewStepAnswer> stepAnswers = match is null
                ? []
                : match.Answers.Select(a => new InterviewStepAnswer(a.Type, a.UserAgent, a.Ip)).ToArray();
            result.Add(new InterviewSessionStep(id, index, title, steps[i].TypeName, stepAnswers));
        }

        return new InterviewSessionDetails(
            interview.Id,
            Strings(interview.IpAddresses),
            Strings(interview.UserAgents),
            Strings(interview.Thumbnails),
            result);
    }

    private static List<string> AnswerTypes(IEnumerable<string?> reported) =>
        reported.Where(GetInterviewStepAnswersQuery.IsGraphQLName).Select(t => t!).Distinct(StringComparer.Ordinal).ToList();

    private static IReadOnlyList<string> Strings(IReadOnlyList<string?>? values) => values is null ? [] : values.OfType<string>().ToArray();
}
