namespace Hireflix.Sdk.Reliability.HostileSender;

/// <summary>The statuses a slow-sender attack got back: one entry per connection (null: closed without an answer).</summary>
public sealed record SlowSenderOutcome(IReadOnlyList<int?> Stalled, IReadOnlyList<int?> Trickling, double PeakGrowthMb, double HeldGrowthMb);

/// <summary>
/// Two memory attacks on the webhook endpoint at once: connections that declare a large body and send one byte,
/// and connections that trickle 300 B/s (above Kestrel's 240 B/s minimum rate) towards a declared 1 MiB.
/// </summary>
public static class SlowSenderAttack
{
    public const long DeclaredBytes = 1024 * 1024;

    public static async Task<SlowSenderOutcome> RunAsync(Uri endpoint, int stalled, int trickling, CancellationToken cancellationToken)
    {
        var connections = new List<RawHttpConnection>();
        try
        {
            await using var heap = new HeapSampler();
            for (int i = 0; i < stalled + trickling; i++)
            {
                RawHttpConnection connection = await RawHttpConnection.OpenAsync(endpoint, cancellationToken).ConfigureAwait(false);
                connections.Add(connection);
                await connection.SendHeadersAsync(endpoint, DeclaredBytes, "c2lnbmF0dXJl", cancellationToken).ConfigureAwait(false);
                await connection.SendAsync("{"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            }

            Task<int?>[] stalledStatuses = connections.Take(stalled).Select(c => c.ReadStatusAsync(cancellationToken)).ToArray();
            Task<int?>[] tricklingStatuses = connections.Skip(stalled).Select(c => TrickleAsync(c, cancellationToken)).ToArray();

            // Every connection is open and has sent its first byte: what the endpoint holds for them now is the attack's cost.
            await Task.Delay(300, cancellationToken).ConfigureAwait(false);
            double held = heap.HeldGrowthMb();

            int?[] stalledResults = await Task.WhenAll(stalledStatuses).ConfigureAwait(false);
            int?[] tricklingResults = await Task.WhenAll(tricklingStatuses).ConfigureAwait(false);
            return new SlowSenderOutcome(stalledResults, tricklingResults, heap.PeakGrowthMb, held);
        }
        finally
        {
            foreach (RawHttpConnection connection in connections)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<int?> TrickleAsync(RawHttpConnection connection, CancellationToken cancellationToken)
    {
        Task<int?> status = connection.ReadStatusAsync(cancellationToken);
        byte[] chunk = new byte[30];
        Array.Fill(chunk, (byte)' ');
        try
        {
            while (!status.IsCompleted)
            {
                await connection.SendAsync(chunk, cancellationToken).ConfigureAwait(false);
                await Task.WhenAny(status, Task.Delay(100, cancellationToken)).ConfigureAwait(false);
            }
        }
        catch (IOException)
        {
            // The server closed the connection after answering; the status read has it.
        }

        return await status.ConfigureAwait(false);
    }
}
