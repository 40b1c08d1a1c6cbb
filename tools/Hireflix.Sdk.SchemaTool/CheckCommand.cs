namespace Hireflix.Sdk.SchemaTool;

/// <summary>
/// <c>check</c>: introspects an endpoint and validates every SDK operation against what it serves, printing per
/// operation <c>ok</c> or each difference.
/// </summary>
internal static class CheckCommand
{
    public const int Ok = 0;
    public const int Differences = 1;
    public const int IntrospectionRefused = 3;
    public const int Unreachable = 4;
    public const int NoOperations = 5;

    public static async Task<int> RunAsync(
        Uri endpoint,
        string apiKey,
        IEnumerable<(string Name, string Kind, string Document)>? operations,
        TextWriter output,
        HttpMessageHandler? handler,
        CancellationToken cancellationToken)
    {
        var documents = operations?.ToList() ?? SdkOperationCatalog.TryLoad()?.ToList();
        if (documents is null)
        {
            await output.WriteLineAsync("This build of Hireflix.Sdk has no operation catalog (Hireflix.Sdk.Operations.HireflixOperationCatalog); nothing to check.");
            return NoOperations;
        }

        System.Text.Json.JsonElement live;
        using (var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false))
        {
            try
            {
                live = await new IntrospectionClient(http).IntrospectAsync(endpoint, apiKey, cancellationToken);
            }
            catch (IntrospectionRefusedException e)
            {
                await output.WriteLineAsync($"{Where(endpoint)} refused introspection, so nothing could be checked. {e.Message}");
                await output.WriteLineAsync("Check the API key; if the key is right, the endpoint has introspection disabled.");
                return IntrospectionRefused;
            }
            catch (HttpRequestException e)
            {
                await output.WriteLineAsync($"Could not reach {Where(endpoint)}: {e.Message}");
                return Unreachable;
            }
        }

        var results = await OperationChecker.CheckAsync(IntrospectedSchema.Build(live), documents, cancellationToken);
        foreach (var result in results)
        {
            if (result.Ok)
            {
                await output.WriteLineAsync($"{result.Name}: ok");
            }

            foreach (var difference in result.Differences)
            {
                await output.WriteLineAsync($"{result.Name}: {difference}");
            }
        }

        var differing = results.Count(r => !r.Ok);
        await output.WriteLineAsync(differing == 0
            ? $"All {results.Count} operations validate against {Where(endpoint)}."
            : $"{differing} of {results.Count} operations differ from {Where(endpoint)}.");
        return differing == 0 ? Ok : Differences;
    }

    private static string Where(Uri endpoint) => endpoint.GetLeftPart(UriPartial.Path);
}
