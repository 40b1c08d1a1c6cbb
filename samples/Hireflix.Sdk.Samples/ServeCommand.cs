using Hireflix.Sdk.Testing;

namespace Hireflix.Sdk.Samples;

/// <summary><c>serve</c>: runs the fake Hireflix on 127.0.0.1 until Ctrl+C, for any language's client.</summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        await using var fake = await HireflixFakeServer.StartAsync(new HireflixFakeServerOptions { UseLoopback = true }, cancellationToken);
        var position = fake.SeedPosition("Senior Backend Engineer");
        Console.WriteLine($"Fake Hireflix listening on {fake.Endpoint}");
        Console.WriteLine($"API key: {fake.ApiKey}");
        Console.WriteLine($"Seeded position: {position}");
        Console.WriteLine("Try:");
        Console.WriteLine($"  curl -s -X POST {fake.Endpoint} -H 'Content-Type: application/json' -H 'X-API-KEY: {fake.ApiKey}' -d '{{\"query\":\"{{ positions {{ id name }} }}\"}}'");
        Console.WriteLine("Press Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        return 0;
    }
}
