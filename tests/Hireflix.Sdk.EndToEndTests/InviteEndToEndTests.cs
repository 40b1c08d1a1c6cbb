using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;

namespace Hireflix.Sdk.EndToEndTests;

/// <summary>InterviewsClient.InviteAsync against the fake: success and every typed error the fake can produce.</summary>
public sealed class InviteEndToEndTests
{
    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Invite_creates_a_pending_interview_and_emails_the_candidate(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Backend Engineer");

        var invitation = await h.Interviews.InviteAsync(positionId, new CandidateInvite
        {
            FirstName = " Ada ",
            LastName = "Lovelace",
            Email = "ada@example.com",
            Phone = "+1 415 555 0123",
            ExternalId = "ats-42",
            Metadata = new JsonObject { ["source"] = "e2e", ["round"] = 1 },
        });

        invitation.AlreadyExisted.Should().BeFalse();
        var interview = invitation.Interview;
        interview.Id.Should().MatchRegex("^[0-9a-f]{24}$");
        interview.Stage.Should().Be(InterviewStage.Pending);
        interview.ExternalId.Should().Be("ats-42");
        interview.Candidate!.FirstName.Should().Be("Ada");
        interview.Candidate.Email.Should().Be("ada@example.com");
        interview.Candidate.Phone.Should().Be("+14155550123");
        interview.Links!.Public.Should().Be($"https://app.hireflix.com/{interview.Hash}");
        h.Fake.EmailsSent.Should().Be(1);
        h.Fake.SentEmails.Single().Should().Match<FakeSentEmail>(e => e.To == "ada@example.com" && e.InterviewId == interview.Id);

        var stored = await h.Interviews.GetAsync(interview.Id);
        stored.UserMetadata!.Value.GetProperty("source").GetString().Should().Be("e2e");
        stored.UserMetadata.Value.GetProperty("round").GetInt32().Should().Be(1);
        stored.Position!.Id.Should().Be(positionId);
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Invite_with_notifications_disabled_sends_no_email(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Backend Engineer");

        var invitation = await h.Interviews.InviteAsync(positionId, Invites.Candidate(disableNotifications: true));

        h.Fake.EmailsSent.Should().Be(0);
        h.Fake.GetInterview(invitation.Interview.Id)!.DisableNotifications.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Duplicate_email_is_InterviewAlreadyExists(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Backend Engineer");
        await h.Interviews.InviteAsync(positionId, Invites.Candidate("ada@example.com"));

        var error = await h.Invoking(x => x.Interviews.InviteAsync(positionId, Invites.Candidate("ada@example.com")))
            .Should().ThrowAsync<InterviewAlreadyExistsException>();

        error.Which.OperationName.Should().Be("InviteCandidate");
        h.Fake.Interviews.Should().HaveCount(1);
        h.Fake.EmailsSent.Should().Be(1);
        h.Fake.RequestsFor("InviteCandidate").Should().Be(2, "a definitive answer is not retried");
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Duplicate_external_id_is_InterviewExternalIdAlreadyExists(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Backend Engineer");
        await h.Interviews.InviteAsync(positionId, Invites.Candidate("ada@example.com", externalId: "ats-1"));

        await h.Invoking(x => x.Interviews.InviteAsync(positionId, Invites.Candidate("grace@example.com", externalId: "ats-1")))
            .Should().ThrowAsync<InterviewExternalIdAlreadyExistsException>();

        h.Fake.Interviews.Should().ContainSingle();
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Unknown_position_is_PositionNotFound(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);

        await h.Invoking(x => x.Interviews.InviteAsync("0123456789abcdef01234567", Invites.Candidate()))
            .Should().ThrowAsync<PositionNotFoundException>();

        h.Fake.EmailsSent.Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Archived_position_is_PositionNotReadyToAcceptInvites(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Old role", archived: true);

        await h.Invoking(x => x.Interviews.InviteAsync(positionId, Invites.Candidate()))
            .Should().ThrowAsync<PositionNotReadyToAcceptInvitesException>();

        h.Fake.Interviews.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Exhausted_quota_is_InvitesQuotaExceeded(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode, inviteQuota: 1);
        var positionId = h.Fake.SeedPosition("Backend Engineer");
        await h.Interviews.InviteAsync(positionId, Invites.Candidate("ada@example.com"));

        await h.Invoking(x => x.Interviews.InviteAsync(positionId, Invites.Candidate("grace@example.com")))
            .Should().ThrowAsync<InvitesQuotaExceededException>();

        h.Fake.Interviews.Should().ContainSingle();
        h.Fake.EmailsSent.Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Invalid_input_is_refused_by_the_SDK_before_anything_is_sent(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Backend Engineer");

        await h.Invoking(x => x.Interviews.InviteAsync(positionId, Invites.Candidate("not-an-email"))).Should().ThrowAsync<ArgumentException>();
        await h.Invoking(x => x.Interviews.InviteAsync(positionId, new CandidateInvite { FirstName = new string('a', 51), Email = "a@example.com" }))
            .Should().ThrowAsync<ArgumentException>();
        await h.Invoking(x => x.Interviews.InviteAsync(positionId, Invites.Candidate(externalId: new string('x', 256)))).Should().ThrowAsync<ArgumentException>();

        h.Fake.RequestsFor("InviteCandidate").Should().Be(0);
    }

    /// <summary>
    /// The SDK's own argument checks are at least as strict as the fake's ValidationError rules, so the only way to reach
    /// the server-side ValidationError is a server stricter than the SDK: simulated here by a handler that rewrites the
    /// e-mail variable after the SDK validated it.
    /// </summary>
    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Server_side_validation_error_is_HireflixValidationException_with_field_errors(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode, configureHttp: b => b.AddHttpMessageHandler(() => new RewriteEmailHandler("no-at-sign")));
        var positionId = h.Fake.SeedPosition("Backend Engineer");

        var error = await h.Invoking(x => x.Interviews.InviteAsync(positionId, Invites.Candidate()))
            .Should().ThrowAsync<HireflixValidationException>();

        error.Which.FieldErrors.Should().ContainSingle().Which.Path.Should().Be("candidate.email");
        h.Fake.Interviews.Should().BeEmpty();
    }

    private sealed class RewriteEmailHandler(string email) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken))!.AsObject();
            if (body["variables"]?["input"]?["candidate"]?["email"] is not null)
            {
                body["variables"]!["input"]!["candidate"]!["email"] = email;
                request.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
