using System.Net;
using System.Text.Json;

namespace Hireflix.Sdk.Testing.Tests.Infrastructure;

/// <summary>An HTTP answer of the fake, with its JSON body parsed when it is JSON.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string Body, HttpResponseMessage Message)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public JsonElement Data => Json.GetProperty("data");

    public bool HasErrors => Json.TryGetProperty("errors", out _);

    public JsonElement Errors => Json.GetProperty("errors");

    /// <summary>Asserts an HTTP 200 without an <c>errors</c> array, and returns <c>data</c>.</summary>
    public JsonElement ShouldSucceed()
    {
        Status.Should().Be(HttpStatusCode.OK, Body);
        HasErrors.Should().BeFalse(Body);
        return Data;
    }
}
