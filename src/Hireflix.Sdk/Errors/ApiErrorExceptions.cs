namespace Hireflix.Sdk;

/// <summary>The position does not exist (or is not visible to this API key): <c>PositionNotFoundError</c>.</summary>
public sealed class PositionNotFoundException(int? code, string? serverMessage)
    : HireflixNotFoundException("PositionNotFoundError", code, serverMessage, "Position not found.");

/// <summary>The position does not accept invitations now (e.g. it is archived): <c>PositionNotReadyToAcceptInvitesError</c>.</summary>
public sealed class PositionNotReadyToAcceptInvitesException(int? code, string? serverMessage)
    : HireflixApiErrorException("PositionNotReadyToAcceptInvitesError", code, serverMessage, "The position is not ready to accept invites.");

/// <summary>The candidate's e-mail already has an interview in this position: <c>InterviewAlreadyExistsInPositionError</c>.</summary>
public sealed class InterviewAlreadyExistsException(int? code, string? serverMessage)
    : HireflixApiErrorException("InterviewAlreadyExistsInPositionError", code, serverMessage, "An interview for this candidate already exists in the position.");

/// <summary>The external id is already used by an interview in this position: <c>InterviewExternalIdAlreadyExistsInPositionError</c>.</summary>
public sealed class InterviewExternalIdAlreadyExistsException(int? code, string? serverMessage)
    : HireflixApiErrorException("InterviewExternalIdAlreadyExistsInPositionError", code, serverMessage, "An interview with this external id already exists in the position.");

/// <summary>The plan's invite quota for this period is used up, or the subscription is not active: <c>ExceededInvitesThisPeriodError</c>.</summary>
public sealed class InvitesQuotaExceededException(int? code, string? serverMessage)
    : HireflixApiErrorException("ExceededInvitesThisPeriodError", code, serverMessage, "The invites quota for this period is exceeded.");

/// <summary>Hireflix rejected the input: <c>ValidationError</c>, with one entry per invalid field.</summary>
public sealed class HireflixValidationException(int? code, string? serverMessage, IReadOnlyList<HireflixFieldError> fieldErrors)
    : HireflixApiErrorException("ValidationError", code, serverMessage, "Hireflix rejected the input.")
{
    /// <summary>The invalid fields, e.g. <c>candidate.email</c>, with what is wrong with each.</summary>
    public IReadOnlyList<HireflixFieldError> FieldErrors { get; } = fieldErrors;
}

/// <summary>One invalid input field reported by Hireflix.</summary>
/// <param name="Path">The field's flattened path, e.g. <c>candidate.email</c>.</param>
/// <param name="Message">What is wrong with it.</param>
public sealed record HireflixFieldError(string? Path, string? Message);

/// <summary>A union result had a <c>__typename</c> this SDK does not know (the API added an error type).</summary>
public sealed class HireflixUnknownResultException(string typeName)
    : HireflixException($"Hireflix returned a result of unknown type '{typeName}'.")
{
    /// <summary>The <c>__typename</c> Hireflix returned.</summary>
    public string TypeName { get; } = typeName;
}
