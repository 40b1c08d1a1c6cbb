using System.Runtime.CompilerServices;
using Hireflix.Sdk.Models;
using Hireflix.Sdk.Operations;
using Hireflix.Sdk.Transport;

namespace Hireflix.Sdk;

/// <summary>
/// Interviews (one per invited candidate and position): invite, list by stage, fetch results, score, comment,
/// shortlist, discard, share. Get it from <see cref="HireflixClient.Interviews"/>.
/// </summary>
public class InterviewsClient
{
    /// <summary>The page size <see cref="ListAsync"/> uses unless told otherwise.</summary>
    public const int DefaultPageSize = 50;

    private readonly HireflixConnection _connection;

    /// <summary>For mocking.</summary>
    protected InterviewsClient()
    {
        _connection = null!;
    }

    internal InterviewsClient(HireflixConnection connection)
    {
        _connection = connection;
    }

    /// <summary>
    /// Invites a candidate to a position: Hireflix creates the interview and e-mails the invitation (unless
    /// <see cref="CandidateInvite.DisableNotifications"/>). Transient failures are retried; when a retry is answered
    /// "already exists", the interview the first attempt created is returned with <see cref="CandidateInvitation.AlreadyExisted"/>
    /// set, so one call never e-mails a candidate twice.
    /// </summary>
    /// <param name="positionId">The position's 24-hex id.</param>
    /// <param name="candidate">Who to invite.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interview.</returns>
    /// <example>
    /// <code>
    /// var invitation = await hireflix.Interviews.InviteAsync(positionId,
    ///     new CandidateInvite { FirstName = "Ada", LastName = "Lovelace", Email = "ada@example.com", ExternalId = "ats-42" }, ct);
    /// Console.WriteLine(invitation.Interview.Url?.Public);
    /// </code>
    /// </example>
    /// <exception cref="ArgumentException">An argument is invalid (the message names the field).</exception>
    /// <exception cref="InterviewAlreadyExistsException">The e-mail already has an interview in the position.</exception>
    /// <exception cref="InterviewExternalIdAlreadyExistsException">The external id is already used in the position.</exception>
    /// <exception cref="PositionNotFoundException">No such position.</exception>
    /// <exception cref="PositionNotReadyToAcceptInvitesException">The position does not accept invitations (e.g. archived).</exception>
    /// <exception cref="InvitesQuotaExceededException">The plan's invites for this period are used up.</exception>
    /// <exception cref="HireflixValidationException">Hireflix rejected a field.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual async Task<CandidateInvitation> InviteAsync(string positionId, CandidateInvite candidate, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(positionId, nameof(positionId));
        ArgumentNullException.ThrowIfNull(candidate);
        var input = new InviteCandidateToInterviewInput
        {
            PositionId = positionId,
            Candidate = new InviteCandidateInput
            {
                FirstName = HireflixArgument.Name(candidate.FirstName, $"{nameof(candidate)}.{nameof(CandidateInvite.FirstName)}"),
                LastName = HireflixArgument.OptionalName(candidate.LastName, $"{nameof(candidate)}.{nameof(CandidateInvite.LastName)}"),
                Email = HireflixArgument.Email(candidate.Email, $"{nameof(candidate)}.{nameof(CandidateInvite.Email)}"),
                Phone = HireflixArgument.Phone(candidate.Phone, $"{nameof(candidate)}.{nameof(CandidateInvite.Phone)}"),
            },
            ExternalId = HireflixArgument.ExternalId(candidate.ExternalId, $"{nameof(candidate)}.{nameof(CandidateInvite.ExternalId)}"),

            // Unset optional fields are not written at all, so fields Hireflix may lack reach it only when used.
            DisableNotifications = candidate.DisableNotifications ? true : null,
            Metadata = candidate.Metadata,
        };
        var operation = new InviteCandidateMutation { Input = input };
        HireflixArgument.Metadata(candidate.Metadata, $"{nameof(candidate)}.{nameof(CandidateInvite.Metadata)}");

