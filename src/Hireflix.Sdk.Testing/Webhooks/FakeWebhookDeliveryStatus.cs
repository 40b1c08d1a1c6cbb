namespace Hireflix.Sdk.Testing.Webhooks;

/// <summary>Where a <see cref="FakeWebhookDelivery"/> stands.</summary>
public enum FakeWebhookDeliveryStatus
{
    /// <summary>Queued, being sent, or waiting for a retry.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt failed (<see cref="FakeWebhookOptions.MaxRetries"/> retries used), or the fake stopped first.</summary>
    Abandoned,
}
