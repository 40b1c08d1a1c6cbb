using Microsoft.Extensions.Time.Testing;

namespace Hireflix.Sdk.AspNetCore.Tests;

public sealed class InMemoryHireflixWebhookDeduplicationStoreTests
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 10, 27, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_key_is_new_once_then_a_duplicate_until_the_window_expires()
    {
        var store = new InMemoryHireflixWebhookDeduplicationStore(_time);

        (await store.TryRecordAsync("k", Window, default)).Should().BeTrue();
        (await store.TryRecordAsync("k", Window, default)).Should().BeFalse();

        _time.Advance(Window - TimeSpan.FromSeconds(1));
        (await store.TryRecordAsync("k", Window, default)).Should().BeFalse();

        _time.Advance(TimeSpan.FromSeconds(1));
        (await store.TryRecordAsync("k", Window, default)).Should().BeTrue();
    }

    [Fact]
    public async Task A_forgotten_key_is_new_again()
    {
        var store = new InMemoryHireflixWebhookDeduplicationStore(_time);
        await store.TryRecordAsync("k", Window, default);

        await store.ForgetAsync("k", default);

        (await store.TryRecordAsync("k", Window, default)).Should().BeTrue();
    }

    [Fact]
    public async Task Expired_keys_are_swept_so_memory_stays_bounded()
    {
        var store = new InMemoryHireflixWebhookDeduplicationStore(_time);
        for (int i = 0; i < 100; i++)
        {
            await store.TryRecordAsync($"k{i}", Window, default);
        }

        _time.Advance(Window + TimeSpan.FromMinutes(2));
        await store.TryRecordAsync("fresh", Window, default);

        store.Count.Should().Be(1);
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_key_are_accepted_exactly_once()
    {
        var store = new InMemoryHireflixWebhookDeduplicationStore(_time);

        bool[] results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => store.TryRecordAsync("k", Window, default).AsTask())));

        results.Count(r => r).Should().Be(1);
    }
}
