using System.Collections.Concurrent;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// The default <see cref="IHireflixWebhookDeduplicationStore"/>: a process-local dictionary of claims and done
/// marks, each with an expiry. Not shared between instances and lost on restart; use a distributed store for a web farm.
/// </summary>
public sealed class InMemoryHireflixWebhookDeduplicationStore : IHireflixWebhookDeduplicationStore
{
    // Expired entries are removed by a sweep at most this often, which bounds memory without a timer.
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    // Entries are immutable and compared by reference, so every transition is one compare-and-swap.
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private long _nextSweepTicks;

    /// <summary>Creates the store.</summary>
    /// <param name="timeProvider">The clock used for expiry (injectable for tests).</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is null.</exception>
    public InMemoryHireflixWebhookDeduplicationStore(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

    /// <summary>The number of remembered keys (claims and done marks), including expired ones not yet swept.</summary>
    public int Count => _entries.Count;

    /// <inheritdoc />
    public ValueTask<HireflixWebhookClaimResult> TryClaimAsync(string key, string token, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(token);
        ThrowIfNotPositive(lease, nameof(lease));

        DateTimeOffset now = _timeProvider.GetUtcNow();
        SweepIfDue(now);

        var claim = new Entry(token, now + lease);
        while (true)
        {
            if (_entries.TryGetValue(key, out Entry? existing))
            {
                if (existing.Expiry > now)
                {
                    return ValueTask.FromResult(existing.IsDone ? HireflixWebhookClaimResult.AlreadyHandled : HireflixWebhookClaimResult.InProgress);
                }

                // Expired: take it over, but only if nobody else did in between.
                if (_entries.TryUpdate(key, claim, existing))
                {
                    return ValueTask.FromResult(HireflixWebhookClaimResult.Claimed);
                }
            }
            else if (_entries.TryAdd(key, claim))
            {
                return ValueTask.FromResult(HireflixWebhookClaimResult.Claimed);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> CompleteAsync(string key, string token, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(token);
        ThrowIfNotPositive(window, nameof(window));

        DateTimeOffset now = _timeProvider.GetUtcNow();
        var done = new Entry(null, now + window);
        while (true)
        {
            if (_entries.TryGetValue(key, out Entry? existing))
            {
                if (_entries.TryUpdate(key, done, existing))
                {
                    return ValueTask.FromResult(existing.Token == token && existing.Expiry > now);
                }
            }
            else if (_entries.TryAdd(key, done))
            {
                return ValueTask.FromResult(false);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> ReleaseAsync(string key, string token, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(token);

        // Removes only this exact entry: a done mark or another token's claim stays.
        bool released = _entries.TryGetValue(key, out Entry? existing)
            && existing.Token == token
            && _entries.TryRemove(new KeyValuePair<string, Entry>(key, existing));
        return ValueTask.FromResult(released);
    }

    private static void ThrowIfNotPositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, "The duration must be positive.");
        }
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        long due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due
            || Interlocked.CompareExchange(ref _nextSweepTicks, (now + SweepInterval).UtcTicks, due) != due)
        {
            return;
        }

        foreach (KeyValuePair<string, Entry> entry in _entries)
        {
            if (entry.Value.Expiry <= now)
            {
                // Removes only if unchanged, so a concurrent claim is not lost.
                _entries.TryRemove(entry);
            }
        }
    }

    /// <summary>A claim (with its token) or, with no token, a done mark.</summary>
    private sealed record Entry(string? Token, DateTimeOffset Expiry)
    {
        public bool IsDone => Token is null;
    }
}
