using Hireflix.Sdk.Models;
using Hireflix.Sdk.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hireflix.Sdk.Samples;

/// <summary>The whole lifecycle against the embedded fake Hireflix: no network, no key.</summary>
internal static class OfflineFlow
{
    public static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await using var fake = await HireflixFakeServer.StartAsync(cancellationToken: cancellationToken);
        await using var webhooks = await WebhookDemo.StartAsync(fake, cancellationToken);
        var backend = fake.SeedPosition("Senior Backend Engineer", questions: ["Tell us about a system you scaled.", "Why Hireflix?"]);
        fake.SeedPosition("Product Designer");
        var legacy = fake.SeedPosition("Support Agent (2024)");

        // What an ATS does at start-up: register the client once, inject it everywhere.
        var services = new ServiceCollection();
        services.AddHireflix(o =>
        {
            o.ApiKey = fake.ApiKey;
            o.Endpoint = fake.Endpoint;
        }).ConfigureHttpClient(http => http.ConfigurePrimaryHttpMessageHandler(fake.CreateHandler));
        await using var provider = services.BuildServiceProvider();
        var hireflix = provider.GetRequiredService<HireflixClient>();

        Console.WriteLine("Hireflix SDK samples — offline, against the embedded fake Hireflix (set HIREFLIX_API_KEY to use the real API).");

        Output.Step("List positions");
        foreach (var position in await hireflix.Positions.ListAsync(cancellationToken))
        {
            Output.Line($"{position.Id}  {position.Name}{(position.IsArchived ? "  (archived)" : string.Empty)}");
        }

        Output.Step("Invite two candidates");
        var ada = await hireflix.Interviews.InviteAsync(backend, new CandidateInvite { FirstName = "Ada", LastName = "Lovelace", Email = "ada@example.com", ExternalId = "ats-1001" }, cancellationToken);
        var grace = await hireflix.Interviews.InviteAsync(backend, new CandidateInvite { FirstName = "Grace", LastName = "Hopper", Email = "grace@example.com", ExternalId = "ats-1002" }, cancellationToken);
        Output.Line($"Ada:   interview {ada.Interview.Id}, link {ada.Interview.Links?.Public}");
        Output.Line($"Grace: interview {grace.Interview.Id}, link {grace.Interview.Links?.Public}");
        Output.Line($"Invitation e-mails sent by Hireflix: {fake.EmailsSent}");

        Output.Step("Invite Ada again: Hireflix refuses, the SDK raises a typed error");
        try
        {
            await hireflix.Interviews.InviteAsync(backend, new CandidateInvite { FirstName = "Ada", Email = "ada@example.com" }, cancellationToken);
        }
        catch (InterviewAlreadyExistsException ex)
        {
            Output.Line($"{ex.GetType().Name}: {ex.Message} (code {ex.Code})");
        }

        Output.Step("The candidates record their answers");
        fake.CompleteInterview(ada.Interview.Id, [
            new FakeAnswer("I moved our billing platform to an event log and cut p99 latency by half."),
            new FakeAnswer("Because asynchronous interviews respect everyone's time."),
        ]);
        fake.CompleteInterview(grace.Interview.Id, [
            new FakeAnswer("I wrote a compiler before most people believed in them."),
            new FakeAnswer("I like teams that ship."),
        ]);
        Output.Line("Both interviews are completed.");

        Output.Step("List the position's interviews waiting for review");
        await foreach (var interview in hireflix.Interviews.ListAsync(backend, new InterviewListOptions { Stage = InterviewStage.ToEvaluate }, cancellationToken: cancellationToken))
        {
            Output.Line($"{interview.Candidate?.FullName ?? interview.Candidate?.FirstName}: {interview.Stage}, completed {Output.Date(interview.CompletedAt)}");
        }

        Output.Step("Fetch Ada's results with transcriptions");
        var results = await hireflix.Interviews.GetAsync(ada.Interview.Id, cancellationToken);
        foreach (var question in results.Questions?.OfType<InterviewQuestion>() ?? [])
        {
            Output.Line($"Q: {question.Title}");
            Output.Line($"   video: {question.Answer?.VideoUrl}");
            Output.Line($"   transcript ({question.Answer?.Transcription?.LanguageCode}): {question.Answer?.Transcription?.Text}");
        }

        await OwnOperationsDemo.RunAsync(hireflix, ada.Interview.Id, cancellationToken);

        Output.Step("Score and comment");
        var scores = await hireflix.Interviews.ScoreAsync(ada.Interview.Id, 4.5, cancellationToken);
        var comments = await hireflix.Interviews.CommentAsync(ada.Interview.Id, "Clear, concrete, strong ownership.", cancellationToken);
        Output.Line($"Team score: {scores.Score?.Value}; comments: {comments.Count}");

        Output.Step("Shortlist Ada, discard Grace");
        var shortlisted = await hireflix.Interviews.ShortlistAsync(ada.Interview.Id, cancellationToken);
        var discarded = await hireflix.Interviews.DiscardAsync(grace.Interview.Id, cancellationToken);
        Output.Line($"Ada: {shortlisted.Stage}; Grace: {discarded.Stage} at {Output.Date(discarded.DiscardedAt)}");

        Output.Step("Share Ada's recording with the hiring manager");
        var link = await hireflix.Interviews.ShareAsync(ada.Interview.Id, durationInDays: 365, cancellationToken);
        Output.Line($"{link.Url} (expires {Output.Date(link.ExpiresAt)})");

        Output.Step("Rename, archive and delete positions");
        var renamed = await hireflix.Positions.RenameAsync(backend, "Staff Backend Engineer", cancellationToken);
        Output.Line($"Renamed to \"{renamed.Name}\"");
        var archived = await hireflix.Positions.ArchiveAsync(backend, cancellationToken);
        Output.Line($"Archived at {Output.Date(archived.ArchivedAt)}; it keeps its interviews");
        await hireflix.Positions.DeletePositionAndReport(legacy, cancellationToken);

        await webhooks.ReportAsync(cancellationToken);

        Console.WriteLine();
        Console.WriteLine("Done: the whole interview lifecycle ran offline.");
        return 0;
    }

    private static async Task DeletePositionAndReport(this PositionsClient positions, string positionId, CancellationToken cancellationToken)
    {
        await positions.DeleteAsync(positionId, cancellationToken);
        Output.Line($"Deleted position {positionId} and its interviews");
    }
}
