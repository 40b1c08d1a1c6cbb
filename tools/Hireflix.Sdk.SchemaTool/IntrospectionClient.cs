using System.Net.Http.Json;
using System.Text.Json;

namespace Hireflix.Sdk.SchemaTool;

/// <summary>Runs the introspection query against an endpoint with an API key and returns the <c>__schema</c> object.</summary>
internal sealed class IntrospectionClient(HttpClient http)
{
    /// <exception cref="IntrospectionRefusedException">The answer carried errors, a failure status or no schema.</exception>
    public async Task<JsonElement> IntrospectAsync(Uri endpoint, string apiKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(new Dictionary<string, string> { ["query"] = IntrospectionQuery.Text, ["operationName"] = "IntrospectSchema" }),
        };
        request.Headers.TryAddWithoutValidation("X-API-KEY", apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        using var document = Parse(body, (int)response.StatusCode);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            throw new IntrospectionRefusedException($"Introspection failed (HTTP {(int)response.StatusCode}): {errors[0].GetProperty("message").GetString()}");
        }

        if (!response.IsSuccessStatusCode || root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("__schema", out var schema))
        {
            throw new IntrospectionRefusedException($"Introspection failed: HTTP {(int)response.StatusCode} without a __schema.");
        }

        return schema.Clone();
    }

    private static JsonDocument Parse(byte[] body, int status)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            // Gateways and auth layers answer with HTML or plain text.
            throw new IntrospectionRefusedException($"Introspection failed: HTTP {status} with a body that is not JSON.");
        }
    }
}
