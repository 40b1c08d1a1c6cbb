using System.Collections.Concurrent;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// The default <see cref="IHireflixWebhookDeduplicationStore"/>: a process-local dictionary with expiry.
/// Not shared between instances and lost on restart; use a distributed store for a web farm.
/// </summary>
public sealed class InMemoryHireflixWebhookDeduplicationStore : IHireflixWebhookDeduplicationStore
{
    // Expired entries are removed by a sweep at most this often, which bounds memory without a timer.
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
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

    /// <summary>The number of remembered keys, including expired ones not yet swept.</summary>
    public int Count => _expiries.Count;

    /// <inheritdoc />
    public ValueTask<bool> TryRecordAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (window <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "The deduplication window must be positive.");
        }

        DateTimeOffset now = _timeProvider.GetUtcNow();
        SweepIfDue(now);

        DateTimeOffset expiry = now + window;
        while (true)
        {
            if (_expiries.TryGetValue(key, out DateTimeOffset existing))
            {
                if (existing > now)
                {
                    return ValueTask.FromResult(false);
                }

                // Expired: take it over, but only if nobody else did in between.
                if (_expiries.TryUpdate(key, expiry, existing))
                {
                    return ValueTask.FromResult(true);
                }
            }
            else if (_expiries.TryAdd(key, expiry))
            {
                return ValueTask.FromResult(true);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask ForgetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        _expiries.TryRemove(key, out _);
        return ValueTask.CompletedTask;
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        long due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due
            || Interlocked.CompareExchange(ref _nextSweepTicks, (now + SweepInterval).UtcTicks, due) != due)
        {
            return;
        }

        foreach (KeyValuePair<string, DateTimeOffset> entry in _expiries)
        {
            if (entry.Value <= now)
            {
                // Removes only if unchanged, so a concurrent re-record is not lost.
                _expiries.TryRemove(entry);
            }
        }
    }
}
