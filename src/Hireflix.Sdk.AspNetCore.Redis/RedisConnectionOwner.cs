using StackExchange.Redis;

namespace Hireflix.Sdk.AspNetCore.Redis;

/// <summary>Owns the multiplexer made from a configuration string: created on first use, disposed with the container.</summary>
internal sealed class RedisConnectionOwner(ConfigurationOptions options) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _connection = new(() => ConnectionMultiplexer.Connect(options));

    public IConnectionMultiplexer Connection => _connection.Value;

    public void Dispose()
    {
        if (_connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }
    }
}
