using System.Net;
using Hireflix.Sdk.Tests.Webhooks;
using Hireflix.Sdk.Webhooks;

namespace Hireflix.Sdk.AspNetCore.Tests.EndToEnd;

/// <summary>
/// Issue 17 finding 5: a redelivery that arrives while the first attempt's handler still runs must not be
/// acknowledged, because the first attempt may still fail; the delivery counts as handled only once a handler succeeded.
/// </summary>
public sealed class InFlightRedeliveryTests
{
    private const string Secret = "in-flight-secret";

    [Fact]
    public async Task An_in_flight_duplicate_gets_503_with_Retry_After_and_the_redelivery_after_a_failure_runs_the_handler()
    {
        await using LoopbackWebhookHost host = await LoopbackWebhookHost.StartAsync(o => o.Secrets.Add(Secret));
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var failFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int calls = 0;
        host.OnEvent = async _ =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                entered.SetResult();
                await failFirst.Task;
                throw new InvalidOperationException("the ATS database is down");
            }
        };
        byte[] body = WebhookPayloads.Bytes(WebhookPayloads.InterviewFinish);
        string signature = HireflixWebhookSigner.ComputeSignature(Secret, body);

        Task<HttpResponseMessage> first = host.PostAsync(body, signature);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        using HttpResponseMessage inFlight = await host.PostAsync(body, signature);
        failFirst.SetResult();
        using HttpResponseMessage failed = await first;
        using HttpResponseMessage redelivery = await host.PostAsync(body, signature);
        using HttpResponseMessage duplicate = await host.PostAsync(body, signature);

        inFlight.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        inFlight.Headers.RetryAfter.Should().NotBeNull();
        failed.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        redelivery.StatusCode.Should().Be(HttpStatusCode.OK);
        duplicate.StatusCode.Should().Be(HttpStatusCode.OK);
        calls.Should().Be(2, "the in-flight duplicate and the final duplicate never reach the handler");
    }
}
