using Hireflix.Sdk.Models;
using Hireflix.Sdk.Operations;
using Hireflix.Sdk.Transport;
using Result = Hireflix.Sdk.Operations.InviteCandidateMutation.Data.InviteCandidateToInterviewResult;

namespace Hireflix.Sdk;

/// <summary>Turns the invite union into the interview or its typed exception, recovering the interview a lost first attempt created.</summary>
internal static class InvitationOutcome
{
    /// <summary>
    /// Resolves one invite result. <paramref name="operation"/> carries this candidate's input (for the look-ups and for
    /// masking); <paramref name="name"/> is the operation that was sent (a bulk request names its own).
    /// </summary>
    public static async Task<CandidateInvitation> ResolveAsync(
        HireflixConnection connection,
        InviteCandidateMutation operation,
        string name,
        Result? invite,
        bool earlierAttemptMayHaveExecuted,
        bool returnExisting,
        CancellationToken cancellationToken)
    {

        // Error messages may quote the candidate's e-mail or name; they end up in logs.
        List<string>? candidateData = null;
        string? Safe(string? message) => message is null ? null : CandidateDataMasker.Mask(message, candidateData ??= CandidateDataMasker.Values(operation));

        switch (invite)
        {
            case Result.InterviewType created:
                return new CandidateInvitation(created.InterviewSummary, AlreadyExisted: false);

            case Result.InterviewAlreadyExistsInPositionError when earlierAttemptMayHaveExecuted || returnExisting:
                // Our own earlier attempt created it and only its answer was lost, or the caller asked for the existing
                // interview: either way no new interview and no e-mail; return the one the e-mail already has.
                return new CandidateInvitation(await FindExistingAsync(connection, operation, cancellationToken).ConfigureAwait(false), AlreadyExisted: true);

            case Result.InterviewExternalIdAlreadyExistsInPositionError when returnExisting:
                // The external id is taken (perhaps by another e-mail): the caller's "get" means the interview holding it.
                return new CandidateInvitation(await FindByExternalIdAsync(connection, operation, name, cancellationToken).ConfigureAwait(false), AlreadyExisted: true);

            case Result.InterviewExternalIdAlreadyExistsInPositionError when earlierAttemptMayHaveExecuted:
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

    private static async Task<InterviewSummary> FindByExternalIdAsync(HireflixConnection connection, InviteCandidateMutation invite, string name, CancellationToken cancellationToken)
    {
        var found = await InterviewLookups.FindByExternalIdAsync(connection, invite.Input.PositionId, invite.Input.ExternalId!, cancellationToken).ConfigureAwait(false);
        return found ?? throw new HireflixResponseException(
            "Hireflix said the external id is already used in the position but no interview of the position has it.") { OperationName = name };
    }

    private static async Task<InterviewSummary> FindExistingAsync(HireflixConnection connection, InviteCandidateMutation invite, CancellationToken cancellationToken)
    {
        var found = await InterviewLookups.FindByEmailAsync(connection, invite.Input.PositionId, invite.Input.Candidate.Email, cancellationToken).ConfigureAwait(false);
        return found ?? throw new HireflixResponseException(
            "Hireflix said the invitation already exists but the interview could not be found.") { OperationName = InterviewLookups.FindByEmailOperation };
    }
}
