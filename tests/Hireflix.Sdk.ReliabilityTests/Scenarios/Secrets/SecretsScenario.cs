using System.Collections;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hireflix.Sdk.Models;
using Hireflix.Sdk.Reliability.Infrastructure;
using Hireflix.Sdk.Testing;
using Microsoft.Extensions.Logging.Testing;

namespace Hireflix.Sdk.Reliability.Secrets;

public sealed record SecretLeak(string Where, string Canary, string Text);

public sealed record SecretsResult(bool LogContent, int LogLines, int ExceptionsInspected, int ActivityTags, int MetricTags, IReadOnlyList<SecretLeak> Leaks, bool ContentSeen)
{
    public override string ToString() =>
        $"LogContent={LogContent}: {Leaks.Count} leak(s) in {LogLines} log lines, {ExceptionsInspected} exceptions, {ActivityTags} activity tags, {MetricTags} metric measurements";
}

public sealed record SecretsSummary(SecretsResult Default, SecretsResult WithContent)
{
    public int Leaks => Default.Leaks.Count + WithContent.Leaks.Count;

    public string Line =>
        $"secrets: {Leaks} leaks in {Default.LogLines + WithContent.LogLines} log lines (state and scopes included), {Default.ExceptionsInspected + WithContent.ExceptionsInspected} exceptions, " +
        $"{Default.ActivityTags + WithContent.ActivityTags} activity tags, {Default.MetricTags + WithContent.MetricTags} metric measurements; candidate data only with LogContent = true: {WithContent.ContentSeen}";

    public bool Passed => Leaks == 0 && Default.LogLines > 0 && WithContent.ContentSeen;
}

/// <summary>
/// A canary API key and canary candidate data go through every operation, on success, retry and failure paths, with
/// logging at Trace (message, structured state and scopes of every record), every ActivitySource and every Meter
/// listened to. The key must appear nowhere; candidate names and e-mails nowhere unless LogContent is on.
/// </summary>
public static class SecretsScenario
{
    public const string CanaryKey = "canary-key-3f9d2c71-0e4b-4a8f-b6d5-91ac7e20f4d3";
    public const string CanaryFirstName = "Zyxwarbleton";
    public const string CanaryLastName = "Quonkmeister";
    public const string CanaryEmail = "zyx.quonk.canary7731@example.org";
    public const string SeededFirstName = "Plimbertrude";
    public const string SeededEmail = "plimbertrude.canary5519@example.org";

    /// <summary>Both runs, one after the other (the listeners are process-wide).</summary>
    public static async Task<SecretsSummary> RunAsync() =>
        new(await RunAsync(logContent: false).ConfigureAwait(false), await RunAsync(logContent: true).ConfigureAwait(false));

