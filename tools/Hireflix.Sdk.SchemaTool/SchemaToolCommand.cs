namespace Hireflix.Sdk.SchemaTool;

/// <summary>The command line: argument parsing and the commands, with output to a writer so tests can run it.</summary>
internal static class SchemaToolCommand
{
    private static readonly Uri LiveEndpoint = new("https://api.hireflix.com/me");

    /// <param name="args">The command and its options.</param>
    /// <param name="output">Where to print.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <param name="handler">HTTP handler to reach the endpoint through (tests: the in-memory fake).</param>
    /// <param name="operations">For <c>check</c>: the documents to validate; the SDK's operation catalog when null.</param>
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter output,
        CancellationToken cancellationToken,
        HttpMessageHandler? handler = null,
        IEnumerable<(string Name, string Kind, string Document)>? operations = null)
    {
        var options = Parse(args.Skip(1));
        switch (args.FirstOrDefault())
        {
            case "check":
                var checkEndpoint = LiveEndpoint;
                if (options.TryGetValue("--endpoint", out var checkEndpointText) && !Uri.TryCreate(checkEndpointText, UriKind.Absolute, out checkEndpoint))
                {
                    return Usage(output, "check --endpoint needs an absolute URI.");
                }

                var checkKey = options.GetValueOrDefault("--api-key") ?? Environment.GetEnvironmentVariable("HIREFLIX_API_KEY");
                if (string.IsNullOrWhiteSpace(checkKey))
                {
                    return Usage(output, "check needs --api-key or HIREFLIX_API_KEY.");
                }

                return await CheckCommand.RunAsync(checkEndpoint!, checkKey, operations, output, handler, cancellationToken);

            case "refresh":
                if (!options.TryGetValue("--endpoint", out var endpointText) || !Uri.TryCreate(endpointText, UriKind.Absolute, out var endpoint))
                {
                    return Usage(output, "refresh needs --endpoint with an absolute URI.");
                }

                var apiKey = options.GetValueOrDefault("--api-key") ?? Environment.GetEnvironmentVariable("HIREFLIX_API_KEY");
                if (string.IsNullOrWhiteSpace(apiKey))
                {
                    return Usage(output, "refresh needs --api-key or HIREFLIX_API_KEY.");
                }

                using (var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false))
                {
                    var live = await new IntrospectionClient(http).IntrospectAsync(endpoint, apiKey, cancellationToken);
                    var checkedIn = await CheckedInSchema.IntrospectAsync(cancellationToken);
                    var changes = SchemaDiff.Compare(checkedIn, live);
                    await output.WriteLineAsync(changes.Count == 0 ? "No schema changes." : $"{changes.Count} schema changes:");
                    foreach (var change in changes)
                    {
                        await output.WriteLineAsync("  " + change);
                    }

                    var path = options.GetValueOrDefault("--output") ?? Path.Combine("schema", "hireflix.graphql");
                    await File.WriteAllTextAsync(path, Header(endpoint) + SdlPrinter.Print(live), cancellationToken);
                    await output.WriteLineAsync($"Wrote {path}. Review the diff, keep the provenance comments that still apply, then rebuild: the generator flags every operation the change breaks.");
                    return 0;
                }

            case "normalize":
                var sdl = SdlPrinter.Print(await CheckedInSchema.IntrospectAsync(cancellationToken));
                if (options.TryGetValue("--output", out var file))
                {
                    await File.WriteAllTextAsync(file, sdl, cancellationToken);
                }
                else
                {
                    await output.WriteAsync(sdl);
                }

                return 0;

            default:
                return Usage(output, "Commands: check, refresh, normalize.");
        }
    }

    private static string Header(Uri endpoint) =>
        $"# Introspected from {endpoint.GetLeftPart(UriPartial.Path)} by tools/Hireflix.Sdk.SchemaTool (refresh).\n" +
        "# Stable order: types, fields and values sorted by name. See schema/README.md before committing.\n\n";

    private static Dictionary<string, string> Parse(IEnumerable<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        string? pending = null;
        foreach (var arg in args)
        {
            if (pending is not null)
            {
                options[pending] = arg;
                pending = null;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                pending = arg;
            }
        }

        return options;
    }

    private static int Usage(TextWriter output, string problem)
    {
        output.WriteLine(problem);
        output.WriteLine("Usage: check [--endpoint URL] [--api-key KEY] | refresh --endpoint URL [--api-key KEY] [--output FILE] | normalize [--output FILE]");
        return 2;
    }
}
