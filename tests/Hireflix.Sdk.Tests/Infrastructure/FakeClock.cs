using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace Hireflix.Sdk.Tests.Infrastructure;

/// <summary>Runs a call to completion while moving a fake clock forward, so back-offs and timeouts take no real time.</summary>
internal static class FakeClock
{
    public static async Task<Exception?> DriveAsync(FakeTimeProvider time, Func<Task> call, TimeSpan? step = null)
    {
        var task = Task.Run(call);
        var realTime = Stopwatch.StartNew();
        while (!task.IsCompleted)
        {
            if (realTime.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("The call did not finish within 30 s of real time.");
            }

            time.Advance(step ?? TimeSpan.FromMilliseconds(250));
            await Task.Delay(2);
        }

        return await Record.ExceptionAsync(() => task);
    }

    public static int FreeLoopbackPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