        var result = await _connection.SendWithDetailsAsync(operation, HireflixRetryMode.Invite, cancellationToken).ConfigureAwait(false);
        return await InvitationOutcome.ResolveAsync(_connection, operation, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gets an interview with its results: candidate, answers (video, thumbnail, transcription), scores, comments, share link.</summary>
    /// <param name="interviewId">The interview's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interview.</returns>
    /// <exception cref="ArgumentException"><paramref name="interviewId"/> is not a Hireflix id.</exception>
    /// <exception cref="InterviewNotFoundException">No such interview.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual async Task<Interview> GetAsync(string interviewId, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(interviewId, nameof(interviewId));
        var operation = new GetInterviewQuery { Id = interviewId };
        var data = await _connection.SendAsync(operation, HireflixRetryMode.Idempotent, cancellationToken, HireflixSubject.Interview).ConfigureAwait(false);
        return data.Interview ?? throw new InterviewNotFoundException("Interview not found.") { OperationName = operation.OperationName };
    }

    /// <summary>
    /// Lists a position's interviews, newest first, optionally in one stage, fetching pages as the caller iterates.
    /// </summary>
    /// <param name="positionId">The position's 24-hex id.</param>
    /// <param name="stage">Only interviews in this stage, or null for all.</param>
    /// <param name="pageSize">Interviews per request, 1–100.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>Every matching interview, once each.</returns>
    /// <example>
    /// <code>
    /// await foreach (var interview in hireflix.Interviews.ListAsync(positionId, InterviewStage.ToEvaluate, cancellationToken: ct))
    ///     Console.WriteLine($"{interview.Candidate?.Email}: {interview.Stage}");
    /// </code>
    /// </example>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    /// <exception cref="PositionNotFoundException">No such position.</exception>
    /// <exception cref="HireflixException">A page failed, or Hireflix returned a cursor it had already returned (the list would never end).</exception>
    public virtual IAsyncEnumerable<InterviewSummary> ListAsync(string positionId, InterviewStage? stage = null, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(positionId, nameof(positionId));
        HireflixArgument.PageSize(pageSize, nameof(pageSize));
        ValidateStage(stage);
        return ListCoreAsync(positionId, stage, pageSize, cancellationToken);
    }

    /// <summary>Gets one page of a position's interviews, newest first (for UIs that page themselves).</summary>
    /// <param name="positionId">The position's 24-hex id.</param>
    /// <param name="stage">Only interviews in this stage, or null for all.</param>
    /// <param name="cursor">The previous page's <see cref="InterviewPage.Cursor"/>, or null for the first page.</param>
    /// <param name="pageSize">Interviews per page, 1–100.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; an empty page is the end.</returns>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    /// <exception cref="PositionNotFoundException">No such position.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual Task<InterviewPage> GetPageAsync(string positionId, InterviewStage? stage = null, string? cursor = null, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(positionId, nameof(positionId));
        HireflixArgument.PageSize(pageSize, nameof(pageSize));
        ValidateStage(stage);
        if (cursor is not null && string.IsNullOrWhiteSpace(cursor))
        {
            throw new ArgumentException("A cursor is the previous page's Cursor, or null for the first page.", nameof(cursor));
        }

