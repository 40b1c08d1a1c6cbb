using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Hireflix.Sdk;
using Hireflix.Sdk.Models;

namespace Hireflix.Sdk.Net462Smoke;

/// <summary>
/// positions → invite → list → results → score → comment against a fake Hireflix (URL and key as arguments), through
/// <see cref="HireflixClient"/> without DI, as a .NET Framework app would. Exits non-zero on the first failure.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: Hireflix.Sdk.Net462Smoke.exe <endpoint> <api-key>");
            return 2;
        }

        Console.WriteLine($"runtime: {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var ct = cts.Token;
        using var hireflix = new HireflixClient(new HireflixClientOptions { ApiKey = args[1], Endpoint = new Uri(args[0]) });

        var positions = await hireflix.Positions.ListAsync(ct);
        Check(positions.Count > 0, $"positions: {positions.Count}");
        var position = positions[0];

        var invitation = await hireflix.Interviews.InviteAsync(position.Id, new CandidateInvite
        {
            FirstName = "Ada", LastName = "Lovelace", Email = $"ada+{Guid.NewGuid():N}@example.com", ExternalId = "net462-smoke",
        }, ct);
        Check(!string.IsNullOrEmpty(invitation.Interview.Id), $"invited: interview {invitation.Interview.Id}");

        var listed = 0;
        await foreach (var summary in hireflix.Interviews.ListAsync(position.Id, cancellationToken: ct))
        {
            listed++;
        }

        Check(listed > 0, $"listed: {listed} interview(s) by auto-paging");

        var results = await hireflix.Interviews.GetAsync(invitation.Interview.Id, ct);
        Check(results.Id == invitation.Interview.Id, $"results: {results.Questions?.Count ?? 0} question(s)");

        var scores = await hireflix.Interviews.ScoreAsync(invitation.Interview.Id, 4.5, ct);
        Check(scores is not null, "scored 4.5");

        var comments = await hireflix.Interviews.CommentAsync(invitation.Interview.Id, "Strong answers (net462 smoke)", ct);
        Check(comments.Any(c => c.Text == "Strong answers (net462 smoke)"), $"commented: {comments.Count} comment(s)");

        try
        {
            await hireflix.Interviews.GetAsync("0123456789abcdef01234567", ct);
            Check(false, "unknown interview did not throw");
        }
        catch (InterviewNotFoundException)
        {
            Check(true, "unknown interview: InterviewNotFoundException");
        }

        Console.WriteLine("net462 smoke: every step passed");
        return 0;
    }

    private static void Check(bool ok, string step)
    {
        Console.WriteLine((ok ? "ok   " : "FAIL ") + step);
        if (!ok)
        {
            Environment.Exit(1);
        }
    }
}
