using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Hireflix.Sdk.Webhooks;
using Microsoft.Extensions.Logging;

namespace Hireflix.Sdk.Reliability.HostileSender;

public sealed record HostileSenderCase(string Name, string Expected, string Actual)
{
    public bool AsExpected => Expected == Actual;

    public override string ToString() => $"{Name}: expected {Expected}, got {Actual}";
}

public sealed record HostileSenderResult(IReadOnlyList<HostileSenderCase> Cases, int Stalled, int Trickling, double PeakGrowthMb, double HeldGrowthMb, int Leaks, IReadOnlyList<string> ErrorLogLines)
{
    public int ErrorLogs => ErrorLogLines.Count;

    /// <summary>A few MB: before the body limit grew with the bytes received, 300 stalled connections alone held 603 MiB.</summary>
    public const double MaxGrowthMb = 16;

    public int AsExpected => Cases.Count(c => c.AsExpected);

    public string Line =>
        $"hostile-sender: {Cases.Count} cases, {AsExpected} as expected ({Stalled} stalled + {Trickling} trickling connections among them), " +
        $"peak memory growth {PeakGrowthMb:F1} MB ({HeldGrowthMb:F1} MB held), {Leaks} key/secret leaks, {ErrorLogs} error-level logs from hostile input";

    public bool Passed => AsExpected == Cases.Count && PeakGrowthMb <= MaxGrowthMb && Leaks == 0 && ErrorLogs == 0;
}

/// <summary>
/// Issue 17's raw-TCP probe of the webhook endpoint as a standing scenario: slow senders (memory and the read
/// deadline), oversized and forged bodies, payload edge cases, and redeliveries racing their first attempt.
/// </summary>
public static class HostileSenderScenario
{
    public const string Secret = "hostile-sender-secret-5c1e9a";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    public static async Task<HostileSenderResult> RunAsync(int stalled = 300, int trickling = 200)
    {
        await using WebhookReceiver receiver = await WebhookReceiver.StartAsync(Secret, Deadline).ConfigureAwait(false);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var cases = new List<HostileSenderCase>();
        var responses = new StringBuilder();

        async Task<string> PostAsync(byte[] body, string? signature)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, receiver.Endpoint) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            if (signature is not null)
            {
                request.Headers.TryAddWithoutValidation(HireflixWebhookVerifier.SignatureHeaderName, signature);
            }

