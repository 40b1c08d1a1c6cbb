using System.Collections.Concurrent;

namespace Hireflix.Sdk.Testing.Internal.Http;

/// <summary>What reached the endpoint, for assertions such as "the SDK retried twice" or "no request was sent".</summary>
internal sealed class RequestCounters
{
    private readonly ConcurrentDictionary<string, int> _byOperation = new(StringComparer.Ordinal);
    private int _total;

    public int Total => Volatile.Read(ref _total);

    public void Count(string? operationName)
    {
        Interlocked.Increment(ref _total);
        if (operationName is not null)
        {
            _byOperation.AddOrUpdate(operationName, 1, (_, n) => n + 1);
        }
    }

    public int For(string operationName) => _byOperation.TryGetValue(operationName, out var n) ? n : 0;

    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_byOperation, StringComparer.Ordinal);
}
