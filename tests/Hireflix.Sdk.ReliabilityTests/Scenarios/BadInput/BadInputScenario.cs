using Hireflix.Sdk.Reliability.Infrastructure;

namespace Hireflix.Sdk.Reliability.BadInput;

public sealed record BadInputResult(BadInputCase Case, string Outcome, int RequestsSent, bool AsExpected)
{
    public override string ToString() => $"{Case.Name}: {Outcome}, {RequestsSent} request(s)";
}

public sealed record BadInputSummary(IReadOnlyList<BadInputResult> Results)
{
    public int Rejected => Results.Count(r => r.AsExpected);

    public string Line => $"bad-input: {Results.Count} cases, {Rejected} rejected before sending (ArgumentException naming the parameter, 0 requests)";

    public bool Passed => Results.Count > 0 && Rejected == Results.Count;
}

/// <summary>Every invalid call must throw ArgumentException whose ParamName names the parameter, and send nothing.</summary>
public static class BadInputScenario
{
    public static async Task<BadInputResult> RunAsync(BadInputCase badCase)
    {
        // Nothing listens there; the harness counts attempts and connections before any socket is touched.
        using var harness = new ClientHarness(new HarnessOptions
        {
            Endpoint = new Uri("http://127.0.0.1:9/me"),
            ApiKey = "bad-input-key",
            Configure = o => o.MaxRetries = 0,
        });
        Exception? error;
        try
        {
            await badCase.Call(harness.Client).ConfigureAwait(false);
            error = null;
        }
        catch (Exception ex)
        {
            error = ex;
        }

        var sent = harness.Attempts + harness.Connects;
        var ok = error is ArgumentException argument && argument.ParamName == badCase.Param && sent == 0;
        var outcome = error is null ? "no exception" : $"{error.GetType().Name} (ParamName = {(error as ArgumentException)?.ParamName ?? "n/a"})";
        return new BadInputResult(badCase, outcome, sent, ok);
    }

    public static async Task<BadInputSummary> RunAllAsync()
    {
        var results = new List<BadInputResult>();
        foreach (var badCase in BadInputCatalog.All)
        {
            results.Add(await RunAsync(badCase).ConfigureAwait(false));
        }

        return new BadInputSummary(results);
    }
}
