namespace Hireflix.Sdk.Testing.Webhooks;

/// <summary>
/// One webhook delivery the fake sends (or sent): the exact body and signature, and how its attempts went.
/// The body carries candidate data (name, e-mail, phone), as real deliveries do: do not log it.
/// </summary>
public sealed class FakeWebhookDelivery
{
    private readonly object _gate = new();
    private int _attempts;
    private int? _lastStatusCode;
    private FakeWebhookDeliveryStatus _status;

    internal FakeWebhookDelivery(
        long sequence, FakeWebhookRegistration registration, string eventName, string? interviewId, DateTimeOffset date,
        byte[] body, string signature, bool isRedelivery)
    {
        Sequence = sequence;
        Registration = registration;
        Event = eventName;
        InterviewId = interviewId;
        OccurredAt = date;
        BodyBytes = body;
        Signature = signature;
        IsRedelivery = isRedelivery;
    }

    /// <summary>Order in which the fake queued the delivery, across all registrations (1, 2, …).</summary>
    public long Sequence { get; }

    /// <summary>The webhook it is sent to.</summary>
    public FakeWebhookRegistration Registration { get; }

    /// <summary>Event name, e.g. <c>interview.finish</c>.</summary>
    public string Event { get; }

    /// <summary>The interview the event is about.</summary>
    public string? InterviewId { get; }

    /// <summary>The envelope's <c>date</c> (epoch milliseconds on the wire); strictly increasing across the fake's events.</summary>
    public DateTimeOffset OccurredAt { get; }

    /// <summary>The JSON body, exactly as sent (UTF-8).</summary>
    public string Body => System.Text.Encoding.UTF8.GetString(BodyBytes);

    /// <summary>The <c>x-hireflix-signature</c> header value sent with the body.</summary>
    public string Signature { get; }

    /// <summary>Whether this is a copy queued by <see cref="FakeWebhooks.RedeliverLast"/>.</summary>
    public bool IsRedelivery { get; }

    /// <summary>Attempts made so far.</summary>
    public int Attempts
    {
        get
        {
            lock (_gate)
            {
                return _attempts;
            }
        }
    }

    /// <summary>HTTP status of the last attempt; <see langword="null"/> before the first answer or after a connection failure or timeout.</summary>
    public int? LastStatusCode
    {
        get
        {
            lock (_gate)
            {
                return _lastStatusCode;
            }
        }
    }

    /// <summary>Pending, delivered or abandoned.</summary>
    public FakeWebhookDeliveryStatus Status
    {
        get
        {
            lock (_gate)
            {
                return _status;
            }
        }
    }

    internal byte[] BodyBytes { get; }

    /// <summary>Describes the delivery without its body (which holds candidate data).</summary>
    /// <returns>Sequence, event, interview, status and attempts.</returns>
    public override string ToString() =>
        $"#{Sequence} {Event} {InterviewId} → {Registration.Url}: {Status} after {Attempts} attempt(s), last status {LastStatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}";

    internal void RecordAttempt(int? statusCode)
    {
        lock (_gate)
        {
            _attempts++;
            _lastStatusCode = statusCode;
        }
    }

    internal void Complete(FakeWebhookDeliveryStatus status)
    {
        lock (_gate)
        {
            _status = status;
        }
    }
}
