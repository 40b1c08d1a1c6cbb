using Hireflix.Sdk.Models;
namespace Hireflix.Sdk.Testing.Internal;

/// <summary>
/// The fake's in-memory world. Every read and change takes one lock and hands out immutable views, so concurrent
/// requests see consistent data. Every change funnels through <see cref="Commit"/>, which raises <see cref="Changed"/>
/// once the lock is released — the one place to hook webhook emission.
/// </summary>
internal sealed class FakeState(TimeProvider time, Ids ids)
{
    private static readonly string[] DefaultQuestions = ["Tell us about yourself.", "Why do you want this role?"];

    private readonly object _gate = new();
    private readonly Dictionary<string, PositionEntity> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InterviewEntity> _interviews = new(StringComparer.Ordinal);
    private readonly List<FakeSentEmail> _emails = [];
    private long _sequence;
    private int _invitesThisPeriod;
    private int? _inviteQuota;

    /// <summary>Raised after each committed change, outside the lock.</summary>
    public event Action<FakeStateChange>? Changed;

    public TimeProvider Time => time;

    /// <summary>The one company every API key of this fake belongs to (root <c>info.company.id</c>).</summary>
    public string CompanyId { get; } = ids.NewObjectId();

    public DateTimeOffset Now => time.GetUtcNow();

    // ---- positions -------------------------------------------------------------------------------------------

    public IReadOnlyList<PositionView> ListPositions() =>
        Read(() => _positions.Values.OrderByDescending(p => p.Sequence).Select(ViewFactory.Position).ToList());

    public PositionView? GetPosition(string id) =>
        Read(() => _positions.TryGetValue(id, out var p) ? ViewFactory.Position(p) : null);

    public PositionView CreatePosition(string name, string? description, IReadOnlyList<(string Title, string? Description)>? questions, bool archived)
    {
        return Commit(changes =>
        {
            var now = Now;
            var p = new PositionEntity
            {
                Id = ids.NewObjectId(),
                Sequence = ++_sequence,
                Name = name,
                Description = description,
                CreatedAt = now,
                UpdatedAt = now,
                Archived = archived ? now : null,
                Questions = BuildQuestions(questions),
            };
            _positions.Add(p.Id, p);
            changes.Add(new FakeStateChange("position.create", p.Id, null, now));
            return ViewFactory.Position(p);
        });
    }

    /// <summary>Legacy <c>save</c>: only the given parts change; a question list replaces the old one (CEO note).</summary>
    public PositionView? SavePosition(string id, string? name, string? description, IReadOnlyList<(string Title, string? Description)>? questions) =>
        Commit(changes =>
        {
            if (!_positions.TryGetValue(id, out var p))
            {
                return null;
            }

            p.Name = name ?? p.Name;
            p.Description = description ?? p.Description;
            if (questions is not null)
            {
                p.Questions = BuildQuestions(questions);
            }

            p.UpdatedAt = Now;
            changes.Add(new FakeStateChange("position.update", p.Id, null, p.UpdatedAt));
            return ViewFactory.Position(p);
        });

    /// <summary>Archives (keeping the first archive time, so a retried archive is a no-op) or re-opens a position.</summary>
    public PositionView? SetPositionArchived(string id, bool archived) =>
        Commit(changes =>
        {
            if (!_positions.TryGetValue(id, out var p))
            {
                return null;
            }

            var was = p.Archived;
            p.Archived = archived ? p.Archived ?? Now : null;
            if (was != p.Archived)
            {
                p.UpdatedAt = Now;
                changes.Add(new FakeStateChange(archived ? "position.archive" : "position.unarchive", p.Id, null, p.UpdatedAt));
            }

            return ViewFactory.Position(p);
        });

    /// <summary>Deletes a position and all its interviews (docs overview).</summary>
    public bool DeletePosition(string id) =>
        Commit(changes =>
        {
            if (!_positions.Remove(id))
            {
                return false;
            }

            var now = Now;
            foreach (var interview in _interviews.Values.Where(i => i.PositionId == id).ToList())
            {
                _interviews.Remove(interview.Id);
                changes.Add(new FakeStateChange("interview.delete", id, interview.Id, now));
            }

            changes.Add(new FakeStateChange("position.delete", id, null, now));
            return true;
        });

    // ---- interviews: reads -----------------------------------------------------------------------------------

    public InterviewView? GetInterview(string id) =>
        Read(() => _interviews.TryGetValue(id, out var i) ? ViewFactory.Interview(i) : null);

    public IReadOnlyList<InterviewView> ListInterviews(string positionId) =>
        Read(() => _interviews.Values.Where(i => i.PositionId == positionId).OrderBy(i => i.Sequence).Select(ViewFactory.Interview).ToList());

    public InterviewListView QueryInterviews(string positionId, InterviewListQuery query) =>
        Read(() => query.Run(_interviews.Values.Where(i => i.PositionId == positionId)));

    public FakeInterviewSnapshot? Snapshot(string id) =>
        Read(() => _interviews.TryGetValue(id, out var i) ? ToSnapshot(i) : null);