            using HttpResponseMessage response = await client.SendAsync(request, timeout.Token).ConfigureAwait(false);
            responses.Append(response).Append(await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false));
            return ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)
                + (response.Headers.RetryAfter is null ? string.Empty : " Retry-After");
        }

        Task<string> PostSignedAsync(byte[] body) => PostAsync(body, HireflixWebhookSigner.ComputeSignature(Secret, body));

        // Warm the endpoint first so JIT and Kestrel's first-request allocations are not counted as the attack's.
        cases.Add(new("well-formed delivery", "200", await PostSignedAsync(Payloads.StatusChange("shortlisted", 1)).ConfigureAwait(false)));

        SlowSenderOutcome attack = await SlowSenderAttack.RunAsync(receiver.Endpoint, stalled, trickling, timeout.Token).ConfigureAwait(false);
        cases.Add(new($"{stalled} connections declaring 1 MiB, sending 1 byte", $"{stalled}x408", Tally(attack.Stalled)));
        cases.Add(new($"{trickling} connections trickling 300 B/s", $"{trickling}x408", Tally(attack.Trickling)));

        cases.Add(new("declared body over the limit", "413", await PostRaw413Async(receiver.Endpoint, timeout.Token).ConfigureAwait(false)));
        cases.Add(new("unsigned", "401", await PostAsync(Payloads.StatusChange("shortlisted", 2), null).ConfigureAwait(false)));
        cases.Add(new("signed with another secret", "401",
            await PostAsync(Payloads.StatusChange("shortlisted", 2), HireflixWebhookSigner.ComputeSignature("attacker", Payloads.StatusChange("shortlisted", 2))).ConfigureAwait(false)));
        cases.Add(new("duplicate JSON keys", "400", await PostSignedAsync(Payloads.DuplicateKeys).ConfigureAwait(false)));
        cases.Add(new("invalid UTF-8 in an unread field", "400", await PostSignedAsync(Payloads.InvalidUtf8).ConfigureAwait(false)));
        cases.Add(new("UTF-8 BOM", "200", await PostSignedAsync([0xEF, 0xBB, 0xBF, .. Payloads.StatusChange("shortlisted", 3)]).ConfigureAwait(false)));
        cases.Add(new("100,000-character interview id", "200", await PostSignedAsync(Payloads.LongId).ConfigureAwait(false)));
        cases.Add(new("sender hangs up mid-body", "no error log", await HangUpAsync(receiver, timeout.Token).ConfigureAwait(false)));

        int handledBefore = receiver.Handled.Count;
        await PostSignedAsync(Payloads.StatusChange("shortlisted", 4)).ConfigureAwait(false);
        await PostSignedAsync(Payloads.StatusChange("discarded", 4)).ConfigureAwait(false);
        cases.Add(new("two events with one interview and date", "2 handled", $"{receiver.Handled.Count - handledBefore} handled"));

        // Counted before the in-flight case, whose injected handler failure is an error by design (the app's own fault).
        string[] errorLogs = receiver.Logs.GetSnapshot().Where(r => r.Level >= LogLevel.Error).Select(r => $"{r.Category}: {r.Message}").ToArray();
        cases.Add(new("redelivery while the first attempt runs, which then fails", "503 Retry-After, 500, then 200",
            await InFlightRedeliveryAsync(receiver, PostSignedAsync).ConfigureAwait(false)));

        string everything = responses + string.Join('\n', receiver.Logs.GetSnapshot().Select(r => r.Message + r.Exception));
        string signature = HireflixWebhookSigner.ComputeSignature(Secret, Payloads.StatusChange("shortlisted", 1));
        int leaks = (everything.Contains(Secret, StringComparison.Ordinal) ? 1 : 0) + (everything.Contains(signature, StringComparison.Ordinal) ? 1 : 0);
        return new HostileSenderResult(cases, stalled, trickling, attack.PeakGrowthMb, attack.HeldGrowthMb, leaks, errorLogs);
    }

    private static string Tally(IReadOnlyList<int?> statuses) => string.Join(", ",
        statuses.GroupBy(s => s?.ToString(CultureInfo.InvariantCulture) ?? "closed").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()}x{g.Key}"));

    private static async Task<string> PostRaw413Async(Uri endpoint, CancellationToken cancellationToken)
    {
        await using RawHttpConnection connection = await RawHttpConnection.OpenAsync(endpoint, cancellationToken).ConfigureAwait(false);
        await connection.SendHeadersAsync(endpoint, 1_000_000_000, "c2lnbmF0dXJl", cancellationToken).ConfigureAwait(false);
        return (await connection.ReadStatusAsync(cancellationToken).ConfigureAwait(false))?.ToString(CultureInfo.InvariantCulture) ?? "closed";
    }

    private static async Task<string> HangUpAsync(WebhookReceiver receiver, CancellationToken cancellationToken)
    {
        int errorsBefore = receiver.Logs.GetSnapshot().Count(r => r.Level >= LogLevel.Error);
        await using (RawHttpConnection connection = await RawHttpConnection.OpenAsync(receiver.Endpoint, cancellationToken).ConfigureAwait(false))
        {
            await connection.SendHeadersAsync(receiver.Endpoint, 100, "c2lnbmF0dXJl", cancellationToken).ConfigureAwait(false);
            await connection.SendAsync("{\"event\":"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            connection.Reset();
        }

        await Task.Delay(500, cancellationToken).ConfigureAwait(false);
        return receiver.Logs.GetSnapshot().Count(r => r.Level >= LogLevel.Error) == errorsBefore ? "no error log" : "error logged";
    }

    private static async Task<string> InFlightRedeliveryAsync(WebhookReceiver receiver, Func<byte[], Task<string>> post)
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var fail = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int calls = 0;
        receiver.OnEvent = async _ =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                entered.SetResult();
                await fail.Task.ConfigureAwait(false);
                throw new InvalidOperationException("handler failure injected by the scenario");
            }
        };

        byte[] body = Payloads.StatusChange("shortlisted", 5);
        Task<string> first = post(body);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        string inFlight = await post(body).ConfigureAwait(false);
        fail.SetResult();
        string failed = await first.ConfigureAwait(false);
        string redelivery = await post(body).ConfigureAwait(false);
        receiver.OnEvent = _ => Task.CompletedTask;
        return $"{inFlight}, {failed}, then {redelivery}";
    }

    private static class Payloads
    {
        public static readonly byte[] DuplicateKeys = Encoding.UTF8.GetBytes(
            "{\"event\":\"interview.status-change\",\"data\":{\"id\":\"68ff5ed8b07cc148bddcae10\",\"status\":\"shortlisted\",\"status\":\"discarded\"},\"date\":1761650000000}");

        public static readonly byte[] InvalidUtf8 =
        [
            .. "{\"event\":\"interview.create\",\"data\":{\"id\":\"68ff5ed8b07cc148bddcae11\",\"note\":\""u8, 0xC3, 0x28, .. "\"}}"u8,
        ];

        public static readonly byte[] LongId = Encoding.UTF8.GetBytes(
            "{\"event\":\"interview.finish\",\"data\":{\"id\":\"" + new string('a', 100_000) + "\"},\"date\":1761570025000}");

        public static byte[] StatusChange(string status, int interview) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{{\"event\":\"interview.status-change\",\"data\":{{\"id\":\"68ff5ed8b07cc148bddcae{interview:00}\",\"status\":\"{status}\"}},\"date\":1761650000000}}"));
    }
}
