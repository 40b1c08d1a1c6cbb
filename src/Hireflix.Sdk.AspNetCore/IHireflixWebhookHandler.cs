using Hireflix.Sdk.Webhooks;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// Your code that reacts to verified, de-duplicated Hireflix webhook events. Register it in DI (any
/// lifetime; it is resolved from the request's scope) and map it with
/// <see cref="HireflixWebhookEndpointRouteBuilderExtensions.MapHireflixWebhooks(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder, string)"/>.
/// </summary>
public interface IHireflixWebhookHandler
{
    /// <summary>
    /// Handles one event. Return normally to answer 200. Throwing answers 500 and releases the delivery,
    /// so Hireflix's redelivery is processed again: keep side effects idempotent.
    /// </summary>
    /// <param name="webhookEvent">The event; switch on its type (for example <see cref="InterviewFinished"/>).</param>
    /// <param name="cancellationToken">Cancelled when the sender disconnects.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    Task HandleAsync(HireflixWebhookEvent webhookEvent, CancellationToken cancellationToken);
}
