using System.Net;
using System.Text;
using Hireflix.Sdk.Tests.Webhooks;
using Hireflix.Sdk.Reliability.HostileSender;
using Hireflix.Sdk.Webhooks;
using Microsoft.Extensions.Logging;

namespace Hireflix.Sdk.AspNetCore.Tests.EndToEnd;

/// <summary>Issue 17 finding 8: de-dup key collisions, duplicate JSON keys, BOM, invalid UTF-8, failed body reads.</summary>
public sealed class WebhookEdgeCaseTests
{
    private const string Secret = "edge-case-secret";

    private static Task<LoopbackWebhookHost> StartAsync() => LoopbackWebhookHost.StartAsync(o => o.Secrets.Add(Secret));

    private static Task<HttpResponseMessage> PostSignedAsync(LoopbackWebhookHost host, byte[] body)
        => host.PostAsync(body, HireflixWebhookSigner.ComputeSignature(Secret, body));

    [Fact]
    public async Task Two_distinct_events_with_the_same_interview_and_date_both_reach_the_handler()
    {
        await using LoopbackWebhookHost host = await StartAsync();
        string shortlisted = WebhookPayloads.InterviewStatusChangeShortlisted;
        string discarded = shortlisted.Replace("\"status\":\"shortlisted\"", "\"status\":\"discarded\"", StringComparison.Ordinal);

        using HttpResponseMessage first = await PostSignedAsync(host, WebhookPayloads.Bytes(shortlisted));
        using HttpResponseMessage second = await PostSignedAsync(host, WebhookPayloads.Bytes(discarded));

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        host.Received.Cast<InterviewStatusChanged>().Select(e => e.Interview.Status).Should().Equal("shortlisted", "discarded");
    }

    [Theory]
    [InlineData("{\"event\":\"interview.create\",\"event\":\"interview.delete\",\"data\":{\"id\":\"a\"}}")]
    [InlineData("{\"event\":\"interview.status-change\",\"data\":{\"id\":\"a\",\"status\":\"shortlisted\",\"status\":\"discarded\"}}")]
    [InlineData("{\"event\":\"interview.create\",\"data\":{\"id\":\"a\",\"candidate\":{\"email\":\"a@example.com\",\"email\":\"b@example.com\"}}}")]
    public async Task A_signed_payload_with_duplicate_keys_gets_400(string json)
    {
        await using LoopbackWebhookHost host = await StartAsync();

        using HttpResponseMessage response = await PostSignedAsync(host, WebhookPayloads.Bytes(json));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        host.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task A_payload_starting_with_a_UTF8_BOM_is_accepted()
    {
        await using LoopbackWebhookHost host = await StartAsync();
        byte[] body = [0xEF, 0xBB, 0xBF, .. WebhookPayloads.Bytes(WebhookPayloads.InterviewCreate)];

        using HttpResponseMessage response = await PostSignedAsync(host, body);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        host.Received.Should().ContainSingle().Which.Should().BeOfType<InterviewCreated>();
    }

    [Theory]
    [InlineData("{\"event\":\"interview.create\",\"data\":{\"id\":\"a\",\"note\":\"\u0001\"}}")]
    [InlineData("{\"event\":\"interview.create\",\"data\":{\"id\":\"a\",\"\u0001\":1}}")]
    public async Task A_payload_with_invalid_UTF8_anywhere_gets_400(string template)
    {
        await using LoopbackWebhookHost host = await StartAsync();
        // 0xC3 0x28 is an invalid two-byte sequence; it goes where the template has U+0001, in a field the parser never reads.
        byte[] body = Encoding.UTF8.GetBytes(template).SelectMany(b => b == 0x01 ? new byte[] { 0xC3, 0x28 } : [b]).ToArray();

        using HttpResponseMessage response = await PostSignedAsync(host, body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        host.Received.Should().BeEmpty();
    }

    [Fact]
    public void The_interview_id_in_a_deduplication_key_is_capped()
    {
        string id = new('a', 100_000);
        byte[] body = Encoding.UTF8.GetBytes("{\"event\":\"interview.finish\",\"data\":{\"id\":\"" + id + "\"},\"date\":1761570025000}");

        string key = HireflixWebhookDeliveryKeys.Default(HireflixWebhookParser.Parse(body), body);

        key.Length.Should().BeLessThanOrEqualTo(200);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_sender_that_hangs_up_mid_body_is_not_logged_as_an_error(bool reset)
    {
        await using LoopbackWebhookHost host = await StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using (RawHttpConnection truncated = await RawHttpConnection.OpenAsync(host.EndpointUrl, timeout.Token))
        {
            await truncated.SendHeadersAsync(host.EndpointUrl, 100, "c2lnbmF0dXJl", timeout.Token);
            await truncated.SendAsync("{\"event\":"u8.ToArray(), timeout.Token);
            await Task.Delay(100);
            if (reset)
            {
                truncated.Reset();
            }
        }

        // A good delivery after it proves the endpoint is fine and gives the aborted request time to be logged.
        await Task.Delay(300);
        byte[] body = WebhookPayloads.Bytes(WebhookPayloads.InterviewCreate);
        using HttpResponseMessage response = await PostSignedAsync(host, body);
        await Task.Delay(300);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        host.Logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category}: {e.Message}").Should().BeEmpty();
    }
}
