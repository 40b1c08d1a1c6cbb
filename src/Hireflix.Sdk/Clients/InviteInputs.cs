using Hireflix.Sdk.Models;
using Hireflix.Sdk.Operations;

namespace Hireflix.Sdk;

/// <summary>Checks a <see cref="CandidateInvite"/> and turns it into the mutation's input; one place for single and bulk invites.</summary>
internal static class InviteInputs
{
    /// <param name="positionId">Already checked.</param>
    /// <param name="candidate">The invite.</param>
    /// <param name="name">How the messages name it: <c>candidate</c>, or <c>candidates[3]</c> in a bulk invite.</param>
    public static InviteCandidateToInterviewInput Build(string positionId, CandidateInvite? candidate, string name)
    {
        ArgumentNullException.ThrowIfNull(candidate, name);
        var input = new InviteCandidateToInterviewInput
        {
            PositionId = positionId,
            Candidate = new InviteCandidateInput
            {
                FirstName = HireflixArgument.Name(candidate.FirstName, $"{name}.{nameof(CandidateInvite.FirstName)}"),
                LastName = HireflixArgument.OptionalName(candidate.LastName, $"{name}.{nameof(CandidateInvite.LastName)}"),
                Email = HireflixArgument.Email(candidate.Email, $"{name}.{nameof(CandidateInvite.Email)}"),
                Phone = HireflixArgument.Phone(candidate.Phone, $"{name}.{nameof(CandidateInvite.Phone)}"),
            },
            ExternalId = HireflixArgument.ExternalId(candidate.ExternalId, $"{name}.{nameof(CandidateInvite.ExternalId)}"),

            // Unset optional fields are not written at all, so fields Hireflix may lack reach it only when used.
            DisableNotifications = candidate.DisableNotifications ? true : null,
            Metadata = candidate.Metadata,
        };
        HireflixArgument.Metadata(candidate.Metadata, $"{name}.{nameof(CandidateInvite.Metadata)}");
        return input;
    }

    /// <summary>
    /// Checks every candidate of a bulk invite and reports all problems in one <see cref="ArgumentException"/> (each named
    /// <c>candidates[i].Field</c>), so a caller fixes a file of candidates in one pass and nothing is sent for a bad batch.
    /// The same e-mail or external id twice is a problem too: the second would be answered "already exists", which a
    /// retried batch could not tell from its own first attempt.
    /// </summary>
    public static InviteCandidateToInterviewInput[] BuildAll(string positionId, IEnumerable<CandidateInvite>? candidates, string paramName)
    {
        ArgumentNullException.ThrowIfNull(candidates, paramName);
        var inputs = new List<InviteCandidateToInterviewInput>();
        var problems = new List<string>();
        var emails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var externalIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var candidate in candidates)
        {
            var name = $"{paramName}[{index}]";
            try
            {
                var input = Build(positionId, candidate, name);
                if (emails.TryGetValue(input.Candidate.Email, out var sameEmail))
                {
                    problems.Add($"{name}.{nameof(CandidateInvite.Email)}: the same e-mail as {paramName}[{sameEmail}] (one interview per e-mail per position).");
                }
                else
                {
                    emails[input.Candidate.Email] = index;
                }

                if (input.ExternalId is { } externalId)
                {
                    if (externalIds.TryGetValue(externalId, out var sameId))
                    {
                        problems.Add($"{name}.{nameof(CandidateInvite.ExternalId)}: the same external id as {paramName}[{sameId}].");
                    }
                    else
                    {
                        externalIds[externalId] = index;
                    }
                }

                inputs.Add(input);
            }
            catch (ArgumentException ex)
            {
                // The message names the field; the value itself is never echoed (it is candidate data).
                problems.Add($"{ex.ParamName}: {StripParam(ex)}");
                inputs.Add(null!);
            }

            index++;
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException($"{problems.Count} problem(s) in the candidates, nothing was sent: {string.Join(" ", problems)}", paramName);
        }

        if (inputs.Count == 0)
        {
            throw new ArgumentException("There are no candidates to invite.", paramName);
        }

        return [.. inputs];
    }

    // ArgumentException.Message appends " (Parameter 'x')"; the list already names the parameter.
    private static string StripParam(ArgumentException ex)
    {
        var message = ex.Message;
        var suffix = $" (Parameter '{ex.ParamName}')";
        return message.EndsWith(suffix, StringComparison.Ordinal) ? message.Substring(0, message.Length - suffix.Length) : message;
    }
}
