using System.Text.Json;
using System.Text.Json.Nodes;
using Hireflix.Sdk.Benchmarks.Canned;
using Hireflix.Sdk.Benchmarks.References;
using Hireflix.Sdk.Models;
using Hireflix.Sdk.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace Hireflix.Sdk.Benchmarks;

/// <summary>
/// One benchmark scenario: the SDK call and its three references, all over the same canned bytes served by one
/// in-memory handler. Each call returns a checksum of what it read, so the implementations can be checked to
/// agree before they are timed.
/// </summary>
public abstract class Scenario : IDisposable
{
    public static readonly Uri Endpoint = new("http://bench/me");

    private protected Scenario(string name, string operationName, byte[][] responses, Func<int, string?>? expectedCursor = null)
    {
        Name = name;
        Handler = new CannedHandler(operationName, responses, expectedCursor);
        Sdk = Registered(Handler, out _services);
        Http = new HttpClient(Handler, disposeHandler: false);
        Http.DefaultRequestHeaders.Add("X-API-KEY", "k");
        ResponseBytes = responses.Sum(r => (long)r.Length);
    }

    private readonly ServiceProvider _services;

    /// <summary>
    /// The client as most users get it (AddHireflix), over the canned handler. The handler never expires, so the
    /// factory never disposes it under a running benchmark.
    /// </summary>
    private static HireflixClient Registered(HttpMessageHandler handler, out ServiceProvider services)
    {
        var collection = new ServiceCollection();
        collection.AddHireflix(o => { o.ApiKey = "k"; o.Endpoint = Endpoint; })
            .ConfigureHttpClient(b => b.ConfigurePrimaryHttpMessageHandler(() => handler).SetHandlerLifetime(Timeout.InfiniteTimeSpan));
        services = collection.BuildServiceProvider();
        return services.GetRequiredService<HireflixClient>();
    }

    /// <summary>All scenario names, in report order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["positions", "interviews-page", "interview-results", "paging", "score"];

    public string Name { get; }

    /// <summary>The bytes of one full sequence of answers.</summary>
    public long ResponseBytes { get; }

    internal CannedHandler Handler { get; }

    protected HireflixClient Sdk { get; }

    protected HttpClient Http { get; }

    public static Scenario Create(string name, int pages = 100) => name switch
    {
        "positions" => new PositionsScenario(),
        "interviews-page" => new InterviewsPageScenario(),
        "interview-results" => new InterviewResultsScenario(),
        "paging" => new PagingScenario(pages),
        "score" => new ScoreScenario(),
        _ => throw new ArgumentException($"Unknown scenario {name}.", nameof(name)),
    };

    public abstract Task<int> SdkAsync();

    public abstract Task<int> TunedAsync();

    public abstract Task<int> TypicalAsync();

    public abstract Task<int> FloorAsync();

    public Task<int> RunAsync(string implementation) => implementation switch
    {
        "sdk" => SdkAsync(),
        "tuned" => TunedAsync(),
        "typical" => TypicalAsync(),
        "floor" => FloorAsync(),
        _ => throw new ArgumentException($"Unknown implementation {implementation}.", nameof(implementation)),
    };

    /// <summary>Runs every implementation once with request checking on; throws unless sdk, tuned and typical agree.</summary>
    public async Task VerifyAsync()
    {
        Handler.Validate = true;
        try
        {
            Handler.Reset();
            var sdk = await SdkAsync();
            Handler.Reset();
            var tuned = await TunedAsync();
            Handler.Reset();
            var typical = await TypicalAsync();
            Handler.Reset();
            Handler.Validate = false; // the floor sends one constant body: no cursor to check
            var floor = await FloorAsync();
            if (sdk != tuned || sdk != typical || sdk == 0 || floor == 0)
            {
                throw new InvalidOperationException($"{Name}: implementations disagree (sdk {sdk}, tuned {tuned}, typical {typical}, floor {floor}).");
            }
        }
        finally
        {
            Handler.Validate = false;
            Handler.Reset();
        }
    }

    public void Dispose()
    {
        _services.Dispose();
        Http.Dispose();
        Handler.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static int Seconds(DateTimeOffset? from, DateTimeOffset? to) =>
        from is { } f && to is { } t ? (int)(t - f).TotalSeconds : 0;
}

internal sealed class PositionsScenario() : Scenario("positions", "GetPositions", [CannedResponses.Positions()])
{
    private static readonly byte[] FloorBody = Floor.Body(GetPositionsQuery.DocumentText, "GetPositions", w => { w.WriteStartObject(); w.WriteEndObject(); });

