namespace Hireflix.Sdk.EndToEndTests;

/// <summary>What ATS integrations reach for: invite-or-get, bulk invites, look-ups and session details, against the fake.</summary>
public sealed class AtsEndToEndTests
{
    private static CandidateInvite Candidate(int n, string? externalId = null, bool returnExisting = false) => new()
    {
        FirstName = $"Cand{n}",
        LastName = "Idate",
        Email = $"cand{n}@example.com",
        ExternalId = externalId,
        ReturnExisting = returnExisting,
    };

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Invite_or_get_returns_the_existing_interview_by_email_and_sends_no_second_email(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Backend Engineer");
        var first = await h.Interviews.InviteAsync(positionId, Candidate(1));

        var again = await h.Interviews.InviteAsync(positionId, Candidate(1, returnExisting: true));

        again.AlreadyExisted.Should().BeTrue();
        again.Interview.Id.Should().Be(first.Interview.Id);
        h.Fake.EmailsSent.Should().Be(1);
        await h.Interviews.Invoking(i => i.InviteAsync(positionId, Candidate(1))).Should().ThrowAsync<InterviewAlreadyExistsException>("without the option a second invite still throws");
    }

    [Fact]
    public async Task Invite_or_get_returns_the_interview_holding_the_external_id()
    {
        await using var h = await Harness.StartAsync(FakeMode.InMemory);
        var positionId = h.Fake.SeedPosition("Backend Engineer");
        for (var i = 0; i < 7; i++)
        {
            h.Fake.SeedInterview(positionId, new FakeCandidate($"Other{i}", null, $"other{i}@example.com"), externalId: $"other-{i}");
        }

        var holder = await h.Interviews.InviteAsync(positionId, Candidate(1, externalId: "ats-1"));

        var got = await h.Interviews.InviteAsync(positionId, Candidate(2, externalId: "ats-1", returnExisting: true));

        got.AlreadyExisted.Should().BeTrue();
        got.Interview.Id.Should().Be(holder.Interview.Id);
        h.Fake.Interviews.Should().NotContain(i => i.Email == "cand2@example.com");
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Bulk_invite_gives_one_outcome_per_candidate_in_order_with_typed_errors(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Backend Engineer");
        h.Fake.SeedInterview(positionId, new FakeCandidate("Taken", null, "cand5@example.com"));
        var candidates = Enumerable.Range(0, 23).Select(n => Candidate(n)).ToList();
        var reports = new List<BulkInviteProgress>();

        var outcomes = await h.Interviews.InviteManyAsync(positionId, candidates, new BulkInviteOptions
        {
            BatchSize = 4,
            MaxConcurrency = 3,
            Progress = new SynchronousProgress(reports),
        });

        outcomes.Should().HaveCount(23);
        outcomes.Select(o => o.Index).Should().Equal(Enumerable.Range(0, 23));
        outcomes.Select(o => o.Candidate).Should().Equal(candidates);
        outcomes[5].Error.Should().BeOfType<InterviewAlreadyExistsException>();
        outcomes.Where(o => o.Index != 5).Should().OnlyContain(o => o.Succeeded && o.Invitation!.Interview.Candidate!.Email == o.Candidate.Email);
        h.Fake.RequestsFor("InviteCandidates").Should().Be(6, "23 candidates in batches of 4");
        h.Fake.SentEmails.GroupBy(e => e.To).Should().OnlyContain(g => g.Count() == 1);
        h.Fake.EmailsSent.Should().Be(22);
        reports.Should().HaveCount(6);
        reports.Max(r => r.Completed).Should().Be(23);
        reports.Last(r => r.Completed == 23).Should().Be(new BulkInviteProgress(23, 23, 22, 1));
    }

    [Fact]
    public async Task Bulk_invite_with_invite_or_get_returns_existing_interviews()
    {
        await using var h = await Harness.StartAsync(FakeMode.InMemory);
        var positionId = h.Fake.SeedPosition("Backend Engineer");
        var existing = h.Fake.SeedInterview(positionId, new FakeCandidate("Taken", null, "cand1@example.com"));

        var outcomes = await h.Interviews.InviteManyAsync(positionId, [Candidate(0, returnExisting: true), Candidate(1, returnExisting: true)]);

        outcomes[0].Invitation!.AlreadyExisted.Should().BeFalse();
        outcomes[1].Invitation!.AlreadyExisted.Should().BeTrue();
        outcomes[1].Invitation!.Interview.Id.Should().Be(existing);
    }

    [Fact]
    public async Task Bulk_invite_rejects_every_invalid_candidate_at_once_before_sending()
    {
        await using var h = await Harness.StartAsync(FakeMode.InMemory);
        var positionId = h.Fake.SeedPosition("Backend Engineer");
        var candidates = new[]
        {
            Candidate(0),
            new CandidateInvite { FirstName = "", Email = "a@example.com" },
            new CandidateInvite { FirstName = "Bad", Email = "not-an-email" },
            Candidate(0),
        };

        var thrown = await h.Interviews.Invoking(i => i.InviteManyAsync(positionId, candidates)).Should().ThrowAsync<ArgumentException>();

        thrown.Which.ParamName.Should().Be("candidates");
        thrown.Which.Message.Should().Contain("candidates[1].FirstName").And.Contain("candidates[2].Email").And.Contain("candidates[3].Email")
            .And.NotContain("not-an-email", "candidate data is never echoed");
        h.Fake.RequestsReceived.Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Harness.Modes), MemberType = typeof(Harness))]
    public async Task Look_ups_find_by_email_external_id_and_position_name(FakeMode mode)
    {
        await using var h = await Harness.StartAsync(mode);
        var positionId = h.Fake.SeedPosition("Data Engineer");
        h.Fake.SeedPosition("Data Engineer", archived: true);
        h.Fake.SeedPosition("Designer");
        var ids = Enumerable.Range(0, 130).Select(n => h.Fake.SeedInterview(positionId, new FakeCandidate($"C{n}", null, $"c{n}@example.com"), externalId: $"ext-{n}")).ToList();

        (await h.Interviews.FindByEmailAsync(positionId, "C7@Example.com"))!.Id.Should().Be(ids[7]);
        (await h.Interviews.FindByEmailAsync(positionId, "nobody@example.com")).Should().BeNull();
        (await h.Interviews.FindByExternalIdAsync(positionId, "ext-0"))!.Id.Should().Be(ids[0], "the oldest is on the second page of the scan");
        (await h.Interviews.FindByExternalIdAsync(positionId, "EXT-0")).Should().BeNull("external ids compare exactly");
        (await h.Positions.FindByNameAsync(" data engineer ")).Select(p => p.Id).Should().Equal(positionId);
        (await h.Positions.FindByNameAsync("Data Engineer", includeArchived: true)).Should().HaveCount(2);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(FakeEvidenceTier.Wrapper)]
    public async Task Session_details_read_the_session_and_each_answers_user_agent_and_ip(FakeEvidenceTier? minimum)
    {
        // The WRAPPER projection renames every type whose name is INFERRED: the answers' types among them. The SDK names
        // them only as the server reports them, so it reads the same details there. (The RAN projection cannot serve
        // steps at all: it empties InterviewStepsInput, whose fields are WRAPPER, and so drops the documented `input`.)
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions
        {
            Schema = minimum is { } tier ? new FakeSchemaOptions { MinimumEvidence = tier } : new FakeSchemaOptions(),
        });
        using var client = new HireflixClient(new HireflixClientOptions { ApiKey = fake.ApiKey, Endpoint = fake.Endpoint }, fake.CreateHandler());
        var positionId = fake.SeedPosition("Support", questions: ["Why us?", "A hard problem?"]);
        var interviewId = fake.SeedInterview(positionId, new FakeCandidate("Ada", null, "ada@example.com"), completed: true);

        var details = await client.Interviews.GetSessionDetailsAsync(interviewId);

        details.InterviewId.Should().Be(interviewId);
        details.IpAddresses.Should().Equal("203.0.113.10");
        details.UserAgents.Should().Equal("Mozilla/5.0 (Fake Candidate Browser)");
        details.Thumbnails.Should().HaveCount(2);
        details.Steps.Select(s => s.Title).Should().Equal("Why us?", "A hard problem?");
        details.Steps.Should().OnlyContain(s => s.Answers.Count == 1 && s.Answers[0].Ip == "203.0.113.10" && s.Answers[0].UserAgent == "Mozilla/5.0 (Fake Candidate Browser)");
        details.ToString().Should().NotContain("203.0.113.10");
        fake.RequestsFor("GetInterviewSessionDetails").Should().Be(1);
        fake.RequestsFor("GetInterviewStepAnswers").Should().Be(1);
    }

    [Fact]
    public async Task Session_details_of_an_unanswered_interview_take_one_request()
    {
        await using var h = await Harness.StartAsync(FakeMode.InMemory);
        var positionId = h.Fake.SeedPosition("Support");
        var interviewId = h.Fake.SeedInterview(positionId, new FakeCandidate("Ada", null, "ada@example.com"));

        var details = await h.Interviews.GetSessionDetailsAsync(interviewId);

        details.IpAddresses.Should().BeEmpty();
        details.Steps.Should().OnlyContain(s => s.Answers.Count == 0);
        h.Fake.RequestsFor("GetInterviewStepAnswers").Should().Be(0);
        await h.Interviews.Invoking(i => i.GetSessionDetailsAsync("0123456789abcdef01234567")).Should().ThrowAsync<InterviewNotFoundException>();
    }

    [Fact]
    public async Task Session_details_show_every_recorded_session_on_each_answer()
    {
        await using var h = await Harness.StartAsync(FakeMode.InMemory);
        var positionId = h.Fake.SeedPosition("Support", questions: ["Why us?"]);
        var interviewId = h.Fake.SeedInterview(positionId, new FakeCandidate("Ada", null, "ada@example.com"), completed: true);
        h.Fake.AddSession(interviewId, "198.51.100.7", "Mozilla/5.0 (iPhone)");

        var details = await h.Interviews.GetSessionDetailsAsync(interviewId);

        details.IpAddresses.Should().Equal("203.0.113.10", "198.51.100.7");
        details.UserAgents.Should().HaveCount(2);
        details.Steps.Single().Answers.Select(a => a.Ip).Should().Equal("203.0.113.10", "198.51.100.7");
    }

    [Fact]
    public void The_model_factory_builds_the_ats_models_for_mocks()
    {
        var details = HireflixModelFactory.InterviewSessionDetails(ipAddresses: ["198.51.100.7"]);
        var success = HireflixModelFactory.BulkInviteSuccess(3);
        var failure = HireflixModelFactory.BulkInviteFailure(4, new InvitesQuotaExceededException(402, "Quota"));

        details.Steps.Should().HaveCount(2).And.OnlyContain(s => s.Answers.Single().Ip == "198.51.100.7");
        details.Thumbnails.Should().HaveCount(2);
        success.Succeeded.Should().BeTrue();
        success.Invitation!.Interview.Candidate!.Email.Should().Be(success.Candidate.Email);
        failure.Succeeded.Should().BeFalse();
        HireflixModelFactory.BulkInviteProgress(10, 20, failed: 3).Should().Be(new BulkInviteProgress(10, 20, 7, 3));
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the test wants every report, in the order they were made.</summary>
    private sealed class SynchronousProgress(List<BulkInviteProgress> into) : IProgress<BulkInviteProgress>
    {
        public void Report(BulkInviteProgress value)
        {
            lock (into)
            {
                into.Add(value);
            }
        }
    }
}
