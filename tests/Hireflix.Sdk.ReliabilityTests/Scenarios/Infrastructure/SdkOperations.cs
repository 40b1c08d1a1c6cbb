using Hireflix.Sdk.Models;
using Hireflix.Sdk.Testing;

namespace Hireflix.Sdk.Reliability.Infrastructure;

/// <summary>Every public operation of the SDK facade.</summary>
public enum SdkOperation
{
    PositionsList,
    PositionsGet,
    PositionsRename,
    PositionsArchive,
    PositionsDelete,
    InterviewsInvite,
    InterviewsGet,
    InterviewsList,
    InterviewsGetPage,
    InterviewsScore,
    InterviewsClearScore,
    InterviewsComment,
    InterviewsShortlist,
    InterviewsUnshortlist,
    InterviewsDiscard,
    InterviewsRestore,
    InterviewsShare,
    InterviewsInviteOrGet,
    InterviewsInviteMany,
    InterviewsFindByEmail,
    InterviewsFindByExternalId,
    InterviewsGetSessionDetails,
    PositionsFindByName,
}

/// <summary>The design's retry rule for an operation ("Retries: decided per operation").</summary>
public enum RetryRule
{
    /// <summary>Queries and state-setting mutations: every transient failure is retried.</summary>
    Idempotent,

    /// <summary>Retried like idempotent ones; a retried "already exists" returns the interview the first attempt created.</summary>
    Invite,

    /// <summary>Comments: retried only when the request provably never left (429, connection refused).</summary>
    OnlyIfNotSent,
}

/// <summary>What a scenario acts on: a position with <see cref="SeededInterviews"/> completed interviews, freshly seeded.</summary>
public sealed record OperationTarget(string PositionId, string InterviewId, string InviteEmail, string InviteFirstName, string InviteLastName)
{
    public const int SeededInterviews = 3;

    /// <summary>Page size for listings: 3 interviews in pages of 2 take three requests (2, 1, then the empty end page).</summary>
    public const int PageSize = 2;

    /// <summary>How many candidates the bulk invite sends: all in one request at the default batch size.</summary>
    public const int BulkCandidates = 3;

    /// <summary>The oldest seeded interview's e-mail and external id (for the look-ups).</summary>
    public string SeedEmail { get; init; } = string.Empty;

    public string SeedExternalId { get; init; } = string.Empty;

    /// <summary>The bulk invite's e-mails: <see cref="InviteEmail"/> and variants of it (same prefix), unique per cell.</summary>
    public IReadOnlyList<string> BulkEmails => [.. Enumerable.Range(0, BulkCandidates).Select(i => i == 0 ? InviteEmail : InviteEmail.Replace("@", $"-b{i}@", StringComparison.Ordinal))];

    private static int s_next;

    public static OperationTarget Seed(HireflixFakeServer fake, string tag, string candidateFirstName = "Ada", string candidateLastName = "Lovelace")
    {
        var n = Interlocked.Increment(ref s_next);
        var positionId = fake.SeedPosition($"{tag} position {n}");
        string? first = null;
        for (var i = 0; i < SeededInterviews; i++)
        {
            var id = fake.SeedInterview(positionId, new FakeCandidate($"Seed{i}", "Candidate", $"seed{n}-{i}@example.com"), completed: true, externalId: $"seed{n}-{i}");
            first ??= id;
        }

        return new OperationTarget(positionId, first!, $"{tag.ToLowerInvariant()}{n}@example.com", candidateFirstName, candidateLastName)
        {
            SeedEmail = $"seed{n}-0@example.com",
            SeedExternalId = $"seed{n}-0",
        };
    }
}

/// <summary>Facts about each operation and how to call it.</summary>
public static class SdkOperations
{
    public static IReadOnlyList<SdkOperation> All { get; } = Enum.GetValues<SdkOperation>();

