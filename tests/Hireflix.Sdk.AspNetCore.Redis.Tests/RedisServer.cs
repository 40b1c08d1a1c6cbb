using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Hireflix.Sdk.AspNetCore.Redis.Tests;

/// <summary>
/// A real redis-server started for the tests on 127.0.0.1 (never all interfaces) on a free port, without persistence,
/// and stopped after. Stop and start again on the same port simulate an outage.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private Process? _process;

    public int Port { get; } = FreePort();

    public string Configuration => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=5000,syncTimeout=5000,asyncTimeout=5000";

    /// <summary>A connection that has answered a PING: on a loaded machine the first connect can miss its 1 s timeout.</summary>
    public ConnectionMultiplexer Connect()
    {
        var connection = ConnectionMultiplexer.Connect(Configuration);
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                connection.GetDatabase().Ping();
                return connection;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException && attempt < 20)
            {
                Thread.Sleep(100);
            }
        }
    }

    public Task InitializeAsync() => StartAsync();

    public Task DisposeAsync()
    {
        Stop();
        return Task.CompletedTask;
    }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", string.Empty, "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("redis-server is not installed: apt-get install -y redis-server (.ci/run does this).", exception);
        }

        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        for (int attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on 127.0.0.1:{Port} within 5 s.");
    }

    /// <summary>Kills the server (only the process these tests started).</summary>
    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        _process = null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
