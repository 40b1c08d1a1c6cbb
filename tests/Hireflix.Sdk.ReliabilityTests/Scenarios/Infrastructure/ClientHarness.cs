using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hireflix.Sdk.Reliability.Infrastructure;

/// <summary>How to build one client the way users do (<c>AddHireflix</c> + DI), with the hooks the scenarios need.</summary>
public sealed class HarnessOptions
{
    public required Uri Endpoint { get; init; }

    public required string ApiKey { get; init; }

    /// <summary>Registered as the <see cref="TimeProvider"/> (the SDK's and the resilience pipeline's clock).</summary>
    public TimeProvider? Time { get; init; }

    public ILoggerProvider? Logs { get; init; }

    public Action<HireflixClientOptions>? Configure { get; init; }

    /// <summary>Given the 0-based connect index: true to connect to a closed loopback port instead (a real "connection refused").</summary>
    public Func<int, bool>? RefuseConnect { get; init; }

    /// <summary>Connections kept per server; null for the handler's default (unlimited).</summary>
    public int? MaxConnectionsPerServer { get; init; }
}

/// <summary>
/// A <see cref="HireflixClient"/> in its own service provider (so one scenario's circuit breaker never sees another's
/// failures), whose primary handler is a <see cref="SocketsHttpHandler"/> that connects to 127.0.0.1 only and counts
/// connections, plus a per-attempt handler counting attempts and those in flight.
/// </summary>
public sealed class ClientHarness : IDisposable
{
    private static readonly Lazy<int> ClosedPort = new(FindClosedPort);

    private readonly ServiceProvider _provider;
    private int _connects;
    private int _attempts;
    private int _inFlight;

    public ClientHarness(HarnessOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging(b =>
        {
            b.SetMinimumLevel(LogLevel.Trace);
            if (options.Logs is not null)
            {
                b.AddProvider(new SharedProvider(options.Logs));
            }
        });
        if (options.Time is not null)
        {
            services.AddSingleton(options.Time);
        }

        services.AddHireflix(o =>
        {
            o.ApiKey = options.ApiKey;
            o.Endpoint = options.Endpoint;
            options.Configure?.Invoke(o);
        }).ConfigureHttpClient(b => b
            .ConfigurePrimaryHttpMessageHandler(() => CreatePrimary(options))
            .AddHttpMessageHandler(() => new AttemptCounter(this)));
        _provider = services.BuildServiceProvider();
        Client = _provider.GetRequiredService<HireflixClient>();
    }

    public HireflixClient Client { get; }

    /// <summary>Clients for other API keys over the same handler pool (the multi-tenant path).</summary>
    public IHireflixClientFactory Factory => _provider.GetRequiredService<IHireflixClientFactory>();

    /// <summary>TCP connections the client opened (or tried to).</summary>
    public int Connects => Volatile.Read(ref _connects);

    /// <summary>HTTP attempts that left the resilience pipeline.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Attempts sent whose response headers have not arrived yet.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    public void Dispose() => _provider.Dispose();

    private SocketsHttpHandler CreatePrimary(HarnessOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var index = Interlocked.Increment(ref _connects) - 1;
                var port = options.RefuseConnect?.Invoke(index) == true ? ClosedPort.Value : context.DnsEndPoint.Port;
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        if (options.MaxConnectionsPerServer is { } max)
        {
            handler.MaxConnectionsPerServer = max;
        }

        return handler;
    }

    /// <summary>A loopback port nothing listens on: bound once to learn a free number, then released.</summary>
    private static int FindClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Lets several harnesses log to one provider: disposing a harness must not dispose the caller's provider.</summary>
    private sealed class SharedProvider(ILoggerProvider inner) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => inner.CreateLogger(categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class AttemptCounter(ClientHarness owner) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref owner._attempts);
            Interlocked.Increment(ref owner._inFlight);
            try
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref owner._inFlight);
            }
        }
    }
}
