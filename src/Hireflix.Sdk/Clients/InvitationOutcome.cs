using Hireflix.Sdk.Models;
using Hireflix.Sdk.Operations;
using Hireflix.Sdk.Transport;
using Result = Hireflix.Sdk.Operations.InviteCandidateMutation.Data.InviteCandidateToInterviewResult;

namespace Hireflix.Sdk;

/// <summary>Turns the invite union into the interview or its typed exception, recovering the interview a lost first attempt created.</summary>
internal static class InvitationOutcome
{
    public static async Task<CandidateInvitation> ResolveAsync(
        HireflixConnection connection,
        InviteCandidateMutation operation,
        HireflixCallResult<InviteCandidateMutation.Data> result,
        CancellationToken cancellationToken)
    {
        var name = operation.OperationName;

        // Error messages may quote the candidate's e-mail or name; they end up in logs.
        List<string>? candidateData = null;
        string? Safe(string? message) => message is null ? null : CandidateDataMasker.Mask(message, candidateData ??= CandidateDataMasker.Values(operation));

        switch (result.Data.InviteCandidateToInterview)
        {
            case Result.InterviewType created:
                return new CandidateInvitation(created.InterviewSummary, AlreadyExisted: false);

            case Result.InterviewAlreadyExistsInPositionError when result.EarlierAttemptMayHaveExecuted:
            case Result.InterviewExternalIdAlreadyExistsInPositionError when result.EarlierAttemptMayHaveExecuted:
                // Our own earlier attempt created it and only its answer was lost: return that interview.
                return new CandidateInvitation(await FindExistingAsync(connection, operation, cancellationToken).ConfigureAwait(false), AlreadyExisted: true);

            case Result.InterviewAlreadyExistsInPositionError e:
                throw new InterviewAlreadyExistsException(e.Code, Safe(e.AlreadyExistsMessage)) { OperationName = name };
            case Result.InterviewExternalIdAlreadyExistsInPositionError e:
                throw new InterviewExternalIdAlreadyExistsException(e.Code, Safe(e.ExternalIdExistsMessage)) { OperationName = name };
            case Result.ExceededInvitesThisPeriodError e:
                throw new InvitesQuotaExceededException(e.Code, Safe(e.ExceededInvitesMessage)) { OperationName = name };
            case Result.PositionNotFoundError e:
                throw new PositionNotFoundException(e.Code, Safe(e.PositionNotFoundMessage)) { OperationName = name };
            case Result.PositionNotReadyToAcceptInvitesError e:
                throw new PositionNotReadyToAcceptInvitesException(e.Code, Safe(e.PositionNotReadyMessage)) { OperationName = name };
            case Result.ValidationError e:
                throw new HireflixValidationException(
                    e.Code,
                    Safe(e.ValidationMessage),
                    e.FieldErrors is { } fields ? fields.OfType<Result.ValidationError.FieldErrorsData>().Select(f => new HireflixFieldError(f.FlattenedPath, f.Message)).ToArray() : [])
                {
                    OperationName = name,
                };
            case Result.Unknown unknown:
                throw new HireflixUnknownResultException(unknown.TypeName) { OperationName = name };
            default:
                throw new HireflixResponseException("Hireflix returned no result for the invitation.") { OperationName = name };
        }
    }

    private static async Task<InterviewSummary> FindExistingAsync(HireflixConnection connection, InviteCandidateMutation invite, CancellationToken cancellationToken)
    {
        var operation = new FindInterviewByEmailQuery { PositionId = invite.Input.PositionId, Email = invite.Input.Candidate.Email };
        var data = await connection.SendAsync(operation, HireflixRetryMode.Idempotent, cancellationToken).ConfigureAwait(false);
        var found = data.Position?.InterviewList?.Results?.OfType<InterviewSummary>().FirstOrDefault();
        return found ?? throw new HireflixResponseException(
            "Hireflix said the invitation already exists but the interview could not be found.") { OperationName = operation.OperationName };
    }
}
