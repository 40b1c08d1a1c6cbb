using System.Text.Json;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Hireflix.Sdk.Tests.Infrastructure;

/// <summary>A WireMock server on 127.0.0.1 that answers GraphQL operations by name, and reports what it received.</summary>
internal sealed class MockHireflix : IDisposable
{
    public MockHireflix()
    {
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
    }

    public WireMockServer Server { get; }

    public Uri Endpoint => new($"{Server.Urls[0]}/me");

    /// <summary>Answers every POST for <paramref name="operationName"/> with <paramref name="json"/>.</summary>
    public void Respond(string operationName, string json, int status = 200) =>
        Server.Given(ForOperation(operationName))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(json));

    public static IRequestBuilder ForOperation(string operationName) =>
        Request.Create().WithPath("/me").UsingPost().WithBody(new JsonPartialMatcher($"{{\"operationName\":\"{operationName}\"}}"));

    public IReadOnlyList<ILogEntry> Requests => Server.LogEntries.ToList();

    /// <summary>The JSON bodies the server received, in order.</summary>
    public IReadOnlyList<JsonElement> Bodies =>
        Requests.Select(e => JsonDocument.Parse(e.RequestMessage.Body ?? "{}").RootElement.Clone()).ToList();

    public void Dispose() => Server.Stop();
}
