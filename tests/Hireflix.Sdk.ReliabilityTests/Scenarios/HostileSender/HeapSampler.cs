namespace Hireflix.Sdk.Reliability.HostileSender;

/// <summary>
/// Samples the GC heap every few milliseconds while an attack runs and keeps the peak above the baseline. The sample
/// includes garbage not yet collected and the attacking clients themselves (same process), so it over-states the
/// endpoint's share: a conservative figure.
/// </summary>
public sealed class HeapSampler : IAsyncDisposable
{
    private readonly long _baseline;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    public HeapSampler()
    {
        _baseline = GC.GetTotalMemory(forceFullCollection: true);
        _peak = _baseline;
        _loop = Task.Run(SampleAsync);
    }

    public double PeakGrowthMb => Math.Max(0, Interlocked.Read(ref _peak) - _baseline) / (1024d * 1024d);

    /// <summary>What the attack holds: the heap after a full collection, above the baseline.</summary>
    public double HeldGrowthMb() => Math.Max(0, GC.GetTotalMemory(forceFullCollection: true) - _baseline) / (1024d * 1024d);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            long now = GC.GetTotalMemory(forceFullCollection: false);
            if (now > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, now);
            }

            try
            {
                await Task.Delay(10, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