    public IReadOnlyList<FakeInterviewSnapshot> Snapshots() =>
        Read(() => _interviews.Values.OrderBy(i => i.Sequence).Select(ToSnapshot).ToList());

    public IReadOnlyList<FakeSentEmail> SentEmails() => Read(() => _emails.ToList());

    public void SetInviteQuota(int? quota) => Read(() => _inviteQuota = quota);

    public int InvitesThisPeriod => Read(() => _invitesThisPeriod);

    // ---- interviews: changes ---------------------------------------------------------------------------------

    /// <summary>Creates the interview or answers one of the invite's error members. Checks and insert are one atomic step.</summary>
    public object Invite(InviteCommand command) =>
        Commit<object>(changes =>
        {
            if (!_positions.TryGetValue(command.PositionId, out var position))
            {
                return InviteErrors.PositionNotFound();
            }

            if (position.Archived is not null)
            {
                return InviteErrors.PositionNotReady();
            }

            if (_inviteQuota is { } quota && _invitesThisPeriod >= quota)
            {
                return InviteErrors.ExceededInvites();
            }

            var siblings = _interviews.Values.Where(i => i.PositionId == position.Id).ToList();
            if (siblings.Any(i => string.Equals(i.Email, command.Email, StringComparison.OrdinalIgnoreCase)))
            {
                return InviteErrors.AlreadyExists();
            }

            if (command.ExternalId is not null && siblings.Any(i => i.ExternalId == command.ExternalId))
            {
                return InviteErrors.ExternalIdExists();
            }

            var interview = AddInterview(position, command);
            _invitesThisPeriod++;
            if (!command.DisableNotifications)
            {
                _emails.Add(new FakeSentEmail(interview.Email, interview.Id, interview.CreatedAt));
            }

            changes.Add(new FakeStateChange("interview.create", position.Id, interview.Id, interview.CreatedAt));
            return ViewFactory.Interview(interview);
        });

    /// <summary>Test hook: an interview placed directly (no quota, no e-mail), optionally already answered.</summary>
    public InterviewView Seed(string positionId, FakeCandidate candidate, IReadOnlyList<FakeAnswer>? answers, bool completed, string? externalId) =>
        Commit(changes =>
        {
            if (!_positions.TryGetValue(positionId, out var position))
            {
                throw new InvalidOperationException($"Position '{positionId}' does not exist in the fake.");
            }

            var interview = AddInterview(position, new InviteCommand(
                positionId, candidate.FirstName, candidate.LastName, candidate.Email.Trim().ToLowerInvariant(), candidate.Phone,
                externalId, true, null, "seed"));
            changes.Add(new FakeStateChange("interview.create", position.Id, interview.Id, interview.CreatedAt));
            if (completed || answers is not null)
            {
                CompleteLocked(interview, answers, changes);
            }

            return ViewFactory.Interview(interview);
        });

    /// <summary>Test hook: the candidate records their answers and submits.</summary>
    public InterviewView? Complete(string id, IReadOnlyList<FakeAnswer>? answers) =>
        Mutate(id, (i, changes) => CompleteLocked(i, answers, changes));

    /// <summary>Records one more browser session of the candidate (the session details' IPs and user agents).</summary>
    public InterviewView? AddSession(string id, string ipAddress, string userAgent) =>
        Mutate(id, (i, _) =>
        {
            i.IpAddresses.Add(ipAddress);
            i.UserAgents.Add(userAgent);
        });

    /// <summary>finalist(true) shortlists (leaving a discard), finalist(false) goes back to "to evaluate".</summary>
    public InterviewView? SetFinalist(string id, bool finalist) =>
        Mutate(id, (i, _) =>
        {
            if (finalist)
            {
                i.ShortlistedAt ??= Now;
                i.DiscardedAt = null;
            }
            else
            {
                i.ShortlistedAt = null;
            }
        });

    /// <summary>archive(true) discards, archive(false) restores the stage the interview had before.</summary>
    public InterviewView? SetDiscarded(string id, bool discarded) =>
        Mutate(id, (i, _) => i.DiscardedAt = discarded ? i.DiscardedAt ?? Now : null);

    /// <summary>Creates the public link, or extends the existing one (same URL) so a retried share is harmless.</summary>
    public InterviewView? Share(string id, int durationInDays, IReadOnlyList<string> labels) =>
        Mutate(id, (i, _) => i.Share = new ShareLinkEntity(i.Share?.Id ?? Ids.NewUuid(), Now.AddDays(durationInDays), labels));

