using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hireflix.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using WireMock.ResponseBuilders;

namespace Hireflix.Sdk.Tests.Telemetry;

[Collection(GlobalListenersCollection.Name)]
public sealed class TelemetryTests : IDisposable
{
    private readonly MockHireflix _mock = new();

    [Fact]
    public async Task Each_operation_gets_a_span_a_duration_and_retries_are_counted()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == HireflixDiagnostics.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (spans) { spans.Add(a); } },
        };
        ActivitySource.AddActivityListener(listener);
        var durations = new List<(string Operation, string Outcome)>();
        long retries = 0;
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == HireflixDiagnostics.SourceName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<double>((_, _, tags, _) =>
        {
            var t = tags.ToArray().ToDictionary(x => x.Key, x => x.Value?.ToString());
            lock (durations) { durations.Add((t["graphql.operation.name"]!, t["hireflix.outcome"]!)); }
        });
        meters.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            if (tags.ToArray().Any(t => t.Key == "graphql.operation.name" && (string?)t.Value == "GetPositions"))
            {
                Interlocked.Add(ref retries, value);
            }
        });
        meters.Start();
        var time = new FakeTimeProvider();
        using var clients = new TestClients(_mock.Endpoint, time: time);
        _mock.Server.Given(MockHireflix.ForOperation("GetPositions")).InScenario("s").WillSetStateTo("ok").RespondWith(Response.Create().WithStatusCode(503));
        _mock.Server.Given(MockHireflix.ForOperation("GetPositions")).InScenario("s").WhenStateIs("ok").RespondWith(Response.Create().WithBody(Responses.Positions));
        _mock.Respond("GetInterview", """{"errors":[{"message":"nope"}]}""");

        (await FakeClock.DriveAsync(time, () => clients.Client.Positions.ListAsync())).Should().BeNull();
        await FluentActions.Awaiting(() => clients.Client.Interviews.GetAsync(TestIds.InterviewId)).Should().ThrowAsync<HireflixGraphQLException>();

        List<Activity> mine;
        lock (spans)
        {
            mine = spans.Where(a => a.DisplayName is "GetPositions" or "GetInterview").ToList();
        }

        mine.Should().Contain(a => a.DisplayName == "GetPositions" && (string?)a.GetTagItem("graphql.operation.type") == "query" && a.Status != ActivityStatusCode.Error);
        mine.Should().Contain(a => a.DisplayName == "GetInterview" && a.Status == ActivityStatusCode.Error && (string?)a.GetTagItem("error.type") == nameof(HireflixGraphQLException));
        lock (durations)
        {
            durations.Should().Contain(("GetPositions", "success")).And.Contain(("GetInterview", nameof(HireflixGraphQLException)));
        }

        Interlocked.Read(ref retries).Should().Be(1);
    }

    public void Dispose() => _mock.Dispose();
}
