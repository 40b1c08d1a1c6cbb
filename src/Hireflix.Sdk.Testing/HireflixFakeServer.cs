using System.Net;
using Hireflix.Sdk.Testing.Internal;
using Hireflix.Sdk.Testing.Internal.Http;
using Hireflix.Sdk.Testing.Internal.Schema;
using Hireflix.Sdk.Testing.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hireflix.Sdk.Testing;

/// <summary>
/// An offline Hireflix <c>/me</c> GraphQL API: a real GraphQL engine over the SDK's schema, in-memory state, the
/// documented behaviour (stages, scores, shares, errors as data), API-key auth, test hooks and fault injection.
/// Serves in memory (<see cref="CreateHandler"/>) or on a loopback socket (<see cref="HireflixFakeServerOptions.UseLoopback"/>).
/// </summary>
/// <example>
/// <code>
/// await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { ApiKey = "test-key" });
/// var positionId = fake.SeedPosition("Backend Engineer");
/// using var http = fake.CreateClient();            // BaseAddress = fake.Endpoint, X-API-KEY set
/// fake.Faults.Enqueue(FakeFault.Status(503, retryAfter: "1"));
/// </code>
/// </example>
public sealed class HireflixFakeServer : IAsyncDisposable
{
    /// <summary>Host used for the in-memory endpoint; never resolved, the handler short-circuits to the fake.</summary>
    private static readonly Uri InMemoryBaseAddress = new("http://hireflix.fake/");

    private readonly WebApplication _app;
    private readonly FakeState _state;
    private readonly ApiKeys _keys;
    private readonly RequestCounters _counters;
    private readonly TestServer? _testServer;

    private HireflixFakeServer(WebApplication app, FakeState state, ApiKeys keys, RequestCounters counters, FakeFaultInjector faults, string apiKey, FakeWebhooks webhooks)
    {
        Webhooks = webhooks;
        _app = app;
        _state = state;
        _keys = keys;
        _counters = counters;
        Faults = faults;
        ApiKey = apiKey;
        _testServer = app.Services.GetRequiredService<IServer>() as TestServer;
        if (_testServer is not null)
        {
            _testServer.BaseAddress = InMemoryBaseAddress;
            BaseAddress = InMemoryBaseAddress;
        }
        else
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        }

