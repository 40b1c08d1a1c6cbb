using System.Diagnostics;
using Hireflix.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Hireflix.Sdk.Tests.Retries;

/// <summary>
/// Issue 17, finding 7: a Retry-After longer than what remains of TotalTimeout slept until the timeout; a Retry-After
/// date in the past meant no back-off at all. Real time: these are about how long the SDK waits.
/// </summary>
public sealed class RetryAfterTests : IDisposable
{
    private readonly MockHireflix _mock = new();

    [Fact]
    public async Task A_retry_after_beyond_the_total_timeout_fails_at_once_with_the_rate_limit_and_its_wait()
    {
        _mock.Server.Given(Request.Create().UsingPost())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "3600"));
        using var clients = new TestClients(_mock.Endpoint, o => { o.AttemptTimeout = TimeSpan.FromSeconds(2); o.TotalTimeout = TimeSpan.FromSeconds(3); });
        var clock = Stopwatch.StartNew();

        var error = await Record.ExceptionAsync(() => clients.Client.Positions.ListAsync());

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2), "waiting an hour cannot fit in 3 s, so there is no point sleeping");
        error.Should().BeOfType<HireflixRateLimitException>().Which.RetryAfter.Should().Be(TimeSpan.FromHours(1));
        _mock.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_retry_after_date_in_the_past_falls_back_to_the_normal_back_off()
    {
        _mock.Server.Given(Request.Create().UsingPost())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"));
        using var logs = new FakeLoggerProvider();
        using var clients = new TestClients(_mock.Endpoint, o => { o.MaxRetries = 2; o.RetryDelay = TimeSpan.FromMilliseconds(100); }, logs: logs);

        var error = await Record.ExceptionAsync(() => clients.Client.Positions.ListAsync());

        error.Should().BeOfType<HireflixRateLimitException>().Which.RetryAfter.Should().NotBe(TimeSpan.Zero, "a past date asks for no particular wait");
        _mock.Requests.Should().HaveCount(3);
        var delays = logs.Collector.GetSnapshot()
            .Where(r => r.Id.Name == "Retrying")
            .Select(r => Convert.ToDouble(r.StructuredState!.Single(kv => kv.Key == "DelayMs").Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        delays.Should().HaveCount(2).And.OnlyContain(d => d > 0, "the exponential back-off applies, not zero");
    }

    public void Dispose() => _mock.Dispose();
}
