using Microsoft.Extensions.DependencyInjection;

namespace Hireflix.Sdk.EndToEndTests.Infrastructure;

/// <summary>
/// A fake Hireflix server plus an SDK client registered the way users register it (AddHireflix with the fake's
/// handler as primary handler). Retries wait 1 ms so resilience tests stay fast.
/// </summary>
public sealed class Harness : IAsyncDisposable
{
    public const string ReviewerName = "E2E Reviewer";

    private readonly List<IDisposable> _owned = [];

    private Harness(HireflixFakeServer fake, HireflixClient client, ServiceProvider services)
    {
        Fake = fake;
        Client = client;
        _owned.Add(services);
    }

    /// <summary>Both modes, for <c>[MemberData]</c>.</summary>
    public static TheoryData<FakeMode> Modes => new() { FakeMode.InMemory, FakeMode.Loopback };

    public HireflixFakeServer Fake { get; }

    public HireflixClient Client { get; }

    public PositionsClient Positions => Client.Positions;

    public InterviewsClient Interviews => Client.Interviews;

    public static async Task<Harness> StartAsync(
        FakeMode mode,
        int? inviteQuota = null,
        string? apiKey = null,
        Action<IHttpClientBuilder>? configureHttp = null,
        FakeSchemaOptions? schema = null)
    {
        var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions
        {
            ApiKey = "e2e-api-key",
            ReviewerName = ReviewerName,
            UseLoopback = mode == FakeMode.Loopback,
            InviteQuota = inviteQuota,
            Schema = schema ?? new FakeSchemaOptions(),
        });
        if (mode == FakeMode.Loopback)
        {
            fake.Endpoint.Host.Should().Be("127.0.0.1", "loopback mode must never listen beyond 127.0.0.1");
        }

        var services = new ServiceCollection();
        services.AddHireflix(o =>
        {
            o.ApiKey = apiKey ?? fake.ApiKey;
            o.Endpoint = fake.Endpoint;
            o.RetryDelay = TimeSpan.FromMilliseconds(1);
        }).ConfigureHttpClient(b =>
        {
            b.ConfigurePrimaryHttpMessageHandler(fake.CreateHandler);
            configureHttp?.Invoke(b);
        });
        var provider = services.BuildServiceProvider();
        return new Harness(fake, provider.GetRequiredService<HireflixClient>(), provider);
    }

    /// <summary>A second client acting as another reviewer, created without dependency injection.</summary>
    public HireflixClient CreateReviewerClient(string apiKey, string reviewerName)
    {
        Fake.AddApiKey(apiKey, reviewerName);
        var handler = Fake.CreateHandler();
        var client = new HireflixClient(
            new HireflixClientOptions { ApiKey = apiKey, Endpoint = Fake.Endpoint, RetryDelay = TimeSpan.FromMilliseconds(1) },
            handler);
        _owned.Add(client);
        _owned.Add(handler);
        return client;
    }

    /// <summary>Seeds a position and a completed interview whose first answer has the given transcript.</summary>
    public (string PositionId, string InterviewId) SeedCompleted(string email = "done@example.com", string transcript = "I build reliable APIs")
    {
        var positionId = Fake.SeedPosition("Backend Engineer");
        var interviewId = Fake.SeedInterview(
            positionId,
            new FakeCandidate("Done", "Candidate", email),
            answers: [new FakeAnswer(transcript), new FakeAnswer("Second answer")]);
        return (positionId, interviewId);
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            _owned[i].Dispose();
        }

        await Fake.DisposeAsync();
    }
}
