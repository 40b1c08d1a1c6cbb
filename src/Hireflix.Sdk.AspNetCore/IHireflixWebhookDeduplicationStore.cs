namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// Decides which receiver runs the handler for a delivery, and remembers handled deliveries so a redelivery (or a
/// replay: Hireflix signs no timestamp) is answered 200 without running the handler again. The default is in memory,
/// per process; share one store (e.g. <c>Hireflix.Sdk.AspNetCore.Redis</c>) when several replicas receive webhooks.
/// </summary>
/// <remarks>
/// <para>A key moves through claim → done, or claim → released:</para>
/// <list type="bullet">
/// <item><see cref="TryClaimAsync"/> takes a lease on a key that is neither done nor leased, tagged with the caller's
/// token; the lease expires by itself, so a receiver that dies mid-handler blocks nobody for longer than the lease.</item>
/// <item><see cref="CompleteAsync"/> marks the key done for the de-duplication window, after the handler succeeded.</item>
/// <item><see cref="ReleaseAsync"/> drops the lease after the handler failed, so the redelivery runs it again; only
/// the token that holds the lease may release it (a late release must not free someone else's newer claim).</item>
/// </list>
/// <para>Every step must be atomic against concurrent callers on every replica (no read-then-write). A store that
/// cannot answer must throw: the endpoint then answers 503 and runs no handler.</para>
/// <para>Keys are produced by <see cref="HireflixWebhookOptions.DeliveryKey"/>; the default is documented on
/// <see cref="HireflixWebhookDeliveryKeys.Default"/>.</para>
/// </remarks>
public interface IHireflixWebhookDeduplicationStore
{
    /// <summary>Claims <paramref name="key"/> for <paramref name="lease"/> unless it is done or leased by anyone.</summary>
    /// <param name="key">The delivery key.</param>
    /// <param name="token">Identifies this claim; unique per delivery attempt.</param>
    /// <param name="lease">How long the claim lasts if neither completed nor released.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Whether the caller now holds the claim, or why not.</returns>
    ValueTask<HireflixWebhookClaimResult> TryClaimAsync(string key, string token, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Marks <paramref name="key"/> handled for <paramref name="window"/>, whoever holds it now.</summary>
    /// <param name="key">The delivery key.</param>
    /// <param name="token">The token passed to <see cref="TryClaimAsync"/>.</param>
    /// <param name="window">How long to remember the key.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>False when the claim had expired before completion (the lease was shorter than the handler).</returns>
    ValueTask<bool> CompleteAsync(string key, string token, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Drops the claim on <paramref name="key"/> if <paramref name="token"/> still holds it.</summary>
    /// <param name="key">The delivery key.</param>
    /// <param name="token">The token passed to <see cref="TryClaimAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when the claim was dropped; false when it had expired or belongs to another token.</returns>
    ValueTask<bool> ReleaseAsync(string key, string token, CancellationToken cancellationToken);
}
