namespace Hireflix.Sdk.Testing;

/// <summary>
/// Queue of transport faults served to the next matching requests, in order. Thread-safe.
/// </summary>
public sealed class FakeFaultInjector
{
    private readonly object _gate = new();
    private readonly List<FakeFault> _pending = [];
    private int _served;

    internal FakeFaultInjector()
    {
    }

    /// <summary>Serve <paramref name="fault"/> to the next <paramref name="times"/> matching requests.</summary>
    /// <param name="fault">The fault.</param>
    /// <param name="times">How many requests it applies to.</param>
    public void Enqueue(FakeFault fault, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _pending.Add(fault);
            }
        }
    }

    /// <summary>Drop every fault not served yet.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    /// <summary>Faults still waiting for a matching request.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Faults served so far.</summary>
    public int Served => Volatile.Read(ref _served);

    /// <summary>Takes the first queued fault that applies to a request for <paramref name="operationName"/>.</summary>
    internal FakeFault? TryTake(string? operationName)
    {
        lock (_gate)
        {
            var index = _pending.FindIndex(f => f.OperationName is null || string.Equals(f.OperationName, operationName, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var fault = _pending[index];
            _pending.RemoveAt(index);
            _served++;
            return fault;
        }
    }
}
