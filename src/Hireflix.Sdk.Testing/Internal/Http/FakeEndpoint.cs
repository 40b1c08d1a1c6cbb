using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Hireflix.Sdk.Testing.Internal.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Hireflix.Sdk.Testing.Internal.Http;

/// <summary>
/// POST /me: the hand-written GraphQL-over-HTTP endpoint (GraphQL.Server is not available here). Order of work:
/// count, apply a "before" fault, authenticate, parse, execute — then apply an "after" fault in place of the response.
/// </summary>
internal sealed class FakeEndpoint(ISchema schema, FakeValidationErrorStyle errorStyle, FakeFaultInjector faults, RequestCounters counters, ApiKeys keys)
{
    private const string JsonContentType = "application/json; charset=utf-8";
    private static readonly byte[] UnauthorizedBody = """{"message":"Unauthorized"}"""u8.ToArray();

    private static readonly IValidationRule[] ValidationRules = [.. DocumentValidator.CoreRules, IdIsNotStringRule.Instance];

    private readonly IDocumentExecuter _executer = new DocumentExecuter();
    private readonly GraphQL.SystemTextJson.GraphQLSerializer _serializer = new(indent: false, new HireflixErrorInfoProvider());

    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var body = await ReadBodyAsync(http.Request, cancellationToken).ConfigureAwait(false);
        var (request, parseError) = ParseRequest(body);
        var operationName = request is null ? null : request.OperationName ?? OperationNameOf(request.Query);
        counters.Count(operationName);

        var fault = faults.TryTake(operationName);
        if (fault is { Timing: FaultTiming.BeforeExecution })
        {
            await Task.Delay(fault.Delay, cancellationToken).ConfigureAwait(false);
            if (await TryServeFaultAsync(http, fault).ConfigureAwait(false))
            {
                return;
            }
        }

        var response = await RespondAsync(http, request, parseError, cancellationToken).ConfigureAwait(false);

        if (fault is { Timing: FaultTiming.AfterExecution })
        {
            // The side effect has happened; now the response is delayed and/or lost.
            await Task.Delay(fault.Delay, cancellationToken).ConfigureAwait(false);
            if (await TryServeFaultAsync(http, fault).ConfigureAwait(false))
            {
                return;
            }
        }

        http.Response.StatusCode = response.Status;
        http.Response.ContentType = JsonContentType;
        await http.Response.Body.WriteAsync(response.Body, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(int Status, byte[] Body)> RespondAsync(
        HttpContext http, GraphQLRequest? request, string? parseError, CancellationToken cancellationToken)
    {
        // Header names are case-insensitive in ASP.NET Core, like the real API's X-API-KEY / x-api-key.
        var reviewer = keys.Find(http.Request.Headers["X-API-KEY"].FirstOrDefault());
        if (reviewer is null)
        {
            return (StatusCodes.Status401Unauthorized, UnauthorizedBody);
        }

        if (request is null || string.IsNullOrWhiteSpace(request.Query))
        {
            return (StatusCodes.Status400BadRequest, ErrorsBody(parseError ?? "Must provide query string."));
        }

        var result = await _executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = request.Query;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.OperationName = request.OperationName;
            options.UserContext = new FakeUserContext { Reviewer = reviewer };
            options.CancellationToken = cancellationToken;
            options.ValidationRules = ValidationRules;
        }).ConfigureAwait(false);

        if (errorStyle == FakeValidationErrorStyle.GraphQLJs && GraphQLJsValidationErrors.TryWrite(result) is { } rejected)
        {
            return (StatusCodes.Status400BadRequest, rejected);
        }

        // GraphQL.NET's style (and some graphql-js hosts'): validation and execution errors are HTTP 200 with `errors`.
        using var buffer = new MemoryStream();
        await _serializer.WriteAsync(buffer, result, cancellationToken).ConfigureAwait(false);
        return (StatusCodes.Status200OK, buffer.ToArray());
    }

    private static async Task<bool> TryServeFaultAsync(HttpContext http, FakeFault fault)
    {
        if (fault.DropConnection)
        {
            http.Abort();
            return true;
        }

        if (fault.StatusCode is not { } status)
        {
            return false; // latency only
        }

        http.Response.StatusCode = status;
        if (fault.RetryAfter is not null)
        {
            http.Response.Headers.RetryAfter = fault.RetryAfter;
        }

        // Gateways in front of an API answer such statuses with a short non-GraphQL body.
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(ReasonPhrases.GetReasonPhrase(status), http.RequestAborted).ConfigureAwait(false);
        return true;
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>
    /// Parses <c>{query, variables, operationName}</c>. Variables sent as a JSON string are accepted too (a 2020
    /// client did so against the real API and it worked).
    /// </summary>
    private (GraphQLRequest? Request, string? Error) ParseRequest(byte[] body)
    {
        try
        {
            if (JsonNode.Parse(body) is not JsonObject json)
            {
                return (null, "Request body must be a JSON object.");
            }

            if (json["variables"] is JsonValue value && value.TryGetValue<string>(out var text))
            {
                json["variables"] = JsonNode.Parse(text);
            }

            return (_serializer.Deserialize<GraphQLRequest>(json.ToJsonString()), null);
        }
        catch (JsonException e)
        {
            return (null, $"Malformed JSON body: {e.Message}");
        }
    }

    private static string? OperationNameOf(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        try
        {
            return GraphQLParser.Parser.Parse(query).Definitions.OfType<GraphQLOperationDefinition>().FirstOrDefault()?.Name?.StringValue;
        }
        catch (GraphQLParserException)
        {
            return null;
        }
    }

    private static byte[] ErrorsBody(string message) =>
        Encoding.UTF8.GetBytes(new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["message"] = message }) }.ToJsonString());
}
