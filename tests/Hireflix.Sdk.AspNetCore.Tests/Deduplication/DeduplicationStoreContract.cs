namespace Hireflix.Sdk.AspNetCore.Tests.Deduplication;

/// <summary>
/// The claim → done / release contract every <see cref="IHireflixWebhookDeduplicationStore"/> must keep, run against
/// each real store (in memory here; the Redis package's tests link this file). Durations are short so a store on a
/// real clock can wait them out.
/// </summary>
public abstract class DeduplicationStoreContract
{
    protected static readonly TimeSpan Lease = TimeSpan.FromMilliseconds(600);
    protected static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    protected abstract IHireflixWebhookDeduplicationStore Store { get; }

    /// <summary>Lets <paramref name="duration"/> pass on the store's clock.</summary>
    protected abstract Task AdvanceAsync(TimeSpan duration);

    /// <summary>A key no other test (or earlier run against a shared server) uses.</summary>
    protected static string NewKey() => "contract|" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task A_claimed_key_is_in_progress_for_others_until_completed_then_handled_for_the_window()
    {
        string key = NewKey();

        (await Store.TryClaimAsync(key, "a", Lease, default)).Should().Be(HireflixWebhookClaimResult.Claimed);
        (await Store.TryClaimAsync(key, "b", Lease, default)).Should().Be(HireflixWebhookClaimResult.InProgress);
        (await Store.CompleteAsync(key, "a", Window, default)).Should().BeTrue();
        await AdvanceAsync(Lease * 2);

        (await Store.TryClaimAsync(key, "b", Lease, default)).Should().Be(HireflixWebhookClaimResult.AlreadyHandled);
    }

    [Fact]
    public async Task A_released_key_can_be_claimed_again_at_once()
    {
        string key = NewKey();
        await Store.TryClaimAsync(key, "a", Lease, default);

        (await Store.ReleaseAsync(key, "a", default)).Should().BeTrue();

        (await Store.TryClaimAsync(key, "b", Lease, default)).Should().Be(HireflixWebhookClaimResult.Claimed);
    }

    [Fact]
    public async Task An_expired_lease_lets_the_next_attempt_claim_and_the_late_owner_cannot_release_it()
    {
        string key = NewKey();
        await Store.TryClaimAsync(key, "crashed", Lease, default);

        await AdvanceAsync(Lease + TimeSpan.FromMilliseconds(300));

        (await Store.TryClaimAsync(key, "next", Lease, default)).Should().Be(HireflixWebhookClaimResult.Claimed);
        (await Store.ReleaseAsync(key, "crashed", default)).Should().BeFalse("only the holder of the current claim may drop it");
        (await Store.TryClaimAsync(key, "third", Lease, default)).Should().Be(HireflixWebhookClaimResult.InProgress);
    }

    [Fact]
    public async Task Completing_after_the_lease_expired_still_marks_done_and_reports_the_lost_lease()
    {
        string key = NewKey();
        await Store.TryClaimAsync(key, "slow", Lease, default);
        await AdvanceAsync(Lease + TimeSpan.FromMilliseconds(300));

        (await Store.CompleteAsync(key, "slow", Window, default)).Should().BeFalse();

        (await Store.TryClaimAsync(key, "next", Lease, default)).Should().Be(HireflixWebhookClaimResult.AlreadyHandled);
    }

    [Fact]
    public async Task A_done_mark_cannot_be_released()
    {
        string key = NewKey();
        await Store.TryClaimAsync(key, "a", Lease, default);
        await Store.CompleteAsync(key, "a", Window, default);

        (await Store.ReleaseAsync(key, "a", default)).Should().BeFalse();

        (await Store.TryClaimAsync(key, "b", Lease, default)).Should().Be(HireflixWebhookClaimResult.AlreadyHandled);
    }

    [Fact]
    public async Task Of_many_concurrent_claims_of_one_key_exactly_one_wins()
    {
        string key = NewKey();

        HireflixWebhookClaimResult[] results = await Task.WhenAll(Enumerable.Range(0, 64)
            .Select(i => Task.Run(() => Store.TryClaimAsync(key, $"t{i}", Window, default).AsTask())));

        results.Count(r => r == HireflixWebhookClaimResult.Claimed).Should().Be(1);
        results.Count(r => r == HireflixWebhookClaimResult.InProgress).Should().Be(63);
    }
}
