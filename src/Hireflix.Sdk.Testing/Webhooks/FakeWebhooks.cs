using Hireflix.Sdk.Testing.Internal;
using Hireflix.Sdk.Webhooks;

namespace Hireflix.Sdk.Testing.Webhooks;

/// <summary>
/// Webhooks of a <see cref="HireflixFakeServer"/> (<see cref="HireflixFakeServer.Webhooks"/>). Register a URL and the
/// fake POSTs a signed delivery (<c>x-hireflix-signature</c> = Base64(HMAC-SHA256(secret, body))) with the documented
/// envelope <c>{ "event", "data": { id, position, externalId, status, hash, createdAt, completed, candidate, url, score }, "date" }</c>
/// after each change: invite → <c>interview.create</c>, candidate completes → <c>interview.finish</c>, shortlist, discard
/// and their undo → <c>interview.status-change</c>, score → <c>interview.score-updated</c>, interview deleted (also by
/// deleting its position) → <c>interview.delete</c>.
/// </summary>
/// <remarks>
/// Deliveries are sent in the background, in order per registration, and retried on a non-2xx answer, a connection
/// failure or a timeout (<see cref="FakeWebhookOptions"/>). Await <see cref="WhenIdleAsync"/> before asserting.
/// <c>data.status</c> is <c>pending</c> or <c>completed</c>, or the stage (<c>shortlisted</c>, <c>discarded</c>) once
/// the interview was moved; <c>date</c> is the change time in epoch milliseconds, made strictly increasing so that two
/// events never share a date (receivers de-duplicate on event + interview + date). Completing an interview sends
/// <c>interview.finish</c> only, not also a status change; adding a comment or a share link sends nothing.
/// </remarks>
/// <example>
/// <code>
/// var hook = fake.Webhooks.Register(new Uri("http://127.0.0.1:5005/webhooks/hireflix"), "secret");
/// // … invite, complete, shortlist through the SDK …
/// await fake.Webhooks.WhenIdleAsync(TimeSpan.FromSeconds(10));
/// hook.Delivered.Should().Be(3);
/// </code>
/// </example>
public sealed class FakeWebhooks
{
    private static readonly string[] AllEvents =
    [
        HireflixWebhookEventNames.InterviewCreate,
        HireflixWebhookEventNames.InterviewFinish,
        HireflixWebhookEventNames.InterviewStatusChange,
        HireflixWebhookEventNames.InterviewScoreUpdated,
        HireflixWebhookEventNames.InterviewDelete,
    ];

    private readonly object _gate = new();
    private readonly FakeState _state;
    private readonly FakeWebhookOptions _options;
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<FakeWebhookRegistration> _registrations = [];
    private readonly List<FakeWebhookDelivery> _deliveries = [];

    // Last known data of every interview and position name, so interview.delete (sent after the interview and
    // possibly its position are gone) still carries them. Filled only while at least one webhook is registered.
    private readonly Dictionary<string, InterviewView> _interviews = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _positionNames = new(StringComparer.Ordinal);

    // The interview of the previous event when it was interview.finish: completing also moves the stage
    // (pending → to_evaluate), which the state reports as a status-change right after the finish; Hireflix
    // sends interview.finish for that, so the status-change is not sent.
    private string? _justFinished;
    private volatile bool _tracking;
    private bool _disposed;
    private int _nextId;
    private long _sequence;
    private long _lastDate;
    private int _pending;

