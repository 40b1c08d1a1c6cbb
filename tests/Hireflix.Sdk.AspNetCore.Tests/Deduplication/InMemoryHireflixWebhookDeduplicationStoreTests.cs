using Microsoft.Extensions.Time.Testing;

namespace Hireflix.Sdk.AspNetCore.Tests.Deduplication;

public sealed class InMemoryHireflixWebhookDeduplicationStoreTests : DeduplicationStoreContract
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 10, 27, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryHireflixWebhookDeduplicationStore _store;

    public InMemoryHireflixWebhookDeduplicationStoreTests() => _store = new InMemoryHireflixWebhookDeduplicationStore(_time);

    protected override IHireflixWebhookDeduplicationStore Store => _store;

    protected override Task AdvanceAsync(TimeSpan duration)
    {
        _time.Advance(duration);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_done_key_is_handled_until_the_window_expires_then_new()
    {
        (await _store.TryClaimAsync("k", "a", Lease, default)).Should().Be(HireflixWebhookClaimResult.Claimed);
        await _store.CompleteAsync("k", "a", Window, default);

        _time.Advance(Window - TimeSpan.FromSeconds(1));
        (await _store.TryClaimAsync("k", "b", Lease, default)).Should().Be(HireflixWebhookClaimResult.AlreadyHandled);

        _time.Advance(TimeSpan.FromSeconds(1));
        (await _store.TryClaimAsync("k", "b", Lease, default)).Should().Be(HireflixWebhookClaimResult.Claimed);
    }

    [Fact]
    public async Task Expired_keys_are_swept_so_memory_stays_bounded()
    {
        for (int i = 0; i < 100; i++)
        {
            await _store.TryClaimAsync($"k{i}", "a", Window, default);
        }

        _time.Advance(Window + TimeSpan.FromMinutes(2));
        await _store.TryClaimAsync("fresh", "a", Window, default);

        _store.Count.Should().Be(1);
    }
}