    public override async Task<int> SdkAsync()
    {
        var positions = await Sdk.Positions.ListAsync();
        var sum = 0;
        foreach (var p in positions)
        {
            sum += 1 + (p.Tags?.Count ?? 0) + (p.IsArchived ? 100 : 0) + Seconds(p.CreatedAt, p.UpdatedAt) + (p.Description?.Length ?? 0);
        }

        return sum;
    }

    public override async Task<int> TunedAsync()
    {
        var data = await Tuned.PostAsync(
            Http,
            Endpoint,
            new GraphQLRequest<EmptyVariables> { Query = GetPositionsQuery.DocumentText, OperationName = "GetPositions", Variables = new EmptyVariables() },
            ReferenceJsonContext.Default.GraphQLRequestEmptyVariables,
            ReferenceJsonContext.Default.GraphQLResponsePositionsData);
        return Checksum(data.Positions);
    }

    public override async Task<int> TypicalAsync()
    {
        var data = await Typical.PostAsync(Http, Endpoint, new { query = GetPositionsQuery.DocumentText, operationName = "GetPositions", variables = new { } });
        return Checksum(data["positions"]!.Deserialize<List<PositionDto?>>(Typical.Options));
    }

    public override Task<int> FloorAsync() => Floor.PostAndScanAsync(Http, Endpoint, FloorBody);

    private static int Checksum(List<PositionDto?>? positions)
    {
        var sum = 0;
        foreach (var p in positions ?? [])
        {
            if (p is null)
            {
                continue;
            }

            sum += 1 + (p.Tags?.Count ?? 0) + (p.Archived is not null ? 100 : 0) + Seconds(p.CreatedAt, p.UpdatedAt) + (p.Description?.Length ?? 0);
        }

        return sum;
    }
}

internal sealed class InterviewsPageScenario()
    : Scenario("interviews-page", "ListInterviews", [CannedResponses.InterviewPage(0, CannedResponses.PageSize, CannedResponses.CursorAfter(0), 10_000)])
{
    private static readonly byte[] FloorBody = Floor.Body(ListInterviewsQuery.DocumentText, "ListInterviews", w =>
    {
        w.WriteStartObject();
        w.WriteString("positionId", CannedResponses.PositionId);
        w.WriteNumber("limit", CannedResponses.PageSize);
        w.WriteEndObject();
    });

    public override async Task<int> SdkAsync()
    {
        var page = await Sdk.Interviews.GetPageAsync(CannedResponses.PositionId, options: new InterviewListOptions { PageSize = CannedResponses.PageSize });
        var sum = page.Total ?? 0;
        foreach (var i in page.Items)
        {
            sum += SummaryChecksum.Of(i);
        }

        return sum;
    }

    public override async Task<int> TunedAsync()
    {
        var list = (await TunedPaging.PageAsync(Http, null)).Position?.InterviewList;
        return (list?.Total ?? 0) + SummaryChecksum.Of(list?.Results);
    }

    public override async Task<int> TypicalAsync()
    {
        var list = (await TypicalPaging.PageAsync(Http, null)).Position?.InterviewList;
        return (list?.Total ?? 0) + SummaryChecksum.Of(list?.Results);
    }

    public override Task<int> FloorAsync() => Floor.PostAndScanAsync(Http, Endpoint, FloorBody);
}

internal sealed class PagingScenario(int pages)
    : Scenario("paging", "ListInterviews", Sequence(pages), i => i == 0 ? null : CannedResponses.CursorAfter(i - 1))
{
    private static readonly byte[] FloorBody = Floor.Body(ListInterviewsQuery.DocumentText, "ListInterviews", w =>
    {
        w.WriteStartObject();
        w.WriteString("positionId", CannedResponses.PositionId);
        w.WriteNumber("limit", CannedResponses.PageSize);
        w.WriteEndObject();
    });

    public int Pages { get; } = pages;

    /// <summary>The auto-paging listing, observing each interview as a caller would; <paramref name="onPage"/> runs between pages.</summary>
    public async Task<int> SdkAsync(Action? onPage)
    {
        Handler.Reset();
        var sum = 0;
        var n = 0;
        await foreach (var i in Sdk.Interviews.ListAsync(CannedResponses.PositionId, new InterviewListOptions { PageSize = CannedResponses.PageSize }))
        {
            sum += SummaryChecksum.Of(i);
            if (++n % CannedResponses.PageSize == 0)
            {
                onPage?.Invoke();
            }
        }

        return sum;
    }

    public async Task<int> TunedAsync(Action? onPage)
    {
        Handler.Reset();
        var sum = 0;
        string? cursor = null;
        while (true)
        {
            var list = (await TunedPaging.PageAsync(Http, cursor)).Position?.InterviewList;
            if (list?.Results is not { Count: > 0 } results)
            {
                return sum;
            }

            sum += SummaryChecksum.Of(results);
            onPage?.Invoke();
            cursor = list.LastCursor;
            if (cursor is null)
            {
                return sum;
            }
        }
    }

    public override Task<int> SdkAsync() => SdkAsync(null);

    public override Task<int> TunedAsync() => TunedAsync(null);

    public override async Task<int> TypicalAsync()
    {
        Handler.Reset();
        var sum = 0;
        string? cursor = null;
        while (true)
        {
            var list = (await TypicalPaging.PageAsync(Http, cursor)).Position?.InterviewList;
            if (list?.Results is not { Count: > 0 } results)
            {
                return sum;
            }

            sum += SummaryChecksum.Of(results);
            cursor = list.LastCursor;
            if (cursor is null)
            {
                return sum;
            }
        }
    }

    public override async Task<int> FloorAsync()
    {
        Handler.Reset();
        var tokens = 0;
        while (true)
        {
            var scanned = await Floor.PostAndScanAsync(Http, Endpoint, FloorBody);
            if (scanned < 0)
            {
                return tokens - scanned;
            }

            tokens += scanned;
        }
    }

    private static byte[][] Sequence(int pages)
    {
        var responses = new byte[pages + 1][];
        for (var p = 0; p < pages; p++)
        {
            responses[p] = CannedResponses.InterviewPage(p, CannedResponses.PageSize, CannedResponses.CursorAfter(p), pages * CannedResponses.PageSize);
        }

        responses[pages] = CannedResponses.InterviewPage(pages, 0, CannedResponses.CursorAfter(pages), pages * CannedResponses.PageSize);
        return responses;
    }
}

internal sealed class InterviewResultsScenario() : Scenario("interview-results", "GetInterview", [CannedResponses.InterviewResults()])
{
    private static readonly byte[] FloorBody = Floor.Body(GetInterviewQuery.DocumentText, "GetInterview", w =>
    {
        w.WriteStartObject();
        w.WriteString("id", CannedResponses.InterviewId);
        w.WriteEndObject();
    });

