using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hireflix.Sdk.Tests.Infrastructure;

/// <summary>
/// Builds clients the way users do (AddHireflix, or the constructor without dependency injection), with hooks for time,
/// logging and an attempt counter.
/// </summary>
internal sealed class TestClients : IDisposable
{
    private readonly IDisposable _owned;

    public TestClients(Uri endpoint, Action<HireflixClientOptions>? configure = null, TimeProvider? time = null, ILoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b =>
        {
            b.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                b.AddProvider(logs);
            }
        });
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddHireflix(o =>
        {
            o.ApiKey = TestIds.ApiKey;
            o.Endpoint = endpoint;
            o.RetryDelay = TimeSpan.FromMilliseconds(1);
            configure?.Invoke(o);
        }).ConfigureHttpClient(b => b.AddHttpMessageHandler(() => new AttemptCounter(Attempts)));
        var provider = services.BuildServiceProvider();
        _owned = provider;
        Client = provider.GetRequiredService<HireflixClient>();
    }

    private TestClients(HireflixClientOptions options, TimeProvider time)
    {
        // Below the pipeline like the registered counter: it sees every attempt, then the SDK's own primary handler.
        var primary = new AttemptCounter(Attempts) { InnerHandler = HireflixPrimaryHandler.Create() };
        var client = new HireflixClient(options, primary, time);
        _owned = new Owned(client, primary);
        Client = client;
    }

    /// <summary>A client made with <c>new HireflixClient(options, handler)</c>: the same options and counter, no service provider.</summary>
    public static TestClients WithoutDependencyInjection(Uri endpoint, Action<HireflixClientOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new HireflixClientOptions { ApiKey = TestIds.ApiKey, Endpoint = endpoint, RetryDelay = TimeSpan.FromMilliseconds(1) };
        configure?.Invoke(options);
        return new TestClients(options, time ?? TimeProvider.System);
    }

    public HireflixClient Client { get; }

    /// <summary>Attempts that left the client (below the resilience pipeline), whether or not a server saw them.</summary>
    public AttemptCount Attempts { get; } = new();

    public void Dispose() => _owned.Dispose();

    private sealed class Owned(HireflixClient client, HttpMessageHandler primary) : IDisposable
    {
        public void Dispose()
        {
            client.Dispose();
            primary.Dispose();
        }
    }

    internal sealed class AttemptCount
    {
        private int _value;

        public int Value => Volatile.Read(ref _value);

        public void Increment() => Interlocked.Increment(ref _value);
    }

    private sealed class AttemptCounter(AttemptCount count) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            count.Increment();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
