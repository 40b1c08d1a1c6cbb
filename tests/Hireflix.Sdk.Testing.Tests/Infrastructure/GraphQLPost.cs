using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Hireflix.Sdk.Testing.Tests.Infrastructure;

/// <summary>Raw GraphQL-over-HTTP POSTs, the way the SDK talks to Hireflix.</summary>
public static class GraphQLPost
{
    public static Task<GraphQLResponse> OperationAsync(this HttpClient http, string operationName, object? variables = null)
    {
        var (document, shaped) = SdkOperations.Request(operationName, variables);
        return http.QueryAsync(document, shaped);
    }

    public static async Task<GraphQLResponse> QueryAsync(this HttpClient http, string query, object? variables = null, string? operationName = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName });
        return await http.RawAsync(body).ConfigureAwait(false);
    }

    public static async Task<GraphQLResponse> RawAsync(this HttpClient http, string body, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, string.Empty)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (apiKey is not null)
        {
            request.Headers.Remove("X-API-KEY");
            request.Headers.Add("X-API-KEY", apiKey);
        }

        var response = await http.SendAsync(request).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return new GraphQLResponse(response.StatusCode, text, response);
    }
}
