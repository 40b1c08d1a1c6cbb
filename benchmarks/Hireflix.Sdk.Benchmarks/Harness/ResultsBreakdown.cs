using System.Diagnostics;
using System.Text.Json;
using Hireflix.Sdk.Benchmarks.Canned;
using Hireflix.Sdk.Benchmarks.References;
using Hireflix.Sdk.Operations;

namespace Hireflix.Sdk.Benchmarks.Harness;

/// <summary>
/// Why the 1.9 MB interview results cost what they cost: the same bytes, in memory, from one bare reader pass up to
/// the full SDK call. Each step adds one kind of work (decoding strings, parsing numbers, building the object graph,
/// HTTP + envelope), so the gap between the floor and the SDK can be attributed.
/// </summary>
public static class ResultsBreakdown
{
    public static async Task<IReadOnlyList<string>> RunAsync(int rounds = 7)
    {
        var body = CannedResponses.InterviewResults();
        using var scenario = Scenario.Create("interview-results");
        var steps = new List<(string Name, Func<Task<int>> Run)>
        {
            ("1 reader pass (no HTTP)", () => Task.FromResult(Floor.Scan(body))),
            ("2 + decode every string value", () => Task.FromResult(DecodeStrings(body, parseNumbers: false))),
            ("3 + parse every number", () => Task.FromResult(DecodeStrings(body, parseNumbers: true))),
            ("4 SDK generated reader, envelope skipped (no HTTP)", () => Task.FromResult(GeneratedReader(body))),
            ("5 STJ source-generated, whole body (no HTTP)", () => Task.FromResult(SourceGenerated(body))),
            ("6 floor call (HTTP + pooled read + pass)", scenario.FloorAsync),
            ("7 SDK call", scenario.SdkAsync),
            ("8 tuned call", scenario.TunedAsync),
        };

        foreach (var (_, run) in steps)
        {
            for (var i = 0; i < 100; i++)
            {
                await run();
            }
        }

        var times = steps.ToDictionary(s => s.Name, _ => new List<double>());
        var bytes = steps.ToDictionary(s => s.Name, _ => new List<double>());
        const int Ops = 10;
        for (var r = 0; r < rounds; r++)
        {
            foreach (var (name, run) in steps)
            {
                GC.Collect();
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var started = Stopwatch.GetTimestamp();
                for (var i = 0; i < Ops; i++)
                {
                    await run();
                }

                times[name].Add(Stopwatch.GetElapsedTime(started).TotalNanoseconds / Ops);
                bytes[name].Add((double)(GC.GetTotalAllocatedBytes(precise: true) - allocated) / Ops);
            }
        }

        var floor = QuickHarness.Median(times[steps[0].Name]);
        return steps.Select(s => $"breakdown interview-results {s.Name}: time={Format.Time(QuickHarness.Median(times[s.Name]))} " +
                                 $"({QuickHarness.Median(times[s.Name]) / floor:0.0}x pass) alloc={Format.Bytes(QuickHarness.Median(bytes[s.Name]))}").ToList();
    }

    private static int DecodeStrings(byte[] body, bool parseNumbers)
    {
        var reader = new Utf8JsonReader(body);
        var n = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                n += reader.GetString()!.Length;
            }
            else if (parseNumbers && reader.TokenType == JsonTokenType.Number)
            {
                n += reader.TryGetDouble(out var d) ? (int)d : 0;
            }
        }

        return n;
    }

    private static int GeneratedReader(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        reader.Read(); // {
        reader.Read(); // "data"
        reader.Read(); // {
        var data = GetInterviewQuery.Data.ReadJson(ref reader);
        return data.Interview?.Questions?.Count ?? 0;
    }

    private static int SourceGenerated(byte[] body) =>
        JsonSerializer.Deserialize(body, ReferenceJsonContext.Default.GraphQLResponseGetInterviewData)?.Data?.Interview?.Questions?.Count ?? 0;
}