    public static async Task<SecretsResult> RunAsync(bool logContent)
    {
        var texts = new List<(string Where, string Text)>();
        var activityTags = 0;
        var metricTags = 0;
        using var activities = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                var parts = new List<string> { a.DisplayName, a.OperationName, a.StatusDescription ?? string.Empty };
                parts.AddRange(a.TagObjects.Select(t => $"{t.Key}={t.Value}"));
                parts.AddRange(a.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}")));
                parts.AddRange(a.Baggage.Select(b => $"{b.Key}={b.Value}"));
                lock (texts)
                {
                    activityTags += a.TagObjects.Count();
                    texts.Add(($"activity {a.Source.Name}/{a.OperationName}", string.Join(" | ", parts)));
                }
            },
        };
        ActivitySource.AddActivityListener(activities);
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument),
        };
        void OnMeasurement<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
        {
            var text = instrument.Meter.Name + "/" + instrument.Name + " " + string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}"));
            lock (texts)
            {
                metricTags++;
                texts.Add(($"metric {instrument.Name}", text));
            }
        }

        meters.SetMeasurementEventCallback<double>(OnMeasurement);
        meters.SetMeasurementEventCallback<long>(OnMeasurement);
        meters.SetMeasurementEventCallback<int>(OnMeasurement);
        meters.Start();

        using var logs = new FakeLoggerProvider();
        var exceptions = 0;
        await using (var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { ApiKey = CanaryKey, ReviewerName = "Reviewer" }).ConfigureAwait(false))
        {
            var positionId = fake.SeedPosition("Canary position");
            var interviewId = fake.SeedInterview(positionId, new FakeCandidate(SeededFirstName, CanaryLastName, SeededEmail, "+14155550123"), completed: true);
            var spareId = fake.SeedPosition("Spare position");
            await using var front = new FaultFront(fake.CreateHandler(), fake.Endpoint);
            // A fresh client per flow: one flow's failures must not open the circuit breaker for the next.
            ClientHarness NewHarness() => new(new HarnessOptions
            {
                Endpoint = front.Endpoint,
                ApiKey = CanaryKey,
                Logs = logs,
                Configure = o =>
                {
                    o.LogContent = logContent;
                    o.RetryDelay = TimeSpan.FromMilliseconds(1);
                    o.AttemptTimeout = TimeSpan.FromSeconds(5);
                },
            });

            var target = new OperationTarget(positionId, interviewId, CanaryEmail, CanaryFirstName, CanaryLastName);

            // Every operation, first clean, then with a transient fault on its first attempt (retry logs), then failing.
            FrontFault[] faults =
            [
                new() { Action = FrontAction.Respond, ExecuteFirst = true, Status = 503, ContentType = "text/plain", Body = _ => "busy"u8.ToArray() },
                new() { Action = FrontAction.Respond, Status = 429, RetryAfter = () => "0", Body = _ => [] },
                new() { Action = FrontAction.ResetAfterRequest, ExecuteFirst = true },
            ];
            foreach (var operation in SdkOperations.All.Where(o => o is not (SdkOperation.PositionsDelete or SdkOperation.PositionsArchive)))
            {
                front.Arm(_ => null);
                exceptions += await CallAsync(NewHarness, operation, target, texts).ConfigureAwait(false);
                foreach (var fault in faults)
                {
                    front.Arm(index => index == 0 ? fault : null);
                    exceptions += await CallAsync(NewHarness, operation, target with { InviteEmail = CanaryEmail }, texts).ConfigureAwait(false);
                }
            }

            // Failures whose bodies carry candidate data or look like auth failures.
            FrontFault[] failures =
            [
                new() { Action = FrontAction.Respond, Status = 401, Body = _ => """{"message":"Unauthorized"}"""u8.ToArray() },
                new() { Action = FrontAction.Respond, Status = 500, ContentType = "text/html", Body = _ => System.Text.Encoding.UTF8.GetBytes($"<html>{CanaryEmail} {CanaryFirstName}</html>") },
                new() { Action = FrontAction.Respond, ExecuteFirst = true, Body = real => real.Length > 10 ? real[..^3] : real },
                new() { Action = FrontAction.CutMidBody, ExecuteFirst = true },
            ];
            foreach (var operation in SdkOperations.All.Where(o => o is not (SdkOperation.PositionsDelete or SdkOperation.PositionsArchive)))
            {
                foreach (var failure in failures)
                {
                    front.Arm(_ => failure);
                    exceptions += await CallAsync(NewHarness, operation, target, texts).ConfigureAwait(false);
                }
            }

            // graphql-js echoes the offending variable's value in coercion errors: the invite's e-mail comes back in the message.
            front.Arm(_ => new FrontFault
            {
                Action = FrontAction.Respond,
                Body = _ => System.Text.Encoding.UTF8.GetBytes("{\"errors\":[{\"message\":\"Variable \\\"$email\\\" got invalid value \\\"" + CanaryEmail + "\\\"; Expected type \\\"String\\\".\",\"extensions\":{\"code\":\"BAD_USER_INPUT\"}}]}"),
            });
            exceptions += await CallAsync(NewHarness, SdkOperation.InterviewsInvite, target, texts).ConfigureAwait(false);

            front.Arm(_ => null);
            exceptions += await CallAsync(NewHarness, SdkOperation.PositionsArchive, target with { PositionId = spareId }, texts).ConfigureAwait(false);
            exceptions += await CallAsync(NewHarness, SdkOperation.PositionsDelete, target with { PositionId = spareId }, texts).ConfigureAwait(false);

            // Bad input echoes nothing either.
            exceptions += await CallAsync(NewHarness, SdkOperation.InterviewsInvite, target with { InviteEmail = CanaryFirstName + " at example" }, texts).ConfigureAwait(false);
            texts.Add(("options", new HireflixClientOptions { ApiKey = CanaryKey }.ToString()));
            texts.Add(("invite", new CandidateInvite { FirstName = CanaryFirstName, LastName = CanaryLastName, Email = CanaryEmail }.ToString()));
        }

        meters.RecordObservableInstruments();
        var records = logs.Collector.GetSnapshot();
        foreach (var record in records)
        {
            texts.Add(($"log {record.Category}#{record.Id.Id} {record.Level}", Describe(record)));
        }

        var leaks = new List<SecretLeak>();
        var contentSeen = false;
        lock (texts)
        {
            foreach (var (where, text) in texts)
            {
                if (text.Contains(CanaryKey, StringComparison.OrdinalIgnoreCase))
                {
                    leaks.Add(new SecretLeak(where, "API key", Excerpt(text, CanaryKey)));
                }

                foreach (var pii in new[] { CanaryFirstName, CanaryLastName, CanaryEmail, SeededFirstName, SeededEmail })
                {
                    if (text.Contains(pii, StringComparison.OrdinalIgnoreCase))
                    {
                        if (logContent && where.StartsWith("log ", StringComparison.Ordinal) && where.Contains("#5 ", StringComparison.Ordinal))
                        {
                            contentSeen = true; // the opt-in content message (event id 5) is where candidate data may appear
                        }
                        else
                        {
                            leaks.Add(new SecretLeak(where, pii, Excerpt(text, pii)));
                        }
                    }
                }
            }
        }

        return new SecretsResult(logContent, records.Count, exceptions, activityTags, metricTags, leaks, contentSeen);
    }

    private static async Task<int> CallAsync(Func<ClientHarness> newHarness, SdkOperation operation, OperationTarget target, List<(string Where, string Text)> texts)
    {
        using var harness = newHarness();
        var client = harness.Client;
        try
        {
            // Values are the caller's data (they hold the candidate by design); only what the SDK emits is inspected.
            _ = await SdkOperations.InvokeAsync(client, operation, target).ConfigureAwait(false);
            return 0;
        }
        catch (Exception ex)
        {
            lock (texts)
            {
                texts.Add(($"exception {operation} {ex.GetType().Name}", ex.ToString() + " " + ex.Message));
            }

            return 1;
        }
    }

    /// <summary>The message, the structured state (keys and values), the raw state object and the scopes of a record.</summary>
    private static string Describe(FakeLogRecord record)
    {
        var parts = new List<string> { record.Message };
        if (record.StructuredState is { } state)
        {
            parts.AddRange(state.Select(kv => $"{kv.Key}={kv.Value}"));
        }

        if (record.State is IEnumerable<KeyValuePair<string, object?>> raw)
        {
            parts.AddRange(raw.Select(kv => $"{kv.Key}={Flatten(kv.Value)}"));
        }
        else if (record.State is not null)
        {
            parts.Add(record.State.ToString() ?? string.Empty);
        }

        parts.AddRange(record.Scopes.Select(Flatten));
        if (record.Exception is { } ex)
        {
            parts.Add(ex.ToString());
        }

        return string.Join(" | ", parts);
    }

    private static string Flatten(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        IEnumerable<KeyValuePair<string, object?>> pairs => string.Join(",", pairs.Select(p => $"{p.Key}={Flatten(p.Value)}")),
        IEnumerable items => string.Join(",", items.Cast<object?>().Select(Flatten)),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Excerpt(string text, string canary)
    {
        var at = text.IndexOf(canary, StringComparison.OrdinalIgnoreCase);
        var start = Math.Max(0, at - 120);
        return text.Substring(start, Math.Min(text.Length - start, canary.Length + 240));
    }
}
