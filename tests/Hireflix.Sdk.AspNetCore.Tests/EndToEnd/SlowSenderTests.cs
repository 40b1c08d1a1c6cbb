using System.Diagnostics;
using Hireflix.Sdk.Reliability.HostileSender;
using Microsoft.Extensions.Logging;

namespace Hireflix.Sdk.AspNetCore.Tests.EndToEnd;

/// <summary>
/// Issue 17 finding 4: a sender that declares a body and sends it slowly (or not at all) is ended by the whole-body
/// read deadline with 408, quietly: Kestrel's own minimum data rate (240 B/s) lets a 300 B/s trickle live for an hour.
/// </summary>
public sealed class SlowSenderTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(1);

    private static Task<LoopbackWebhookHost> StartAsync() => LoopbackWebhookHost.StartAsync(o =>
    {
        o.Secrets.Add("slow-sender-secret");
        o.BodyReadTimeout = Deadline;
    });

    [Fact]
    public async Task A_sender_that_declares_a_large_body_and_stalls_gets_408_at_the_read_deadline()
    {
        await using LoopbackWebhookHost host = await StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using RawHttpConnection connection = await RawHttpConnection.OpenAsync(host.EndpointUrl, timeout.Token);
        var clock = Stopwatch.StartNew();

        await connection.SendHeadersAsync(host.EndpointUrl, 1_000_000, "c2lnbmF0dXJl", timeout.Token);
        await connection.SendAsync("{"u8.ToArray(), timeout.Token);
        int? status = await connection.ReadStatusAsync(timeout.Token);

        status.Should().Be(408);
        clock.Elapsed.Should().BeLessThan(Deadline * 4, "the deadline, not Kestrel's 5 s minimum-rate grace, ends the request");
        host.Received.Should().BeEmpty();
        host.Logs.Entries.Should().NotContain(e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_sender_trickling_faster_than_Kestrels_minimum_rate_still_gets_408_at_the_read_deadline()
    {
        await using LoopbackWebhookHost host = await StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using RawHttpConnection connection = await RawHttpConnection.OpenAsync(host.EndpointUrl, timeout.Token);
        await connection.SendHeadersAsync(host.EndpointUrl, 1_000_000, "c2lnbmF0dXJl", timeout.Token);
        Task<int?> status = connection.ReadStatusAsync(timeout.Token);

        // 30 bytes every 100 ms: 300 B/s, above the 240 B/s Kestrel enforces, so only the deadline can stop it.
        byte[] chunk = new byte[30];
        Array.Fill(chunk, (byte)' ');
        try
        {
            while (!status.IsCompleted)
            {
                await connection.SendAsync(chunk, timeout.Token);
                await Task.Delay(100, timeout.Token);
            }
        }
        catch (IOException)
        {
            // The server closes the connection after its 408; the trickle loop notices on its next write.
        }

        (await status).Should().Be(408);
        host.Logs.Entries.Should().NotContain(e => e.Level >= LogLevel.Error);
    }
}
