namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// Remembers processed deliveries so a redelivery (or a replay: Hireflix signs no timestamp) is answered
/// 200 without calling the handler again. The default is in memory, per process; implement this over a
/// shared cache (Redis, SQL) when several instances receive webhooks.
/// </summary>
/// <remarks>
/// Keys: for an interview event with a <c>date</c>, <c>"{event}|{interview id}|{date as epoch ms}"</c>;
/// otherwise (no <c>date</c>, or an unknown event) <c>"sha256:{hex SHA-256 of the raw body}"</c>.
/// Keys contain no candidate data and are at most 100 characters plus the interview id.
/// </remarks>
public interface IHireflixWebhookDeduplicationStore
{
    /// <summary>
    /// Records <paramref name="key"/> for <paramref name="window"/> unless it is already recorded and unexpired.
    /// Must be atomic: of two concurrent calls with one key, only one may return true.
    /// </summary>
    /// <param name="key">The delivery key.</param>
    /// <param name="window">How long to remember the key.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when the key was new (process the delivery); false for a duplicate.</returns>
    ValueTask<bool> TryRecordAsync(string key, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Forgets a key, because its handler failed and the redelivery must be processed.</summary>
    /// <param name="key">The delivery key.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the key is forgotten.</returns>
    ValueTask ForgetAsync(string key, CancellationToken cancellationToken);
}