        return InterviewPages.GetAsync(_connection, positionId, stage, cursor, pageSize, cancellationToken);
    }

    /// <summary>Sets this API key's reviewer score on an interview; the team average is <see cref="InterviewScores.Score"/>.</summary>
    /// <param name="interviewId">The interview's 24-hex id.</param>
    /// <param name="score">0.5 to 5, in steps of 0.5.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interview's scores after the change.</returns>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    /// <exception cref="InterviewNotFoundException">No such interview.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual Task<InterviewScores> ScoreAsync(string interviewId, double score, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(interviewId, nameof(interviewId));
        HireflixArgument.Score(score, nameof(score));
        return SetScoreAsync(interviewId, score, cancellationToken);
    }

    /// <summary>Removes this API key's reviewer score from an interview.</summary>
    /// <param name="interviewId">The interview's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interview's scores after the change.</returns>
    /// <exception cref="ArgumentException"><paramref name="interviewId"/> is not a Hireflix id.</exception>
    /// <exception cref="InterviewNotFoundException">No such interview.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual Task<InterviewScores> ClearScoreAsync(string interviewId, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(interviewId, nameof(interviewId));
        return SetScoreAsync(interviewId, null, cancellationToken);
    }

    /// <summary>
    /// Adds a comment to an interview. Comments are not idempotent, so a failed attempt is retried only when it
    /// provably never reached Hireflix: one call never stores two comments.
    /// </summary>
    /// <param name="interviewId">The interview's 24-hex id.</param>
    /// <param name="comment">The text; not empty.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interview's comments after the change.</returns>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    /// <exception cref="InterviewNotFoundException">No such interview.</exception>
    /// <exception cref="HireflixException">The call failed; it may or may not have been stored if the connection broke after sending.</exception>
    public virtual async Task<IReadOnlyList<InterviewComment>> CommentAsync(string interviewId, string comment, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(interviewId, nameof(interviewId));
        HireflixArgument.Comment(comment, nameof(comment));
        var operation = new CommentInterviewMutation { Id = interviewId, Comment = comment };
        var data = await _connection.SendAsync(operation, HireflixRetryMode.OnlyIfNotSent, cancellationToken, HireflixSubject.Interview).ConfigureAwait(false);
        var interview = data.Interview?.Comment ?? throw new InterviewNotFoundException("Interview not found.") { OperationName = operation.OperationName };
        return interview.Comments is { } comments ? comments.OfType<InterviewComment>().ToArray() : [];
    }

    /// <summary>Shortlists an interview (finalist).</summary>
    /// <param name="interviewId">The interview's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interview after the change.</returns>
    /// <exception cref="ArgumentException"><paramref name="interviewId"/> is not a Hireflix id.</exception>
    /// <exception cref="InterviewNotFoundException">No such interview.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual Task<InterviewSummary> ShortlistAsync(string interviewId, CancellationToken cancellationToken = default) =>
        SetShortlistedAsync(interviewId, true, cancellationToken);

    /// <summary>Takes an interview off the shortlist, back to "to evaluate".</summary>
    /// <param name="interviewId">The interview's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interview after the change.</returns>
    /// <exception cref="ArgumentException"><paramref name="interviewId"/> is not a Hireflix id.</exception>
    /// <exception cref="InterviewNotFoundException">No such interview.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual Task<InterviewSummary> UnshortlistAsync(string interviewId, CancellationToken cancellationToken = default) =>
        SetShortlistedAsync(interviewId, false, cancellationToken);

    /// <summary>Discards an interview (Hireflix's archive).</summary>
    /// <param name="interviewId">The interview's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interview after the change (<see cref="InterviewSummary.DiscardedAt"/> set).</returns>
    /// <exception cref="ArgumentException"><paramref name="interviewId"/> is not a Hireflix id.</exception>
    /// <exception cref="InterviewNotFoundException">No such interview.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual Task<InterviewSummary> DiscardAsync(string interviewId, CancellationToken cancellationToken = default) =>
        SetDiscardedAsync(interviewId, true, cancellationToken);

    /// <summary>Restores a discarded interview.</summary>
    /// <param name="interviewId">The interview's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interview after the change.</returns>
    /// <exception cref="ArgumentException"><paramref name="interviewId"/> is not a Hireflix id.</exception>
    /// <exception cref="InterviewNotFoundException">No such interview.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual Task<InterviewSummary> RestoreAsync(string interviewId, CancellationToken cancellationToken = default) =>
        SetDiscardedAsync(interviewId, false, cancellationToken);

    /// <summary>Creates a public link (no login) to the candidate's recording, valid for <paramref name="durationInDays"/> days.</summary>
    /// <param name="interviewId">The interview's 24-hex id.</param>
    /// <param name="durationInDays">How long the link works, in days (Hireflix recommends 365 or more).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The link and its expiry.</returns>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    /// <exception cref="InterviewNotFoundException">No such interview.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual async Task<ShareLink> ShareAsync(string interviewId, int durationInDays, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(interviewId, nameof(interviewId));
        HireflixArgument.Positive(durationInDays, nameof(durationInDays));
        var operation = new ShareInterviewMutation { Id = interviewId, DurationInDays = durationInDays };
        var data = await _connection.SendAsync(operation, HireflixRetryMode.Idempotent, cancellationToken, HireflixSubject.Interview).ConfigureAwait(false);
        var shared = data.Interview?.Share ?? throw new InterviewNotFoundException("Interview not found.") { OperationName = operation.OperationName };
        return shared.ExternalLink ?? throw new HireflixResponseException("Hireflix returned no share link.") { OperationName = operation.OperationName };
    }

    private async IAsyncEnumerable<InterviewSummary> ListCoreAsync(string positionId, InterviewStage? stage, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seenCursors = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        while (true)
        {
            var page = await InterviewPages.GetAsync(_connection, positionId, stage, cursor, pageSize, cancellationToken).ConfigureAwait(false);
            if (page.IsEnd)
            {
                yield break;
            }

            foreach (var interview in page.Items)
            {
                yield return interview;
            }

            if (page.Cursor is null)
            {
                yield break;
            }

            if (!seenCursors.Add(page.Cursor))
            {
                throw new HireflixResponseException("Hireflix returned a page cursor it had already returned; stopping so the listing does not loop forever.");
            }

            cursor = page.Cursor;
        }
    }

    private async Task<InterviewScores> SetScoreAsync(string interviewId, double? score, CancellationToken cancellationToken)
    {
        if (score is { } value)
        {
            var operation = new ScoreInterviewMutation { Id = interviewId, Score = value };
            var data = await _connection.SendAsync(operation, HireflixRetryMode.Idempotent, cancellationToken, HireflixSubject.Interview).ConfigureAwait(false);
            return data.Interview?.Score ?? throw new InterviewNotFoundException("Interview not found.") { OperationName = operation.OperationName };
        }

        var clear = new ClearInterviewScoreMutation { Id = interviewId };
        var cleared = await _connection.SendAsync(clear, HireflixRetryMode.Idempotent, cancellationToken, HireflixSubject.Interview).ConfigureAwait(false);
        return cleared.Interview?.Score ?? throw new InterviewNotFoundException("Interview not found.") { OperationName = clear.OperationName };
    }

    private async Task<InterviewSummary> SetShortlistedAsync(string interviewId, bool shortlisted, CancellationToken cancellationToken)
    {
        HireflixArgument.Id(interviewId, nameof(interviewId));
        var operation = new SetInterviewShortlistedMutation { Id = interviewId, Finalist = shortlisted };
        var data = await _connection.SendAsync(operation, HireflixRetryMode.Idempotent, cancellationToken, HireflixSubject.Interview).ConfigureAwait(false);
        return data.Interview?.Finalist ?? throw new InterviewNotFoundException("Interview not found.") { OperationName = operation.OperationName };
    }

    private async Task<InterviewSummary> SetDiscardedAsync(string interviewId, bool discarded, CancellationToken cancellationToken)
    {
        HireflixArgument.Id(interviewId, nameof(interviewId));
        var operation = new SetInterviewDiscardedMutation { Id = interviewId, Archive = discarded };
        var data = await _connection.SendAsync(operation, HireflixRetryMode.Idempotent, cancellationToken, HireflixSubject.Interview).ConfigureAwait(false);
        return data.Interview?.Archive ?? throw new InterviewNotFoundException("Interview not found.") { OperationName = operation.OperationName };
    }

    private static void ValidateStage(InterviewStage? stage)
    {
        if (stage is { } s && (!Enum.IsDefined(s) || s == InterviewStage.Unknown))
        {
            throw new ArgumentOutOfRangeException(nameof(stage), "Not an interview stage to filter by (Unknown only describes a result).");
        }
    }
}
