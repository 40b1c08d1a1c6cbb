using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hireflix.Sdk.Tests.Infrastructure;

/// <summary>Builds clients the way users do (AddHireflix), with hooks for time, logging and an attempt counter.</summary>
internal sealed class TestClients : IDisposable
{
    private readonly ServiceProvider _provider;

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
        _provider = services.BuildServiceProvider();
        Client = _provider.GetRequiredService<HireflixClient>();
    }

    public HireflixClient Client { get; }

    /// <summary>Attempts that left the client (below the resilience pipeline), whether or not a server saw them.</summary>
    public AttemptCount Attempts { get; } = new();

    public void Dispose() => _provider.Dispose();

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
