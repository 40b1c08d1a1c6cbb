using Hireflix.Sdk.Models;
using Microsoft.Extensions.DependencyInjection;

namespace Hireflix.Sdk.Samples;

/// <summary>Against the real Hireflix API: read-only unless --allow-writes is given.</summary>
internal static class LiveFlow
{
    public static async Task<int> RunAsync(string apiKey, bool allowWrites, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddHireflix(o => o.ApiKey = apiKey);
        await using var provider = services.BuildServiceProvider();
        var hireflix = provider.GetRequiredService<HireflixClient>();

        Console.WriteLine($"Hireflix SDK samples — live API ({(allowWrites ? "writes allowed" : "read-only; pass --allow-writes to change data")}).");

        Output.Step("List positions");
        var positions = await hireflix.Positions.ListAsync(cancellationToken);
        foreach (var position in positions)
        {
            Output.Line($"{position.Id}  {position.Name}{(position.IsArchived ? "  (archived)" : string.Empty)}");
        }

        var open = positions.FirstOrDefault(p => !p.IsArchived);
        if (open is null)
        {
            Output.Line("No open position: nothing more to show.");
            return 0;
        }

        Output.Step($"Latest interviews of \"{open.Name}\"");
        var page = await hireflix.Interviews.GetPageAsync(open.Id, options: new InterviewListOptions { PageSize = 10 }, cancellationToken: cancellationToken);
        foreach (var interview in page.Items)
        {
            Output.Line($"{interview.Id}: {interview.Stage}, created {Output.Date(interview.CreatedAt)}");
        }

        if (page.Items.FirstOrDefault(i => i.Stage != InterviewStage.Pending) is { } done)
        {
            Output.Step("Results of the latest completed interview");
            var results = await hireflix.Interviews.GetAsync(done.Id, cancellationToken);
            Output.Line($"{results.Questions?.Count ?? 0} questions, team score {results.Score?.Value?.ToString() ?? "-"}");

            if (allowWrites)
            {
                Output.Step("Create a 30-day share link (--allow-writes)");
                var link = await hireflix.Interviews.ShareAsync(done.Id, 30, cancellationToken);
                Output.Line($"{link.Url} (expires {Output.Date(link.ExpiresAt)})");
            }
        }

        return 0;
    }
}
