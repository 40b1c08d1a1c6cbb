using Hireflix.Sdk.Testing.Webhooks;

namespace Hireflix.Sdk.Testing;

/// <summary>Settings for a <see cref="HireflixFakeServer"/>.</summary>
public sealed class HireflixFakeServerOptions
{
    /// <summary>The API key the fake accepts in the <c>X-API-KEY</c> header. More keys: <see cref="HireflixFakeServer.AddApiKey"/>.</summary>
    public string ApiKey { get; set; } = "fake-hireflix-api-key";

    /// <summary>Display name of the reviewer that <see cref="ApiKey"/> acts as (scores and comments are attributed to it).</summary>
    public string ReviewerName { get; set; } = "Fake Reviewer";

    /// <summary>E-mail of the reviewer that <see cref="ApiKey"/> acts as.</summary>
    public string ReviewerEmail { get; set; } = "reviewer@example.com";

    /// <summary>
    /// When <see langword="true"/>, listen on a real loopback socket (<c>http://127.0.0.1:&lt;free port&gt;</c>, never all
    /// interfaces); otherwise serve in memory through a <c>TestServer</c>.
    /// </summary>
    public bool UseLoopback { get; set; }

    /// <summary>Clock for every timestamp the fake records (createdAt, completedAt, share expiry…). Defaults to the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Invites allowed this period; <see langword="null"/> (default) means unlimited. Once used up, invites answer
    /// <c>ExceededInvitesThisPeriodError</c>. Change it later with <see cref="HireflixFakeServer.SetInviteQuota"/>.
    /// </summary>
    public int? InviteQuota { get; set; }

    /// <summary>
    /// Webhook delivery settings: retries, back-off, attempt timeout and the HTTP handler. Register webhooks with
    /// <see cref="HireflixFakeServer.Webhooks"/>.
    /// </summary>
    public FakeWebhookOptions Webhooks { get; set; } = new();

    /// <summary>
    /// The schema the fake serves: by default the checked-in one; set to serve a proven-only projection or an explicit
    /// drift, and to choose graphql-js-style validation errors.
    /// </summary>
    public FakeSchemaOptions Schema { get; set; } = new();
}
