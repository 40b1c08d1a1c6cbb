namespace Hireflix.Sdk.Models;

/// <summary>The result of inviting a candidate: the interview, and whether this call created it.</summary>
/// <param name="Interview">The candidate's interview in the position.</param>
/// <param name="AlreadyExisted">
/// True when this call created nothing: a retried invitation was answered "already exists" (an earlier attempt of
/// this same call created the interview and sent the only e-mail), or <see cref="CandidateInvite.ReturnExisting"/>
/// was set and the candidate already had this interview.
/// </param>
public sealed record CandidateInvitation(InterviewSummary Interview, bool AlreadyExisted);
