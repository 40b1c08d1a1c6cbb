using System.Collections.Concurrent;
using System.Net;
using Hireflix.Sdk.Tests.Webhooks;
using Hireflix.Sdk.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hireflix.Sdk.AspNetCore.Tests.EndToEnd;

/// <summary>Issue 14: one endpoint for many Hireflix accounts, each with its own (rotating) secrets.</summary>
public sealed class MultiTenantWebhookTests
{
    private const string Pattern = "/webhooks/hireflix/{tenant}";

    private readonly TenantSecrets _secrets = new()
    {
        ["acme"] = new HireflixWebhookSecrets("acme-secret"),
        ["globex"] = new HireflixWebhookSecrets("globex-secret"),
    };

    private Task<LoopbackWebhookHost> StartAsync(Action<HireflixWebhookTenantOptions>? tenants = null) => LoopbackWebhookHost.StartAsync(
        _ => { },
        services => services.AddHireflixWebhookTenants(_secrets, tenants),
        pattern: Pattern);

    private static Task<HttpResponseMessage> PostAsync(LoopbackWebhookHost host, string tenant, byte[] body, string secret)
        => host.PostAsync("/webhooks/hireflix/" + tenant, new ByteArrayContent(body), HireflixWebhookSigner.ComputeSignature(secret, body));

    [Fact]
    public async Task Each_tenant_is_verified_with_its_own_secret_and_the_handler_learns_the_tenant()
    {
        await using LoopbackWebhookHost host = await StartAsync();
        byte[] body = WebhookPayloads.Bytes(WebhookPayloads.InterviewFinish);

        using HttpResponseMessage acme = await PostAsync(host, "acme", body, "acme-secret");
        using HttpResponseMessage globex = await PostAsync(host, "globex", body, "globex-secret");
        using HttpResponseMessage crossSigned = await PostAsync(host, "acme", WebhookPayloads.Bytes(WebhookPayloads.InterviewCreate), "globex-secret");

        acme.StatusCode.Should().Be(HttpStatusCode.OK);
        globex.StatusCode.Should().Be(HttpStatusCode.OK, "the same body for another tenant is another delivery");
        crossSigned.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        host.ReceivedTenants.Should().Equal("acme", "globex");
        host.Logs.Entries.Select(e => e.Message).Should().NotContain(m => m.Contains("acme-secret") || m.Contains("globex-secret"));
        new HireflixWebhookSecrets("acme-secret", "globex-secret").ToString().Should().NotContain("acme-").And.NotContain("globex-");
    }

    [Fact]
    public async Task An_unknown_tenant_gets_an_empty_404_like_a_missing_route_and_is_looked_up_once()
    {
        await using LoopbackWebhookHost host = await StartAsync();
        byte[] body = WebhookPayloads.Bytes(WebhookPayloads.InterviewFinish);

        using HttpResponseMessage unknown = await PostAsync(host, "initech", body, "acme-secret");
        using HttpResponseMessage again = await PostAsync(host, "initech", body, "acme-secret");
        using HttpResponseMessage noRoute = await host.PostAsync("/webhooks/other/initech", new ByteArrayContent(body), "x");

        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync()).Should().BeEmpty();
        unknown.Content.Headers.ContentLength.Should().Be(noRoute.Content.Headers.ContentLength);
        again.StatusCode.Should().Be(HttpStatusCode.NotFound);
        _secrets.Lookups.Should().ContainSingle(t => t == "initech", "unknown tenants are cached too");
        host.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task Secrets_are_cached_and_a_rotated_secret_is_picked_up_at_the_first_mismatch()
    {
        await using LoopbackWebhookHost host = await StartAsync(o => o.RefreshOnMismatchAfter = TimeSpan.Zero);
        using (await PostAsync(host, "acme", WebhookPayloads.Bytes(WebhookPayloads.InterviewCreate), "acme-secret"))
        using (await PostAsync(host, "acme", WebhookPayloads.Bytes(WebhookPayloads.InterviewFinish), "acme-secret"))
        {
        }

        _secrets["acme"] = new HireflixWebhookSecrets("acme-secret-2", previous: "acme-secret");
        using HttpResponseMessage rotated = await PostAsync(host, "acme", WebhookPayloads.Bytes(WebhookPayloads.InterviewStatusChangeShortlisted), "acme-secret-2");
        using HttpResponseMessage previous = await PostAsync(host, "acme", WebhookPayloads.Bytes(WebhookPayloads.InterviewDelete), "acme-secret");

        rotated.StatusCode.Should().Be(HttpStatusCode.OK);
        previous.StatusCode.Should().Be(HttpStatusCode.OK, "the previous secret stays valid during the rotation");
        _secrets.Lookups.Count(t => t == "acme").Should().Be(2, "one lookup, then one refresh after the mismatch");
        host.Received.Should().HaveCount(4);
    }