    /// <summary>The GraphQL operation the facade method sends first (and, for listings, for every page).</summary>
    public static string WireName(SdkOperation operation) => operation switch
    {
        SdkOperation.PositionsList => "GetPositions",
        SdkOperation.PositionsGet => "GetPosition",
        SdkOperation.PositionsRename => "RenamePosition",
        SdkOperation.PositionsArchive => "ArchivePosition",
        SdkOperation.PositionsDelete => "DeletePosition",
        SdkOperation.InterviewsInvite => "InviteCandidate",
        SdkOperation.InterviewsGet => "GetInterview",
        SdkOperation.InterviewsList => "ListInterviews",
        SdkOperation.InterviewsGetPage => "ListInterviewsByStage",
        SdkOperation.InterviewsScore => "ScoreInterview",
        SdkOperation.InterviewsClearScore => "ClearInterviewScore",
        SdkOperation.InterviewsComment => "CommentInterview",
        SdkOperation.InterviewsShortlist or SdkOperation.InterviewsUnshortlist => "SetInterviewShortlisted",
        SdkOperation.InterviewsDiscard or SdkOperation.InterviewsRestore => "SetInterviewDiscarded",
        SdkOperation.InterviewsShare => "ShareInterview",
        SdkOperation.InterviewsInviteOrGet => "InviteCandidate",
        SdkOperation.InterviewsInviteMany => "InviteCandidates",
        SdkOperation.InterviewsFindByEmail => "FindInterviewByEmail",
        SdkOperation.InterviewsFindByExternalId => "ListInterviews",
        SdkOperation.InterviewsGetSessionDetails => "GetInterviewSessionDetails",
        SdkOperation.PositionsFindByName => "GetPositions",
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    public static RetryRule Rule(SdkOperation operation) => operation switch
    {
        SdkOperation.InterviewsInvite or SdkOperation.InterviewsInviteOrGet or SdkOperation.InterviewsInviteMany => RetryRule.Invite,
        SdkOperation.InterviewsComment => RetryRule.OnlyIfNotSent,
        _ => RetryRule.Idempotent,
    };

    /// <summary>Whether the result holds a union (its <c>__typename</c> picks the member).</summary>
    public static bool HasUnion(SdkOperation operation) => operation is SdkOperation.InterviewsInvite or SdkOperation.InterviewsInviteOrGet
        or SdkOperation.InterviewsInviteMany or SdkOperation.PositionsArchive;

    /// <summary>Whether the operation invites (creates interviews and sends e-mails).</summary>
    public static bool Invites(SdkOperation operation) => Rule(operation) == RetryRule.Invite;

    /// <summary>
    /// Whether the result holds an enumerated value from the server: the interview <c>status</c> (pending, completed, …).
    /// The schema types it String; the SDK derives <see cref="InterviewStage"/> from it, so a new value must not break parsing.
    /// </summary>
    public static bool HasEnum(SdkOperation operation) => operation is SdkOperation.InterviewsInvite or SdkOperation.InterviewsInviteOrGet
        or SdkOperation.InterviewsInviteMany or SdkOperation.InterviewsFindByEmail or SdkOperation.InterviewsFindByExternalId or SdkOperation.InterviewsGet
        or SdkOperation.InterviewsList or SdkOperation.InterviewsGetPage or SdkOperation.InterviewsShortlist
        or SdkOperation.InterviewsUnshortlist or SdkOperation.InterviewsDiscard or SdkOperation.InterviewsRestore;

    /// <summary>Requests of <see cref="WireName"/> a fault-free call sends.</summary>
    public static int NormalRequests(SdkOperation operation) => operation == SdkOperation.InterviewsList ? 3 : 1;

    /// <summary>Calls the operation; the value is summarised so outcomes can be compared.</summary>
    public static async Task<object?> InvokeAsync(HireflixClient client, SdkOperation operation, OperationTarget target, CancellationToken cancellationToken = default)
    {
        var positions = client.Positions;
        var interviews = client.Interviews;
        switch (operation)
        {
            case SdkOperation.PositionsList:
                return await positions.ListAsync(cancellationToken).ConfigureAwait(false);
            case SdkOperation.PositionsGet:
                return await positions.GetAsync(target.PositionId, cancellationToken).ConfigureAwait(false);
            case SdkOperation.PositionsRename:
                return await positions.RenameAsync(target.PositionId, "Renamed position", cancellationToken).ConfigureAwait(false);
            case SdkOperation.PositionsArchive:
                return await positions.ArchiveAsync(target.PositionId, cancellationToken).ConfigureAwait(false);
            case SdkOperation.PositionsDelete:
                await positions.DeleteAsync(target.PositionId, cancellationToken).ConfigureAwait(false);
                return "deleted";
            case SdkOperation.InterviewsInvite:
                return await interviews.InviteAsync(
                    target.PositionId,
                    new CandidateInvite { FirstName = target.InviteFirstName, LastName = target.InviteLastName, Email = target.InviteEmail },
                    cancellationToken).ConfigureAwait(false);
            case SdkOperation.InterviewsGet:
                return await interviews.GetAsync(target.InterviewId, cancellationToken).ConfigureAwait(false);
            case SdkOperation.InterviewsList:
                var items = new List<InterviewSummary>();
                await foreach (var item in interviews.ListAsync(target.PositionId, new InterviewListOptions { PageSize = OperationTarget.PageSize }, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    items.Add(item);
                }

                return items;
            case SdkOperation.InterviewsGetPage:
                return await interviews.GetPageAsync(target.PositionId, options: new InterviewListOptions { Stage = InterviewStage.ToEvaluate, PageSize = OperationTarget.PageSize }, cancellationToken: cancellationToken).ConfigureAwait(false);
            case SdkOperation.InterviewsScore:
                return await interviews.ScoreAsync(target.InterviewId, 4.5, cancellationToken).ConfigureAwait(false);
            case SdkOperation.InterviewsClearScore:
                return await interviews.ClearScoreAsync(target.InterviewId, cancellationToken).ConfigureAwait(false);
            case SdkOperation.InterviewsComment:
                return await interviews.CommentAsync(target.InterviewId, "Clear, structured answers.", cancellationToken).ConfigureAwait(false);
            case SdkOperation.InterviewsShortlist:
                return await interviews.ShortlistAsync(target.InterviewId, cancellationToken).ConfigureAwait(false);
            case SdkOperation.InterviewsUnshortlist:
                return await interviews.UnshortlistAsync(target.InterviewId, cancellationToken).ConfigureAwait(false);
            case SdkOperation.InterviewsDiscard:
                return await interviews.DiscardAsync(target.InterviewId, cancellationToken).ConfigureAwait(false);
            case SdkOperation.InterviewsRestore:
                return await interviews.RestoreAsync(target.InterviewId, cancellationToken).ConfigureAwait(false);
            case SdkOperation.InterviewsShare:
                return await interviews.ShareAsync(target.InterviewId, 365, cancellationToken).ConfigureAwait(false);
            case SdkOperation.InterviewsInviteOrGet:
                return await interviews.InviteAsync(
                    target.PositionId,
                    new CandidateInvite { FirstName = target.InviteFirstName, LastName = target.InviteLastName, Email = target.InviteEmail, ReturnExisting = true },
                    cancellationToken).ConfigureAwait(false);
            case SdkOperation.InterviewsInviteMany:
                return Single(await interviews.InviteManyAsync(
                    target.PositionId,
                    [.. target.BulkEmails.Select(e => new CandidateInvite { FirstName = target.InviteFirstName, LastName = target.InviteLastName, Email = e })],
                    cancellationToken: cancellationToken).ConfigureAwait(false));
            case SdkOperation.InterviewsFindByEmail:
                return (await interviews.FindByEmailAsync(target.PositionId, Or(target.SeedEmail, "nobody@example.com"), cancellationToken).ConfigureAwait(false))?.Id ?? "not found";
            case SdkOperation.InterviewsFindByExternalId:
                return (await interviews.FindByExternalIdAsync(target.PositionId, Or(target.SeedExternalId, "no-such-id"), cancellationToken).ConfigureAwait(false))?.Id ?? "not found";
            case SdkOperation.InterviewsGetSessionDetails:
                return await interviews.GetSessionDetailsAsync(target.InterviewId, cancellationToken).ConfigureAwait(false);
            case SdkOperation.PositionsFindByName:
                return await positions.FindByNameAsync("Matrix position", includeArchived: true, cancellationToken).ConfigureAwait(false);
            default:
                throw new ArgumentOutOfRangeException(nameof(operation));
        }
    }

    // Targets built by hand (the load scenario's) know no seeded e-mail: the look-ups then look for one that is absent.
    private static string Or(string value, string fallback) => value.Length > 0 ? value : fallback;

    /// <summary>
    /// A bulk invite never throws for a failed request: its candidates carry the error. For the one-operation oracles
    /// the outcomes are folded into what a single invite would give — the first candidate's error if any failed, else
    /// one invitation (all must agree on <see cref="CandidateInvitation.AlreadyExisted"/>).
    /// </summary>
    private static CandidateInvitation Single(IReadOnlyList<BulkInviteOutcome> outcomes)
    {
        if (outcomes.FirstOrDefault(o => o.Error is not null) is { Error: { } error })
        {
            throw error;
        }

        var invitations = outcomes.Select(o => o.Invitation!).ToList();
        if (invitations.Select(i => i.AlreadyExisted).Distinct().Count() != 1)
        {
            throw new InvalidOperationException("The candidates of one batch disagree on AlreadyExisted.");
        }

        return invitations[0];
    }
}