    /// <summary>Sets (or with <see langword="null"/> removes) the calling reviewer's score; others' scores stay.</summary>
    public InterviewView? Score(string id, Reviewer reviewer, double? value) =>
        Mutate(id, (i, changes) =>
        {
            var mine = i.Scores.Find(s => s.Scorer.Id == reviewer.Id);
            if (value is null)
            {
                if (mine is not null)
                {
                    i.Scores.Remove(mine);
                }
            }
            else if (mine is null)
            {
                i.Scores.Add(new ScoreEntity { Id = ids.NewObjectId(), Scorer = reviewer, Value = value.Value, CreatedAt = Now, UpdatedAt = Now });
            }
            else
            {
                mine.Value = value.Value;
                mine.UpdatedAt = Now;
            }

            changes.Add(new FakeStateChange("interview.score-updated", i.PositionId, i.Id, Now));
        });

    public InterviewView? Comment(string id, Reviewer reviewer, string text) =>
        Mutate(id, (i, _) => i.Comments.Add(new CommentEntity(ids.NewObjectId(), text, reviewer, Now)));

    // ---- plumbing --------------------------------------------------------------------------------------------

    private InterviewEntity AddInterview(PositionEntity position, InviteCommand command)
    {
        var now = Now;
        var interview = new InterviewEntity
        {
            Id = ids.NewObjectId(),
            Sequence = ++_sequence,
            Hash = Ids.NewHash(),
            PositionId = position.Id,
            FirstName = command.FirstName,
            LastName = command.LastName,
            Email = command.Email,
            Phone = command.Phone,
            ExternalId = command.ExternalId,
            DisableNotifications = command.DisableNotifications,
            Metadata = command.Metadata,
            InviteSource = command.Source,
            CreatedAt = now,
            UpdatedAt = now,
            Questions = [.. position.Questions],
        };
        _interviews.Add(interview.Id, interview);
        return interview;
    }

    private void CompleteLocked(InterviewEntity i, IReadOnlyList<FakeAnswer>? answers, List<FakeStateChange> changes)
    {
        i.Answers.Clear();
        for (var index = 0; index < i.Questions.Count; index++)
        {
            var given = answers is null
                ? new FakeAnswer($"This is my answer to question {index + 1}.")
                : index < answers.Count ? answers[index] : null;
            if (given is null)
            {
                i.Answers.Add(null);
                continue;
            }

            var answerId = ids.NewObjectId();
            i.Answers.Add(new AnswerEntity(
                answerId,
                $"https://media.hireflix.fake/answers/{answerId}.mp4",
                $"https://media.hireflix.fake/answers/{answerId}.jpg",
                given.Transcript,
                given.LanguageCode,
                given.Words ?? DeriveWords(given.Transcript),
                Now));
        }

        i.CompletedAt = Now;
        i.IpAddresses.Add("203.0.113.10");
        i.UserAgents.Add("Mozilla/5.0 (Fake Candidate Browser)");
        changes.Add(new FakeStateChange("interview.finish", i.PositionId, i.Id, i.CompletedAt.Value));
    }

    private static List<FakeWord> DeriveWords(string? transcript)
    {
        var words = new List<FakeWord>();
        if (transcript is null)
        {
            return words;
        }

        var start = 0.0;
        foreach (var word in transcript.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(new FakeWord(word, Math.Round(start, 2), Math.Round(start + 0.4, 2)));
            start += 0.4;
        }

        return words;
    }

    private List<QuestionEntity> BuildQuestions(IReadOnlyList<(string Title, string? Description)>? questions) =>
        (questions is { Count: > 0 } ? questions : DefaultQuestions.Select(t => (t, (string?)null)).ToList())
            .Select(q => new QuestionEntity(ids.NewObjectId(), q.Title, q.Description))
            .ToList();

    private static FakeInterviewSnapshot ToSnapshot(InterviewEntity i) => new()
    {
        Id = i.Id,
        PositionId = i.PositionId,
        Hash = i.Hash,
        Email = i.Email,
        ExternalId = i.ExternalId,
        Stage = i.Stage,
        Score = ViewFactory.TeamAverage(i),
        Comments = [.. i.Comments.Select(c => new FakeComment(c.Id, c.Value, c.Author.Name, c.CreatedAt))],
        Metadata = i.Metadata,
        DisableNotifications = i.DisableNotifications,
        ShareUrl = i.Share is null ? null : HireflixShapes.ShareUrl(i.Share.Id),
    };

    /// <summary>Applies <paramref name="change"/> to one interview; reports a stage move as <c>interview.status-change</c>.</summary>
    private InterviewView? Mutate(string id, Action<InterviewEntity, List<FakeStateChange>> change) =>
        Commit(changes =>
        {
            if (!_interviews.TryGetValue(id, out var i))
            {
                return null;
            }

            var stageBefore = i.Stage;
            change(i, changes);
            i.UpdatedAt = Now;
            if (i.Stage != stageBefore)
            {
                changes.Add(new FakeStateChange("interview.status-change", i.PositionId, i.Id, i.UpdatedAt));
            }

            return ViewFactory.Interview(i);
        });

    private T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    private T Commit<T>(Func<List<FakeStateChange>, T> change)
    {
        var changes = new List<FakeStateChange>();
        T result;
        lock (_gate)
        {
            result = change(changes);
        }

        foreach (var c in changes)
        {
            Changed?.Invoke(c);
        }

        return result;
    }
}
