using System.Net.Http.Headers;
using System.Threading.Channels;
using Hireflix.Sdk.Webhooks;

namespace Hireflix.Sdk.Testing.Webhooks;

/// <summary>
/// A webhook registered with <see cref="FakeWebhooks.Register(Uri, string, string[])"/>: its URL, the events it
/// receives, and its delivery counters. Each registration has its own queue, sent in order by one background
/// sender: a delivery is retried until it succeeds or is abandoned before the next one goes out.
/// </summary>
public sealed class FakeWebhookRegistration
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly Channel<FakeWebhookDelivery> _queue =
        Channel.CreateUnbounded<FakeWebhookDelivery>(new UnboundedChannelOptions { SingleReader = true });

    private readonly string _secret;
    private readonly HashSet<string> _events;
    private readonly FakeWebhooks _owner;
    private readonly List<FakeWebhookDelivery> _deliveries = [];
    private int _delivered;
    private int _failedAttempts;
    private int _abandoned;
    private volatile bool _active = true;
    private Task _sender = Task.CompletedTask;

    internal FakeWebhookRegistration(FakeWebhooks owner, int id, Uri url, string secret, IReadOnlyList<string> events)
    {
        _owner = owner;
        Id = id;
        Url = url;
        _secret = secret;
        Events = events;
        _events = new HashSet<string>(events, StringComparer.Ordinal);
    }

    /// <summary>Registration number (1, 2, …) within the fake.</summary>
    public int Id { get; }

    /// <summary>Where deliveries are POSTed.</summary>
    public Uri Url { get; }

    /// <summary>The events this webhook receives (see <see cref="HireflixWebhookEventNames"/>).</summary>
    public IReadOnlyList<string> Events { get; }

    /// <summary>Whether it still receives new events (<see langword="false"/> after <see cref="FakeWebhooks.Unregister"/>).</summary>
    public bool IsActive => _active;

    /// <summary>Deliveries answered 2xx.</summary>
    public int Delivered => Volatile.Read(ref _delivered);

    /// <summary>Attempts that failed (non-2xx, connection failure or timeout), retried or not.</summary>
    public int FailedAttempts => Volatile.Read(ref _failedAttempts);

    /// <summary>Deliveries given up after the last retry.</summary>
    public int Abandoned => Volatile.Read(ref _abandoned);

    /// <summary>Every delivery queued for this webhook, in sending order.</summary>
    public IReadOnlyList<FakeWebhookDelivery> Deliveries
    {
        get
        {
            lock (_deliveries)
            {
                return [.. _deliveries];
            }
        }
    }

    /// <summary>Describes the registration without its secret.</summary>
    /// <returns>Id, URL, events and counters.</returns>
    public override string ToString() =>
        $"webhook #{Id} {Url} [{string.Join(", ", Events)}]: {Delivered} delivered, {FailedAttempts} failed attempt(s), {Abandoned} abandoned";

    internal bool Wants(string eventName) => _active && _events.Contains(eventName);

    internal string Sign(byte[] body) => HireflixWebhookSigner.ComputeSignature(_secret, body);

    internal void Start(HttpClient http, FakeWebhookOptions options, CancellationToken stopping) =>
        _sender = Task.Run(() => SendLoopAsync(http, options, stopping), CancellationToken.None);

    /// <summary>Queues a delivery; the caller has already counted it as pending.</summary>
    internal void Enqueue(FakeWebhookDelivery delivery)
    {
        lock (_deliveries)
        {
            _deliveries.Add(delivery);
        }

        if (!_queue.Writer.TryWrite(delivery))
        {
            // Completed (fake stopping): nobody will send it.
            delivery.Complete(FakeWebhookDeliveryStatus.Abandoned);
            Interlocked.Increment(ref _abandoned);
            _owner.OnFinished();
        }
    }

    /// <summary>Stops taking new events; what is queued is still sent.</summary>
    internal void Deactivate()
    {
        _active = false;
        _queue.Writer.TryComplete();
    }

    internal Task StopAsync()
    {
        _active = false;
        _queue.Writer.TryComplete();
        return _sender;
    }

    private async Task SendLoopAsync(HttpClient http, FakeWebhookOptions options, CancellationToken stopping)
    {
        try
        {
            await foreach (var delivery in _queue.Reader.ReadAllAsync(stopping).ConfigureAwait(false))
            {
                try
                {
                    await DeliverAsync(http, options, delivery, stopping).ConfigureAwait(false);
                }
                finally
                {
                    _owner.OnFinished();
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The fake is being disposed; queued deliveries are dropped.
        }
    }

    private async Task DeliverAsync(HttpClient http, FakeWebhookOptions options, FakeWebhookDelivery delivery, CancellationToken stopping)
    {
        var delay = options.RetryDelay;
        for (var attempt = 0; attempt <= options.MaxRetries; attempt++)
        {
            if (attempt > 0)
            {
                try
                {
                    await Task.Delay(delay, stopping).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.MaxRetryDelay.Ticks));
            }

            var status = await AttemptAsync(http, options, delivery, stopping).ConfigureAwait(false);
            delivery.RecordAttempt(status);
            if (status is >= 200 and <= 299)
            {
                delivery.Complete(FakeWebhookDeliveryStatus.Delivered);
                Interlocked.Increment(ref _delivered);
                return;
            }

            Interlocked.Increment(ref _failedAttempts);
            if (stopping.IsCancellationRequested)
            {
                break;
            }
        }

        delivery.Complete(FakeWebhookDeliveryStatus.Abandoned);
        Interlocked.Increment(ref _abandoned);
    }

    /// <returns>The HTTP status, or <see langword="null"/> for a connection failure or timeout.</returns>
    private static async Task<int?> AttemptAsync(HttpClient http, FakeWebhookOptions options, FakeWebhookDelivery delivery, CancellationToken stopping)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        timeout.CancelAfter(options.AttemptTimeout);
        using var content = new ByteArrayContent(delivery.BodyBytes);
        content.Headers.ContentType = JsonContentType;
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Registration.Url) { Content = content };
        request.Headers.TryAddWithoutValidation(HireflixWebhookVerifier.SignatureHeaderName, delivery.Signature);
        request.Headers.TryAddWithoutValidation("User-Agent", "Hireflix-Fake-Webhooks/1.0");
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }
}
