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
    /// set, so one call never e-mails a candidate twice. With <see cref="CandidateInvite.ReturnExisting"/> (invite-or-get),
    /// an interview the candidate already had is returned the same way instead of throwing.
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
    /// <exception cref="InterviewAlreadyExistsException">The e-mail already has an interview in the position (and <see cref="CandidateInvite.ReturnExisting"/> is not set).</exception>
    /// <exception cref="InterviewExternalIdAlreadyExistsException">The external id is already used in the position (and <see cref="CandidateInvite.ReturnExisting"/> is not set).</exception>
    /// <exception cref="PositionNotFoundException">No such position.</exception>
    /// <exception cref="PositionNotReadyToAcceptInvitesException">The position does not accept invitations (e.g. archived).</exception>
    /// <exception cref="InvitesQuotaExceededException">The plan's invites for this period are used up.</exception>
    /// <exception cref="HireflixValidationException">Hireflix rejected a field.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual async Task<CandidateInvitation> InviteAsync(string positionId, CandidateInvite candidate, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(positionId, nameof(positionId));
        var operation = new InviteCandidateMutation { Input = InviteInputs.Build(positionId, candidate, nameof(candidate)) };

        var attempts = new AttemptRecord();
        var data = await _connection.SendAsync(operation, attempts, cancellationToken).ConfigureAwait(false);
        return await InvitationOutcome.ResolveAsync(
            _connection, operation, operation.OperationName, data.InviteCandidateToInterview, attempts.EarlierAttemptMayHaveExecuted, candidate.ReturnExisting, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Invites many candidates to a position: several aliased invitations per request, a few requests at a time. Every
    /// candidate gets its own outcome, in input order — the interview, or the typed error for that candidate alone;
    /// the call itself throws only for invalid arguments or cancellation. Each request is retried like
    /// <see cref="InviteAsync"/>, and each candidate's answer is resolved the same way, so no candidate is e-mailed twice.
    /// </summary>
    /// <param name="positionId">The position's 24-hex id.</param>
    /// <param name="candidates">Who to invite; each checked like <see cref="InviteAsync"/>'s candidate, and no e-mail or external id twice.</param>
    /// <param name="options">Batch size, concurrency and progress; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the remaining requests (candidates already sent may have been invited).</param>
    /// <returns>One outcome per candidate, in input order.</returns>
    /// <example>
    /// <code>
    /// var outcomes = await hireflix.Interviews.InviteManyAsync(positionId, candidates,
    ///     new BulkInviteOptions { Progress = new Progress&lt;BulkInviteProgress&gt;(p => Console.WriteLine($"{p.Completed}/{p.Total}")) }, ct);
    /// foreach (var failed in outcomes.Where(o => !o.Succeeded))
    ///     Console.WriteLine($"#{failed.Index}: {failed.Error!.GetType().Name}");
    /// </code>
    /// </example>
    /// <exception cref="ArgumentException">An argument is invalid; for candidates, one exception lists every problem (<c>candidates[i].Field</c>) and nothing is sent.</exception>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public virtual Task<IReadOnlyList<BulkInviteOutcome>> InviteManyAsync(string positionId, IEnumerable<CandidateInvite> candidates, BulkInviteOptions? options = null, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(positionId, nameof(positionId));
        options ??= new BulkInviteOptions();
        if (options.BatchSize is < 1 or > BulkInviteOptions.MaxBatchSize)
        {
            throw new ArgumentOutOfRangeException($"{nameof(options)}.{nameof(BulkInviteOptions.BatchSize)}", $"Must be 1 to {BulkInviteOptions.MaxBatchSize}.");
        }

        if (options.MaxConcurrency is < 1 or > BulkInviteOptions.MaxConcurrencyLimit)
        {
            throw new ArgumentOutOfRangeException($"{nameof(options)}.{nameof(BulkInviteOptions.MaxConcurrency)}", $"Must be 1 to {BulkInviteOptions.MaxConcurrencyLimit}.");
        }

        var list = candidates is null ? null : candidates as IReadOnlyList<CandidateInvite> ?? candidates.ToArray();
        var inputs = InviteInputs.BuildAll(positionId, list, nameof(candidates));
        return BulkInviter.RunAsync(_connection, list!, inputs, options, cancellationToken);
    }

    /// <summary>Finds a position's interview by the candidate's e-mail (Hireflix's documented e-mail filter; one interview per e-mail per position).</summary>
    /// <param name="positionId">The position's 24-hex id.</param>
    /// <param name="email">The candidate's e-mail (compared as Hireflix compares it).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interview, or null when the e-mail has none in the position.</returns>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    /// <exception cref="PositionNotFoundException">No such position.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual Task<InterviewSummary?> FindByEmailAsync(string positionId, string email, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(positionId, nameof(positionId));
        var trimmed = HireflixArgument.Email(email, nameof(email));
        return InterviewLookups.FindByEmailAsync(_connection, positionId, trimmed, cancellationToken);
    }

    /// <summary>
    /// Finds a position's interview by your system's id (<see cref="CandidateInvite.ExternalId"/>). Hireflix documents no
    /// filter on external ids, so this is a <b>streaming scan</b>: it pages through the position's interviews, newest
    /// first, 100 per request, and stops at the first match. Its cost grows with the position (a miss reads every
    /// interview); keep your own id → interview id map when you look up often.
    /// </summary>
    /// <param name="positionId">The position's 24-hex id.</param>
    /// <param name="externalId">The external id, compared exactly (case-sensitive).</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <returns>The interview, or null when no interview of the position has that external id.</returns>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    /// <exception cref="PositionNotFoundException">No such position.</exception>
    /// <exception cref="HireflixException">A page failed.</exception>
    public virtual Task<InterviewSummary?> FindByExternalIdAsync(string positionId, string externalId, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(positionId, nameof(positionId));
        ArgumentNullException.ThrowIfNull(externalId, nameof(externalId));
        var checkedId = HireflixArgument.ExternalId(externalId, nameof(externalId))!;
        return InterviewLookups.FindByExternalIdAsync(_connection, positionId, checkedId, cancellationToken);
    }

    /// <summary>
    /// Gets where and with what a candidate answered, for fraud checks: the session's IP addresses, user agents and
    /// thumbnails, and each step with the user agent and IP of every answer. A separate call from <see cref="GetAsync"/>,
    /// so the results never depend on these fields.
    /// </summary>
    /// <param name="interviewId">The interview's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session details.</returns>
    /// <exception cref="ArgumentException"><paramref name="interviewId"/> is not a Hireflix id.</exception>
    /// <exception cref="InterviewNotFoundException">No such interview.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual Task<InterviewSessionDetails> GetSessionDetailsAsync(string interviewId, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(interviewId, nameof(interviewId));
        return SessionDetailsReader.GetAsync(_connection, interviewId, cancellationToken);
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
        return await _connection.SendAsync(operation, data => data.Interview, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Lists a position's interviews, newest first, optionally in one stage, fetching pages as the caller iterates.
    /// </summary>
    /// <param name="positionId">The position's 24-hex id.</param>
    /// <param name="options">The stage to filter by and the page size; all interviews, 50 per request, when null.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>Every matching interview, once each.</returns>
    /// <example>
    /// <code>
    /// await foreach (var interview in hireflix.Interviews.ListAsync(positionId, new InterviewListOptions { Stage = InterviewStage.ToEvaluate }, ct))
    ///     Console.WriteLine($"{interview.Candidate?.Email}: {interview.Stage}");
    /// </code>
    /// </example>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    /// <exception cref="PositionNotFoundException">No such position.</exception>
    /// <exception cref="HireflixException">A page failed, or Hireflix returned a cursor it had already returned (the list would never end).</exception>
    public virtual IAsyncEnumerable<InterviewSummary> ListAsync(string positionId, InterviewListOptions? options = null, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(positionId, nameof(positionId));
        options ??= DefaultListOptions;
        Validate(options);
        return ListCoreAsync(positionId, options.Stage, options.PageSize, cancellationToken);
    }

    /// <summary>Gets one page of a position's interviews, newest first (for UIs that page themselves).</summary>
    /// <param name="positionId">The position's 24-hex id.</param>
    /// <param name="cursor">The previous page's <see cref="InterviewPage.Cursor"/>, or null for the first page.</param>
    /// <param name="options">The stage to filter by and the page size; all interviews, 50 per page, when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; an empty page is the end.</returns>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    /// <exception cref="PositionNotFoundException">No such position.</exception>
    /// <exception cref="HireflixException">The call failed.</exception>
    public virtual Task<InterviewPage> GetPageAsync(string positionId, string? cursor = null, InterviewListOptions? options = null, CancellationToken cancellationToken = default)
    {
        HireflixArgument.Id(positionId, nameof(positionId));
        options ??= DefaultListOptions;
        Validate(options);
        if (cursor is not null && string.IsNullOrWhiteSpace(cursor))
        {
            throw new ArgumentException("A cursor is the previous page's Cursor, or null for the first page.", nameof(cursor));
        }

        return InterviewPages.GetAsync(_connection, positionId, options.Stage, cursor, options.PageSize, cancellationToken);
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
        var interview = await _connection.SendAsync(operation, data => data.Interview?.Comment, cancellationToken).ConfigureAwait(false);
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
        var shared = await _connection.SendAsync(operation, data => data.Interview?.Share, cancellationToken).ConfigureAwait(false);
        return shared.ShareLink ?? throw new HireflixResponseException("Hireflix returned no share link.") { OperationName = operation.OperationName };
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
            return await _connection.SendAsync(operation, data => data.Interview?.Score, cancellationToken).ConfigureAwait(false);
        }

        var clear = new ClearInterviewScoreMutation { Id = interviewId };
        return await _connection.SendAsync(clear, cleared => cleared.Interview?.Score, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InterviewSummary> SetShortlistedAsync(string interviewId, bool shortlisted, CancellationToken cancellationToken)
    {
        HireflixArgument.Id(interviewId, nameof(interviewId));
        var operation = new SetInterviewShortlistedMutation { Id = interviewId, Finalist = shortlisted };
        return await _connection.SendAsync(operation, data => data.Interview?.Finalist, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InterviewSummary> SetDiscardedAsync(string interviewId, bool discarded, CancellationToken cancellationToken)
    {
        HireflixArgument.Id(interviewId, nameof(interviewId));
        var operation = new SetInterviewDiscardedMutation { Id = interviewId, Archive = discarded };
        return await _connection.SendAsync(operation, data => data.Interview?.Archive, cancellationToken).ConfigureAwait(false);
    }

    private static readonly InterviewListOptions DefaultListOptions = new();

    private static void Validate(InterviewListOptions options)
    {
        HireflixArgument.PageSize(options.PageSize, "options", "options.PageSize: ");
        if (options.Stage is { } s && (!Enum.IsDefined(s) || s == InterviewStage.Unknown))
        {
            throw new ArgumentOutOfRangeException("options", "options.Stage is not an interview stage to filter by (Unknown only describes a result).");
        }
    }
}