    public override async Task<int> SdkAsync()
    {
        var interview = await Sdk.Interviews.GetAsync(CannedResponses.InterviewId);
        var sum = (interview.Comments?.Count ?? 0) + (interview.Scores?.Count ?? 0) + (interview.UserMetadata is null ? 0 : 1000) + Seconds(interview.CreatedAt, interview.ExpiresAt);
        foreach (var q in interview.Questions ?? [])
        {
            var words = q?.Answer?.Transcription?.Words;
            sum += (words?.Count ?? 0) + (q?.Answer?.Transcription?.Text?.Length ?? 0);
            if (words is { Count: > 0 })
            {
                sum += (int)(words[^1]!.End.GetValueOrDefault() * 100);
            }
        }

        return sum;
    }

    public override async Task<int> TunedAsync()
    {
        var data = await Tuned.PostAsync(
            Http,
            Endpoint,
            new GraphQLRequest<IdVariables> { Query = GetInterviewQuery.DocumentText, OperationName = "GetInterview", Variables = new IdVariables { Id = CannedResponses.InterviewId } },
            ReferenceJsonContext.Default.GraphQLRequestIdVariables,
            ReferenceJsonContext.Default.GraphQLResponseGetInterviewData);
        return Checksum(data.Interview ?? throw new InvalidOperationException("Interview not found."));
    }

    public override async Task<int> TypicalAsync()
    {
        var data = await Typical.PostAsync(Http, Endpoint, new { query = GetInterviewQuery.DocumentText, operationName = "GetInterview", variables = new { id = CannedResponses.InterviewId } });
        return Checksum(data["interview"]?.Deserialize<InterviewDto>(Typical.Options) ?? throw new InvalidOperationException("Interview not found."));
    }

    public override Task<int> FloorAsync() => Floor.PostAndScanAsync(Http, Endpoint, FloorBody);

    private static int Checksum(InterviewDto interview)
    {
        var sum = (interview.Comments?.Count ?? 0) + (interview.Scores?.Count ?? 0) + (interview.UserMetadata is null ? 0 : 1000) + Seconds(interview.CreatedAt, interview.Expires);
        foreach (var q in interview.Questions ?? [])
        {
            var words = q?.Answer?.Transcription?.Words;
            sum += (words?.Count ?? 0) + (q?.Answer?.Transcription?.Text?.Length ?? 0);
            if (words is { Count: > 0 })
            {
                sum += (int)(words[^1]!.End.GetValueOrDefault() * 100);
            }
        }

        return sum;
    }
}

internal sealed class ScoreScenario() : Scenario("score", "ScoreInterview", [CannedResponses.Score()])
{
    private static readonly byte[] FloorBody = Floor.Body(ScoreInterviewMutation.DocumentText, "ScoreInterview", w =>
    {
        w.WriteStartObject();
        w.WriteString("id", CannedResponses.InterviewId);
        w.WriteNumber("score", 4.5);
        w.WriteEndObject();
    });

