using Hireflix.Sdk.AspNetCore.Tests.Deduplication;
using StackExchange.Redis;

namespace Hireflix.Sdk.AspNetCore.Redis.Tests;

/// <summary>The claim → done / release contract, on a real Redis with its real clock (leases of 600 ms).</summary>
public sealed class RedisStoreContractTests : DeduplicationStoreContract, IClassFixture<RedisServer>, IDisposable
{
    private readonly ConnectionMultiplexer _connection;

    public RedisStoreContractTests(RedisServer redis)
    {
        _connection = redis.Connect();
        Store = new RedisHireflixWebhookDeduplicationStore(_connection, new RedisHireflixWebhookDeduplicationOptions());
    }

    protected override IHireflixWebhookDeduplicationStore Store { get; }

    protected override Task AdvanceAsync(TimeSpan duration) => Task.Delay(duration);

    [Fact]
    public async Task Keys_carry_the_prefix_and_done_marks_expire_with_the_window()
    {
        var store = new RedisHireflixWebhookDeduplicationStore(_connection, new RedisHireflixWebhookDeduplicationOptions { KeyPrefix = "app1:" });
        string key = NewKey();
        await store.TryClaimAsync(key, "a", Lease, default);
        await store.CompleteAsync(key, "a", TimeSpan.FromSeconds(20), default);

        IDatabase database = _connection.GetDatabase();
        ((string?)await database.StringGetAsync("app1:" + key)).Should().Be("done");
        (await database.KeyTimeToLiveAsync("app1:" + key)).Should().BeGreaterThan(TimeSpan.FromSeconds(15)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task An_unreachable_Redis_throws_rather_than_answering()
    {
        using ConnectionMultiplexer nowhere = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{ClosedPort()},abortConnect=false,connectTimeout=300,asyncTimeout=500");
        var store = new RedisHireflixWebhookDeduplicationStore(nowhere, new RedisHireflixWebhookDeduplicationOptions());

        await FluentActions.Awaiting(() => store.TryClaimAsync(NewKey(), "a", Lease, default).AsTask()).Should().ThrowAsync<RedisException>();
    }

    public void Dispose() => _connection.Dispose();

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