    [Fact]
    public async Task A_failing_provider_gives_503_and_no_handler_runs()
    {
        _secrets.Fail = true;
        await using LoopbackWebhookHost host = await StartAsync();

        using HttpResponseMessage response = await PostAsync(host, "acme", WebhookPayloads.Bytes(WebhookPayloads.InterviewCreate), "acme-secret");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        host.Received.Should().BeEmpty();
    }

    [Fact]
    public async Task A_scoped_DI_handler_gets_the_tenant_injected()
    {
        await using LoopbackWebhookHost host = await LoopbackWebhookHost.StartAsync(
            _ => { },
            services => services.AddHireflixWebhookTenants(_secrets, null).AddSingleton<ConcurrentQueue<string?>>().AddScoped<IHireflixWebhookHandler, TenantRecordingHandler>(),
            useDiHandler: true,
            pattern: Pattern);

        using HttpResponseMessage response = await PostAsync(host, "globex", WebhookPayloads.Bytes(WebhookPayloads.InterviewCreate), "globex-secret");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        host.Services.GetRequiredService<ConcurrentQueue<string?>>().Should().Equal("globex");
    }

    [Fact]
    public async Task A_global_secret_next_to_tenants_fails_start_up()
    {
        Func<Task> start = () => LoopbackWebhookHost.StartAsync(o => o.Secrets.Add("global"), s => s.AddHireflixWebhookTenants(_secrets, null), pattern: Pattern);

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("must be empty when AddHireflixWebhookTenants");
    }

    [Fact]
    public async Task A_route_without_the_tenant_parameter_fails_at_mapping()
    {
        Func<Task> start = () => LoopbackWebhookHost.StartAsync(_ => { }, s => s.AddHireflixWebhookTenants(_secrets, null), pattern: "/webhooks/hireflix");

        (await start.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("{tenant}");
    }

    private sealed class TenantRecordingHandler(HireflixWebhookTenant tenant, ConcurrentQueue<string?> seen) : IHireflixWebhookHandler
    {
        public Task HandleAsync(HireflixWebhookEvent webhookEvent, CancellationToken cancellationToken)
        {
            seen.Enqueue(tenant.Id);
            return Task.CompletedTask;
        }
    }

    /// <summary>The user's lookup (a dictionary standing in for their database), counting how often it is asked.</summary>
    private sealed class TenantSecrets : IHireflixWebhookSecretProvider
    {
        private readonly ConcurrentDictionary<string, HireflixWebhookSecrets> _byTenant = new(StringComparer.Ordinal);

        public ConcurrentQueue<string> Lookups { get; } = new();

        public bool Fail { get; set; }

        public HireflixWebhookSecrets this[string tenant]
        {
            set => _byTenant[tenant] = value;
        }

        public ValueTask<HireflixWebhookSecrets?> GetSecretsAsync(string tenant, CancellationToken cancellationToken)
        {
            Lookups.Enqueue(tenant);
            return Fail
                ? throw new InvalidOperationException("tenant database unreachable")
                : ValueTask.FromResult(_byTenant.TryGetValue(tenant, out HireflixWebhookSecrets? secrets) ? secrets : null);
        }
    }
}