    public override async Task<int> SdkAsync()
    {
        var scores = await Sdk.Interviews.ScoreAsync(CannedResponses.InterviewId, 4.5);
        return (int)(scores.Score!.Value.GetValueOrDefault() * 10) + (scores.Scores?.Count ?? 0) + (scores.Scores?[0]?.OverriddenScore is null ? 0 : 100);
    }

    public override async Task<int> TunedAsync()
    {
        var data = await Tuned.PostAsync(
            Http,
            Endpoint,
            new GraphQLRequest<ScoreVariables> { Query = ScoreInterviewMutation.DocumentText, OperationName = "ScoreInterview", Variables = new ScoreVariables { Id = CannedResponses.InterviewId, Score = 4.5 } },
            ReferenceJsonContext.Default.GraphQLRequestScoreVariables,
            ReferenceJsonContext.Default.GraphQLResponseScoreInterviewData);
        return Checksum(data.Interview?.Score ?? throw new InvalidOperationException("Interview not found."));
    }

    public override async Task<int> TypicalAsync()
    {
        var data = await Typical.PostAsync(Http, Endpoint, new { query = ScoreInterviewMutation.DocumentText, operationName = "ScoreInterview", variables = new { id = CannedResponses.InterviewId, score = 4.5 } });
        return Checksum(data["Interview"]?["score"]?.Deserialize<InterviewScoresDto>(Typical.Options) ?? throw new InvalidOperationException("Interview not found."));
    }

    public override Task<int> FloorAsync() => Floor.PostAndScanAsync(Http, Endpoint, FloorBody);

    private static int Checksum(InterviewScoresDto scores) =>
        (int)(scores.Score!.Value.GetValueOrDefault() * 10) + (scores.Scores?.Count ?? 0) + (scores.Scores?[0]?.OverriddenScore is null ? 0 : 100);
}

/// <summary>One ListInterviews page for the references.</summary>
internal static class TunedPaging
{
    public static Task<ListInterviewsData> PageAsync(HttpClient http, string? cursor) =>
        Tuned.PostAsync(
            http,
            Scenario.Endpoint,
            new GraphQLRequest<ListInterviewsVariables>
            {
                Query = ListInterviewsQuery.DocumentText,
                OperationName = "ListInterviews",
                Variables = new ListInterviewsVariables { PositionId = CannedResponses.PositionId, Limit = CannedResponses.PageSize, LastCursor = cursor },
            },
            ReferenceJsonContext.Default.GraphQLRequestListInterviewsVariables,
            ReferenceJsonContext.Default.GraphQLResponseListInterviewsData);
}

internal static class TypicalPaging
{
    public static async Task<ListInterviewsData> PageAsync(HttpClient http, string? cursor)
    {
        object variables = cursor is null
            ? new { positionId = CannedResponses.PositionId, limit = CannedResponses.PageSize }
            : new { positionId = CannedResponses.PositionId, limit = CannedResponses.PageSize, lastCursor = cursor };
        var data = await Typical.PostAsync(http, Scenario.Endpoint, new { query = ListInterviewsQuery.DocumentText, operationName = "ListInterviews", variables });
        return data.Deserialize<ListInterviewsData>(Typical.Options) ?? throw new InvalidOperationException("No data.");
    }
}

internal static class SummaryChecksum
{
    public static int Of(InterviewSummary i) =>
        1 + (i.Candidate?.Email?.Length ?? 0) + Seconds(i.CreatedAt, i.UpdatedAt) + (i.ShortlistedAt is null ? 0 : 7) + (int)(i.Score?.Value.GetValueOrDefault() * 2 ?? 0) + (i.Links?.Public?.Length ?? 0);

    public static int Of(InterviewSummaryDto? i) =>
        i is null ? 0 : 1 + (i.Candidate?.Email?.Length ?? 0) + Seconds(i.CreatedAt, i.UpdatedAt) + (i.ShortlistedAt is null ? 0 : 7) + (int)(i.Score?.Value.GetValueOrDefault() * 2 ?? 0) + (i.Url?.Public?.Length ?? 0);

    public static int Of(List<InterviewSummaryDto?>? items)
    {
        var sum = 0;
        foreach (var i in items ?? [])
        {
            sum += Of(i);
        }

        return sum;
    }

    private static int Seconds(DateTimeOffset? from, DateTimeOffset? to) =>
        from is { } f && to is { } t ? (int)(t - f).TotalSeconds : 0;
}
