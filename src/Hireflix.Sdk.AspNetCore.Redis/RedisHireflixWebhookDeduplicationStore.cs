using System.Globalization;
using StackExchange.Redis;

namespace Hireflix.Sdk.AspNetCore.Redis;

/// <summary>
/// An <see cref="IHireflixWebhookDeduplicationStore"/> shared by every replica through Redis: a claim is a key set
/// with <c>NX</c> and a lease (<c>PX</c>), completion overwrites it with <c>done</c> for the de-duplication window,
/// release deletes it only if this attempt's token still holds it. A replica that dies mid-handler leaves a claim
/// that expires after the lease, so the next redelivery runs the handler. When Redis cannot be reached, every call
/// throws (<see cref="RedisException"/> or a timeout) and the endpoint answers 503 without running the handler.
/// </summary>
public sealed class RedisHireflixWebhookDeduplicationStore : IHireflixWebhookDeduplicationStore
{
    private readonly IConnectionMultiplexer _connection;
    private readonly RedisHireflixWebhookDeduplicationOptions _options;

    /// <summary>Creates the store over a connection (share one multiplexer per process, as StackExchange.Redis advises).</summary>
    /// <param name="connection">The Redis connection.</param>
    /// <param name="options">Key prefix and database.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RedisHireflixWebhookDeduplicationStore(IConnectionMultiplexer connection, RedisHireflixWebhookDeduplicationOptions options)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        _connection = connection;
        _options = options;
    }

    /// <inheritdoc />
    public async ValueTask<HireflixWebhookClaimResult> TryClaimAsync(string key, string token, TimeSpan lease, CancellationToken cancellationToken)
    {
        RedisResult result = await EvaluateAsync(RedisDeduplicationScripts.TryClaim, key, RedisDeduplicationScripts.ClaimPrefix + token, lease, cancellationToken)
            .ConfigureAwait(false);
        return (int)result switch
        {
            1 => HireflixWebhookClaimResult.Claimed,
            2 => HireflixWebhookClaimResult.AlreadyHandled,
            _ => HireflixWebhookClaimResult.InProgress,
        };
    }

    /// <inheritdoc />
    public async ValueTask<bool> CompleteAsync(string key, string token, TimeSpan window, CancellationToken cancellationToken)
        => (int)await EvaluateAsync(RedisDeduplicationScripts.Complete, key, RedisDeduplicationScripts.ClaimPrefix + token, window, cancellationToken)
            .ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public async ValueTask<bool> ReleaseAsync(string key, string token, CancellationToken cancellationToken)
        => (int)await EvaluateAsync(RedisDeduplicationScripts.Release, key, RedisDeduplicationScripts.ClaimPrefix + token, null, cancellationToken)
            .ConfigureAwait(false) == 1;

    private async Task<RedisResult> EvaluateAsync(string script, string key, string value, TimeSpan? duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        RedisValue[] values = duration is { } d
            ? [value, Milliseconds(d)]
            : [value];

        // StackExchange.Redis sends EVALSHA once the script is known to the server, EVAL otherwise.
        IDatabase database = _connection.GetDatabase(_options.Database);
        return await database.ScriptEvaluateAsync(script, [new RedisKey(_options.KeyPrefix + key)], values)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Milliseconds(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "The duration must be positive.");
        }

        return Math.Max(1, (long)Math.Ceiling(duration.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);
    }
}