        Endpoint = new Uri(BaseAddress, "me");
    }

    /// <summary>The state behind the server; its <c>Changed</c> event is the hook for webhook emission.</summary>
    internal FakeState State => _state;

    /// <summary>Root of the server: <c>http://hireflix.fake/</c> in memory, <c>http://127.0.0.1:&lt;port&gt;/</c> on loopback.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The GraphQL endpoint, <c>{BaseAddress}me</c> like the real <c>https://api.hireflix.com/me</c> (<c>/</c> answers too).</summary>
    public Uri Endpoint { get; }

    /// <summary>Whether the server listens on a real loopback socket.</summary>
    public bool IsLoopback => _testServer is null;

    /// <summary>The primary API key (from <see cref="HireflixFakeServerOptions.ApiKey"/>).</summary>
    public string ApiKey { get; }

    /// <summary>Webhooks: register URLs to receive signed deliveries of the interview events, await them, redeliver.</summary>
    public FakeWebhooks Webhooks { get; }

    /// <summary>Transport faults to serve to the next requests.</summary>
    public FakeFaultInjector Faults { get; }

    /// <summary>Requests received by the GraphQL endpoint (all of them: faulted, unauthorized, malformed).</summary>
    public int RequestsReceived => _counters.Total;

    /// <summary>Requests received per GraphQL operation name (the request's <c>operationName</c>, else the document's first operation).</summary>
    public IReadOnlyDictionary<string, int> RequestsByOperation => _counters.Snapshot();

    /// <summary>E-mails "sent": one per invite without <c>disableNotifications</c>.</summary>
    public int EmailsSent => _state.SentEmails().Count;

    /// <summary>The e-mails "sent", oldest first.</summary>
    public IReadOnlyList<FakeSentEmail> SentEmails => _state.SentEmails();

    /// <summary>Invites accepted this period (counts against <see cref="HireflixFakeServerOptions.InviteQuota"/>).</summary>
    public int InvitesThisPeriod => _state.InvitesThisPeriod;

    /// <summary>Every interview, oldest first.</summary>
    public IReadOnlyList<FakeInterviewSnapshot> Interviews => _state.Snapshots();

    /// <summary>Every position, newest first.</summary>
    public IReadOnlyList<FakePositionSnapshot> Positions =>
        [.. _state.ListPositions().Select(p => new FakePositionSnapshot(
            p.Id, p.Name, p.Archived is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null, _state.ListInterviews(p.Id).Count))];

    /// <summary>Starts a fake server.</summary>
    /// <param name="options">Settings; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    public static async Task<HireflixFakeServer> StartAsync(HireflixFakeServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new HireflixFakeServerOptions();
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ApiKey);
        ArgumentNullException.ThrowIfNull(options.TimeProvider);
        ArgumentNullException.ThrowIfNull(options.Webhooks);
        ArgumentNullException.ThrowIfNull(options.Schema);
        options.Webhooks.Validate();

        var ids = new Ids(options.TimeProvider);
        var state = new FakeState(options.TimeProvider, ids);
        state.SetInviteQuota(options.InviteQuota);
        var keys = new ApiKeys(ids);
        keys.Add(options.ApiKey, options.ReviewerName, options.ReviewerEmail);
        var counters = new RequestCounters();
        var faults = new FakeFaultInjector();
        var endpoint = new FakeEndpoint(FakeSchemaFactory.Create(state, options.Schema), options.Schema.ValidationErrorStyle, faults, counters, keys);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(HireflixFakeServer).Assembly.GetName().Name,
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        if (options.UseLoopback)
        {
            // 127.0.0.1 only (never all interfaces), on a free port chosen by the OS.
            builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        var app = builder.Build();
        app.MapPost("/me", (RequestDelegate)endpoint.HandleAsync);
        app.MapPost("/", (RequestDelegate)endpoint.HandleAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new HireflixFakeServer(app, state, keys, counters, faults, options.ApiKey, new FakeWebhooks(state, options.Webhooks));
    }

    /// <summary>
    /// A handler reaching this server: the in-memory TestServer handler, or a plain socket handler on loopback.
    /// Use it with <see cref="Endpoint"/> (e.g. <c>ConfigurePrimaryHttpMessageHandler(fake.CreateHandler)</c>).
    /// </summary>
    /// <returns>A new handler; the caller owns it.</returns>
    public HttpMessageHandler CreateHandler() =>
        _testServer is not null ? new AbortAsNetworkErrorHandler(_testServer.CreateHandler()) : new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) };

    /// <summary>An <see cref="HttpClient"/> whose <see cref="HttpClient.BaseAddress"/> is <see cref="Endpoint"/>, sending an API key.</summary>
    /// <param name="apiKey">Key to send; the primary key when <see langword="null"/>.</param>
    /// <returns>A new client; the caller owns it.</returns>
    public HttpClient CreateClient(string? apiKey = null)
    {
        var client = new HttpClient(CreateHandler(), disposeHandler: true) { BaseAddress = Endpoint };
        client.DefaultRequestHeaders.Add("X-API-KEY", apiKey ?? ApiKey);
        return client;
    }

    /// <summary>Accepts another API key, acting as another reviewer (scores are per reviewer).</summary>
    /// <param name="apiKey">The key.</param>
    /// <param name="reviewerName">The reviewer's display name.</param>
    /// <param name="reviewerEmail">The reviewer's e-mail.</param>
    public void AddApiKey(string apiKey, string reviewerName, string? reviewerEmail = null) =>
        _keys.Add(apiKey, reviewerName, reviewerEmail ?? $"{reviewerName.Replace(' ', '.').ToLowerInvariant()}@example.com");

    /// <summary>Stops accepting a key (e.g. to simulate a revoked key).</summary>
    /// <param name="apiKey">The key.</param>
    /// <returns>Whether the key was known.</returns>
    public bool RemoveApiKey(string apiKey) => _keys.Remove(apiKey);

    /// <summary>Requests received for one GraphQL operation name.</summary>
    /// <param name="operationName">E.g. <c>InviteCandidate</c>.</param>
    /// <returns>The count.</returns>
    public int RequestsFor(string operationName) => _counters.For(operationName);

    /// <summary>Sets the invite quota of the period (<see langword="null"/> = unlimited); invites beyond it answer <c>ExceededInvitesThisPeriodError</c>.</summary>
    /// <param name="quota">Invites allowed this period, counting those already made.</param>
    public void SetInviteQuota(int? quota) => _state.SetInviteQuota(quota);

    /// <summary>Adds a position.</summary>
    /// <param name="name">Name.</param>
    /// <param name="archived">Create it archived (it then refuses invites).</param>
    /// <param name="questions">Question titles; two generic questions when <see langword="null"/>.</param>
    /// <returns>The new position's id.</returns>
    public string SeedPosition(string name, bool archived = false, IReadOnlyList<string>? questions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return _state.CreatePosition(name, null, questions?.Select(q => (q, (string?)null)).ToList(), archived).Id;
    }

    /// <summary>Adds an interview without the invite rules (no quota, no e-mail).</summary>
    /// <param name="positionId">An existing position.</param>
    /// <param name="candidate">The candidate.</param>
    /// <param name="answers">Answers in question order; giving them completes the interview.</param>
    /// <param name="completed">Complete it (with generated answers when <paramref name="answers"/> is <see langword="null"/>).</param>
    /// <param name="externalId">External id.</param>
    /// <returns>The new interview's id.</returns>
    public string SeedInterview(string positionId, FakeCandidate candidate, IReadOnlyList<FakeAnswer>? answers = null, bool completed = false, string? externalId = null)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return _state.Seed(positionId, candidate, answers, completed, externalId).Id;
    }

    /// <summary>Acts as the candidate: records the answers and submits, moving the interview to <c>to_evaluate</c>.</summary>
    /// <param name="interviewId">The interview.</param>
    /// <param name="answers">Answers in question order; generated ones when <see langword="null"/>.</param>
    public void CompleteInterview(string interviewId, IReadOnlyList<FakeAnswer>? answers = null) =>
        _ = _state.Complete(interviewId, answers) ?? throw new InvalidOperationException($"Interview '{interviewId}' does not exist in the fake.");

    /// <summary>
    /// Records that the candidate also used this address and browser (a second device, a VPN): the interview's
    /// <c>ipAddresses</c> and <c>userAgents</c> and every answer's <c>ip</c>/<c>userAgent</c> in <c>steps</c> show it,
    /// as the session-details checks expect. Completing an interview records one session already.
    /// </summary>
    /// <param name="interviewId">The interview.</param>
    /// <param name="ipAddress">The address, e.g. <c>198.51.100.7</c>.</param>
    /// <param name="userAgent">The browser's user agent.</param>
    public void AddSession(string interviewId, string ipAddress, string userAgent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ipAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(userAgent);
        _ = _state.AddSession(interviewId, ipAddress, userAgent) ?? throw new InvalidOperationException($"Interview '{interviewId}' does not exist in the fake.");
    }

    /// <summary>Snapshot of one interview.</summary>
    /// <param name="interviewId">The interview.</param>
    /// <returns>The snapshot, or <see langword="null"/> when it does not exist.</returns>
    public FakeInterviewSnapshot? GetInterview(string interviewId) => _state.Snapshot(interviewId);

    /// <summary>Stops the server and its webhook senders (undelivered webhooks are dropped).</summary>
    /// <returns>A task that completes when the server stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await Webhooks.DisposeAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
