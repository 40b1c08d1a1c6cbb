using System.Text.Json;
using Hireflix.Sdk.Testing;

namespace Hireflix.Sdk.SchemaTool;

/// <summary>
/// Introspects the checked-in schema by serving it from the in-memory fake (GraphQL.NET over the same SDL),
/// so the checked-in and the live schema go through the same printer and diff.
/// </summary>
internal static class CheckedInSchema
{
    public static async Task<JsonElement> IntrospectAsync(CancellationToken cancellationToken)
    {
        await using var fake = await HireflixFakeServer.StartAsync(cancellationToken: cancellationToken);
        using var http = new HttpClient(fake.CreateHandler(), disposeHandler: false);
        return await new IntrospectionClient(http).IntrospectAsync(fake.Endpoint, fake.ApiKey, cancellationToken);
    }
}
