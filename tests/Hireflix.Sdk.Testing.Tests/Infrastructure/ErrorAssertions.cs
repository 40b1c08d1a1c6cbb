namespace Hireflix.Sdk.Testing.Tests.Infrastructure;

/// <summary>Reads a rejected response: the documents the fake refused, by message.</summary>
public static class ErrorAssertions
{
    /// <summary>Asserts an <c>errors</c> array and no <c>data</c> (nothing executed) and returns the messages.</summary>
    public static IReadOnlyList<string> ShouldBeRejected(this GraphQLResponse response)
    {
        response.HasErrors.Should().BeTrue(response.Body);
        if (response.Json.TryGetProperty("data", out var data))
        {
            data.ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null, "a rejected document executes nothing: " + response.Body);
        }

        return [.. response.Errors.EnumerateArray().Select(e => e.GetProperty("message").GetString()!)];
    }
}
