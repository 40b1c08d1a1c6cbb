using System.Net;
using Hireflix.Sdk.AspNetCore.Tests.EndToEnd;
using Hireflix.Sdk.Testing;
using Hireflix.Sdk.Testing.Webhooks;

namespace Hireflix.Sdk.AspNetCore.Redis.Tests;

/// <summary>Issue 14: replicas sharing one real Redis run each delivery's handler exactly once, and lose none.</summary>
public sealed class ReplicaTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Two_replicas_receiving_every_delivery_of_the_fake_concurrently_run_each_handler_once()
    {
        await using Replicas replicas = await Replicas.StartAsync(redis, 2, Lease);
        replicas.OnHandle = (_, _) => Task.Delay(50);   // long enough for the other replica's copy to arrive mid-handler
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions
        {
            Webhooks = new FakeWebhookOptions { MaxRetries = 5, RetryDelay = TimeSpan.FromMilliseconds(100) },
        });
        foreach (LoopbackWebhookHost host in replicas.Hosts)
        {
            fake.Webhooks.Register(host.EndpointUrl, Replicas.Secret);
        }

        string positionId = fake.SeedPosition("Replicated");
        string[] interviews = Enumerable.Range(0, 20)
            .Select(i => fake.SeedInterview(positionId, new FakeCandidate($"Rep{i}", "Lica", $"rep{i}@example.com")))
            .ToArray();
        await fake.Webhooks.WhenIdleAsync(TimeSpan.FromSeconds(60));

        fake.Webhooks.Deliveries.Should().HaveCount(40).And.OnlyContain(d => d.Status == FakeWebhookDeliveryStatus.Delivered);
        replicas.Completed.Keys.Should().BeEquivalentTo(interviews);
        replicas.Completed.Values.Should().OnlyContain(n => n == 1);
    }

    [Fact]
    public async Task The_same_delivery_posted_to_both_replicas_at_once_runs_once_and_the_loser_is_told_to_retry()
    {
        await using Replicas replicas = await Replicas.StartAsync(redis, 2, Lease);
        TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

        // The winner's handler holds until the other copy has been answered, so that copy is surely mid-handler.
        replicas.OnHandle = (_, _) => Volatile.Read(ref gate).Task;
        var firstAnswers = new List<HttpStatusCode>();
        var secondAnswers = new List<HttpStatusCode>();

        for (int n = 0; n < 10; n++)
        {
            byte[] body = Replicas.Delivery(n);
            Volatile.Write(ref gate, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            Task<HttpStatusCode>[] posts = replicas.Hosts.Select(h => Replicas.PostAsync(h, body)).ToArray();
            Task<HttpStatusCode> first = await Task.WhenAny(posts).WaitAsync(TimeSpan.FromSeconds(10));
            firstAnswers.Add(await first);
            Volatile.Read(ref gate).SetResult();
            secondAnswers.Add(await posts.Single(p => p != first));
        }

        replicas.Completed.Should().HaveCount(10).And.OnlyContain(p => p.Value == 1);
        firstAnswers.Should().OnlyContain(s => s == HttpStatusCode.ServiceUnavailable, "the copy that arrives mid-handler must not be acknowledged");
        secondAnswers.Should().OnlyContain(s => s == HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_replica_killed_mid_handler_loses_nothing_the_redelivery_after_the_lease_runs_the_handler()
    {
        await using Replicas replicas = await Replicas.StartAsync(redis, 2, Lease);
        LoopbackWebhookHost doomed = replicas.Hosts[0], survivor = replicas.Hosts[1];
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource();
        replicas.OnHandle = (host, _) =>
        {
            if (host != doomed)
            {
                return Task.CompletedTask;
            }

            entered.TrySetResult();
            return never.Task;   // ignores cancellation: the process "dies" here, it neither completes nor releases
        };
        byte[] body = Replicas.Delivery(1);

        Task<HttpStatusCode> lost = Replicas.PostAsync(doomed, body);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        DateTime claimed = DateTime.UtcNow;
        HttpStatusCode duringLease = await Replicas.PostAsync(survivor, body);
        await doomed.DisposeAsync();
        TimeSpan untilExpiry = claimed + Lease + TimeSpan.FromMilliseconds(300) - DateTime.UtcNow;
        if (untilExpiry > TimeSpan.Zero)
        {
            await Task.Delay(untilExpiry);
        }

        HttpStatusCode afterLease = await Replicas.PostAsync(survivor, body);
        HttpStatusCode duplicate = await Replicas.PostAsync(survivor, body);

        duringLease.Should().Be(HttpStatusCode.ServiceUnavailable);
        afterLease.Should().Be(HttpStatusCode.OK);
        duplicate.Should().Be(HttpStatusCode.OK);
        replicas.Completed.Should().ContainSingle().Which.Value.Should().Be(1);
        lost.IsCompletedSuccessfully.Should().BeFalse("the killed replica never answered 200");
        never.SetResult();
    }

    [Fact]
    public async Task A_failed_handler_is_released_and_the_redelivery_to_the_other_replica_runs_it()
    {
        await using Replicas replicas = await Replicas.StartAsync(redis, 2, TimeSpan.FromMinutes(2));
        replicas.OnHandle = (host, _) => host == replicas.Hosts[0] ? throw new InvalidOperationException("ATS database down") : Task.CompletedTask;
        byte[] body = Replicas.Delivery(2);

        HttpStatusCode failed = await Replicas.PostAsync(replicas.Hosts[0], body);
        HttpStatusCode redelivered = await Replicas.PostAsync(replicas.Hosts[1], body);

        failed.Should().Be(HttpStatusCode.InternalServerError);
        redelivered.Should().Be(HttpStatusCode.OK, "the release made the claim available at once, not after the 2-minute lease");
        replicas.Completed.Should().ContainSingle().Which.Value.Should().Be(1);
    }

    [Fact]
    public async Task With_Redis_stopped_deliveries_get_503_and_no_handler_runs_then_after_restart_each_runs_once()
    {
        await using Replicas replicas = await Replicas.StartAsync(redis, 2, Lease);
        byte[][] bodies = Enumerable.Range(100, 5).Select(Replicas.Delivery).ToArray();
        (await Replicas.PostAsync(replicas.Hosts[0], Replicas.Delivery(99))).Should().Be(HttpStatusCode.OK, "Redis is up");

        redis.Stop();
        HttpStatusCode[] whileDown;
        try
        {
            whileDown = await Task.WhenAll(bodies.SelectMany(b => replicas.Hosts.Select(h => Replicas.PostAsync(h, b))));
        }
        finally
        {
            await redis.StartAsync();
        }

        whileDown.Should().OnlyContain(s => s == HttpStatusCode.ServiceUnavailable);
        replicas.Completed.Should().HaveCount(1, "no handler ran without a claim");

        // Hireflix retries: both replicas receive every delivery again until one answers 200.
        foreach (byte[] body in bodies)
        {
            await RetryUntilOkAsync(replicas, body, TimeSpan.FromSeconds(20));
        }

        replicas.Completed.Should().HaveCount(6).And.OnlyContain(p => p.Value == 1);
    }

    private static async Task RetryUntilOkAsync(Replicas replicas, byte[] body, TimeSpan within)
    {
        DateTime deadline = DateTime.UtcNow + within;
        while (true)
        {
            HttpStatusCode[] statuses = await Task.WhenAll(replicas.Hosts.Select(h => Replicas.PostAsync(h, body)));
            if (statuses.Contains(HttpStatusCode.OK))
            {
                return;
            }

            DateTime.UtcNow.Should().BeBefore(deadline, "Redis is back, so deliveries must be processed again");
            await Task.Delay(200);
        }
    }
}