    internal FakeWebhooks(FakeState state, FakeWebhookOptions options)
    {
        options.Validate();
        _state = state;
        _options = options;
        _http = options.DeliveryHandler is { } handler
            ? new HttpClient(handler, disposeHandler: false)
            : new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1), ConnectTimeout = TimeSpan.FromSeconds(5) }, disposeHandler: true);
        _http.Timeout = Timeout.InfiniteTimeSpan; // each attempt has its own timeout
        state.Changed += OnChanged;
    }

    /// <summary>Every registration, active or not, in registration order.</summary>
    public IReadOnlyList<FakeWebhookRegistration> Registrations
    {
        get
        {
            lock (_gate)
            {
                return [.. _registrations];
            }
        }
    }

    /// <summary>Every delivery queued, across registrations, in queueing order.</summary>
    public IReadOnlyList<FakeWebhookDelivery> Deliveries
    {
        get
        {
            lock (_gate)
            {
                return [.. _deliveries];
            }
        }
    }

    /// <summary>Deliveries answered 2xx, across registrations.</summary>
    public int Delivered => Registrations.Sum(r => r.Delivered);

    /// <summary>Failed attempts (non-2xx, connection failure, timeout), across registrations.</summary>
    public int FailedAttempts => Registrations.Sum(r => r.FailedAttempts);

    /// <summary>Deliveries abandoned after the last retry, across registrations.</summary>
    public int Abandoned => Registrations.Sum(r => r.Abandoned);

    /// <summary>Deliveries queued or in flight (including those waiting for a retry).</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Registers a webhook.</summary>
    /// <param name="url">Absolute http(s) URL the deliveries are POSTed to.</param>
    /// <param name="secret">The secret deliveries are signed with.</param>
    /// <param name="events">Events to receive (see <see cref="HireflixWebhookEventNames"/>); all five interview events when empty.</param>
    /// <returns>The registration, with its counters and deliveries.</returns>
    /// <exception cref="ArgumentException">The URL is not absolute http(s), the secret is empty, or an event is unknown.</exception>
    /// <exception cref="ObjectDisposedException">The fake was stopped.</exception>
    public FakeWebhookRegistration Register(Uri url, string secret, params string[] events)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(events);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("The webhook URL must be an absolute http or https URL.", nameof(url));
        }

        foreach (var name in events)
        {
            if (!AllEvents.Contains(name, StringComparer.Ordinal))
            {
                throw new ArgumentException($"Unknown webhook event '{name}'. Known: {string.Join(", ", AllEvents)}.", nameof(events));
            }
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_tracking)
            {
                PrimeCache();
                _tracking = true;
            }

            var registration = new FakeWebhookRegistration(this, ++_nextId, url, secret, events.Length == 0 ? AllEvents : [.. events.Distinct(StringComparer.Ordinal)]);
            _registrations.Add(registration);
            registration.Start(_http, _options, _stopping.Token);
            return registration;
        }
    }

    /// <summary>Stops sending new events to a webhook; deliveries already queued still go out.</summary>
    /// <param name="registration">The registration.</param>
    /// <returns>Whether it was active.</returns>
    public bool Unregister(FakeWebhookRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        lock (_gate)
        {
            if (!registration.IsActive || !_registrations.Contains(registration))
            {
                return false;
            }

            registration.Deactivate();
            return true;
        }
    }

    /// <summary>
    /// Sends the last delivery again, byte for byte with the same signature, as Hireflix does when it retries a
    /// delivery it believes failed: a receiver should answer 2xx without handling it twice.
    /// </summary>
    /// <param name="registration">Whose last delivery to resend; the most recent delivery of any registration when <see langword="null"/>.</param>
    /// <returns>The queued copy, or <see langword="null"/> when nothing was delivered yet.</returns>
    /// <exception cref="InvalidOperationException">The registration is no longer active.</exception>
    public FakeWebhookDelivery? RedeliverLast(FakeWebhookRegistration? registration = null)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var last = _deliveries.LastOrDefault(d => registration is null || ReferenceEquals(d.Registration, registration));
            if (last is null)
            {
                return null;
            }

            if (!last.Registration.IsActive)
            {
                throw new InvalidOperationException($"Webhook #{last.Registration.Id} is no longer registered.");
            }

            var copy = new FakeWebhookDelivery(++_sequence, last.Registration, last.Event, last.InterviewId, last.OccurredAt, last.BodyBytes, last.Signature, isRedelivery: true);
            QueueLocked(copy);
            return copy;
        }
    }

    /// <summary>Waits until no delivery is queued, in flight or waiting for a retry.</summary>
    /// <param name="timeout">How long to wait at most.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when idle.</returns>
    /// <exception cref="TimeoutException">Deliveries were still pending after <paramref name="timeout"/>.</exception>
    public async Task WhenIdleAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Pending > 0)
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"{Pending} webhook deliveries were still pending after {timeout.TotalSeconds:0.###} s.");
            }

            await Task.Delay(10, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops the senders (pending deliveries are dropped). Called by <see cref="HireflixFakeServer.DisposeAsync"/>.</summary>
    internal async ValueTask DisposeAsync()
    {
        FakeWebhookRegistration[] registrations;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _tracking = false;
            _state.Changed -= OnChanged;
            registrations = [.. _registrations];
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(registrations.Select(r => r.StopAsync())).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A sender stuck in a handler that ignores cancellation: do not hang the test run.
        }

        _http.Dispose();
        _stopping.Dispose();
    }

    internal void OnFinished() => Interlocked.Decrement(ref _pending);

    private void OnChanged(FakeStateChange change)
    {
        if (!_tracking)
        {
            return;
        }

        lock (_gate)
        {
            if (!_tracking)
            {
                return;
            }

            switch (change.Event)
            {
                case "position.create" or "position.update":
                    if (_state.GetPosition(change.PositionId) is { } position)
                    {
                        _positionNames[position.Id] = position.Name;
                    }

                    return;
                case "position.delete":
                    _positionNames.Remove(change.PositionId);
                    return;
            }

            if (change.InterviewId is not { } interviewId || !AllEvents.Contains(change.Event, StringComparer.Ordinal))
            {
                return;
            }

            var justFinished = _justFinished;
            _justFinished = change.Event == HireflixWebhookEventNames.InterviewFinish ? interviewId : null;
            InterviewView? interview;
            if (change.Event == HireflixWebhookEventNames.InterviewDelete)
            {
                _interviews.Remove(interviewId, out interview);
            }
            else
            {
                interview = _state.GetInterview(interviewId);
                if (interview is not null)
                {
                    _interviews[interviewId] = interview;
                }
            }

            if (change.Event == HireflixWebhookEventNames.InterviewStatusChange && justFinished == interviewId && interview?.Stage == "to_evaluate")
            {
                return;
            }

            var targets = _registrations.Where(r => r.Wants(change.Event)).ToList();
            if (targets.Count == 0)
            {
                return;
            }

            // Strictly increasing dates: two events of one interview in the same millisecond (or under a frozen
            // FakeTimeProvider) must not look like a redelivery to a receiver that de-duplicates on the date.
            _lastDate = Math.Max(change.At.ToUnixTimeMilliseconds(), _lastDate + 1);
            var date = DateTimeOffset.FromUnixTimeMilliseconds(_lastDate);
            var positionName = _positionNames.GetValueOrDefault(change.PositionId)
                ?? (interview is null ? null : _state.GetPosition(interview.PositionId)?.Name);
            var body = FakeWebhookPayload.Write(change.Event, interviewId, change.PositionId, positionName, interview, _lastDate);
            foreach (var registration in targets)
            {
                QueueLocked(new FakeWebhookDelivery(++_sequence, registration, change.Event, interviewId, date, body, registration.Sign(body), isRedelivery: false));
            }
        }
    }

    private void QueueLocked(FakeWebhookDelivery delivery)
    {
        _deliveries.Add(delivery);
        Interlocked.Increment(ref _pending);
        delivery.Registration.Enqueue(delivery);
    }

    private void PrimeCache()
    {
        foreach (var position in _state.ListPositions())
        {
            _positionNames[position.Id] = position.Name;
            foreach (var interview in _state.ListInterviews(position.Id))
            {
                _interviews[interview.Id] = interview;
            }
        }
    }
}
