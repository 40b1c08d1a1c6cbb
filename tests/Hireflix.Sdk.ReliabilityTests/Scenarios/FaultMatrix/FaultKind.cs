using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Hireflix.Sdk.Reliability.Infrastructure;

namespace Hireflix.Sdk.Reliability.FaultMatrix;

/// <summary>The faults of the matrix, plus the fault-free baseline.</summary>
public enum FaultKind
{
    None,
    Status500,
    Status502,
    Status503,
    Status504,
    Status408,
    RateLimitedRetryAfterSeconds,
    RateLimitedRetryAfterDate,
    RateLimitedWithoutRetryAfter,
    AttemptTimeout,
    ConnectionRefused,
    ResetBeforeBody,
    ResetAfterRequest,
    CutMidBody,
    MalformedJson,
    HtmlErrorPage,
    EmptyBody,
    GraphQLErrors,
    PartialDataWithErrors,
    Unauthorized401,
    Forbidden403,
    UnknownUnionTypename,
    UnknownEnumValue,
}

/// <summary>Whether the fault hits the first attempt only (then the server behaves) or every attempt.</summary>
public enum FaultMode
{
    Once,
    Always,
}

/// <summary>What each fault is, on the wire and for the retry rules.</summary>
public static class Faults
{
    public const string RetryAfterSeconds = "5";

    /// <summary>A transient failure (5xx, 408, 429, network errors, attempt timeout).</summary>
    public static bool IsTransient(FaultKind fault) => fault is FaultKind.Status500 or FaultKind.Status502 or FaultKind.Status503
        or FaultKind.Status504 or FaultKind.Status408 or FaultKind.RateLimitedRetryAfterSeconds or FaultKind.RateLimitedRetryAfterDate
        or FaultKind.RateLimitedWithoutRetryAfter or FaultKind.AttemptTimeout or FaultKind.ConnectionRefused or FaultKind.ResetBeforeBody
        or FaultKind.ResetAfterRequest or FaultKind.CutMidBody;

    /// <summary>The client can prove the request never reached the operation: 429 or a refused connection.</summary>
    public static bool ProvablyNotSent(FaultKind fault) => fault is FaultKind.RateLimitedRetryAfterSeconds or FaultKind.RateLimitedRetryAfterDate
        or FaultKind.RateLimitedWithoutRetryAfter or FaultKind.ConnectionRefused;

    /// <summary>Whether the server ran the operation before the fault replaced its answer (the worst case for duplicates).</summary>
    public static bool ExecutesBeforeFault(FaultKind fault) => fault is FaultKind.None or FaultKind.Status500 or FaultKind.Status502
        or FaultKind.Status503 or FaultKind.Status504 or FaultKind.AttemptTimeout or FaultKind.ResetAfterRequest or FaultKind.CutMidBody
        or FaultKind.MalformedJson or FaultKind.HtmlErrorPage or FaultKind.EmptyBody or FaultKind.PartialDataWithErrors
        or FaultKind.UnknownUnionTypename or FaultKind.UnknownEnumValue;

    public static bool AppliesTo(FaultKind fault, SdkOperation operation) => fault switch
    {
        FaultKind.UnknownUnionTypename => SdkOperations.HasUnion(operation),
        FaultKind.UnknownEnumValue => SdkOperations.HasEnum(operation),
        _ => true,
    };

    /// <summary>Modes worth running: a fault that is never retried behaves the same once or always.</summary>
    public static IEnumerable<FaultMode> Modes(FaultKind fault) => IsTransient(fault) ? [FaultMode.Once, FaultMode.Always] : [FaultMode.Always];

    /// <summary>The front's fault for one request (null for the fault-free baseline and refused connections, which never reach it).</summary>
    public static FrontFault? ToFront(FaultKind fault, TimeProvider clientClock) => fault switch
    {
        FaultKind.None or FaultKind.ConnectionRefused => null,
        FaultKind.Status500 or FaultKind.Status502 or FaultKind.Status503 or FaultKind.Status504 => new FrontFault
        {
            Action = FrontAction.Respond,
            ExecuteFirst = true,
            Status = StatusOf(fault),
            ContentType = "text/plain; charset=utf-8",
            Body = _ => "upstream error"u8.ToArray(),
        },
        FaultKind.Status408 => new FrontFault { Action = FrontAction.Respond, Status = 408, ContentType = "text/plain", Body = _ => "Request Timeout"u8.ToArray() },
        FaultKind.RateLimitedRetryAfterSeconds => new FrontFault
        {
            Action = FrontAction.Respond,
            Status = 429,
            RetryAfter = () => RetryAfterSeconds,
            Body = _ => """{"errors":[{"message":"Too many requests, slow down."}]}"""u8.ToArray(),
        },
        FaultKind.RateLimitedRetryAfterDate => new FrontFault
        {
            Action = FrontAction.Respond,
            Status = 429,
            ContentType = "text/plain",
            RetryAfter = () => (clientClock.GetUtcNow() + TimeSpan.FromSeconds(6)).ToString("R", CultureInfo.InvariantCulture),
            Body = _ => "Too Many Requests"u8.ToArray(),
        },
        FaultKind.RateLimitedWithoutRetryAfter => new FrontFault { Action = FrontAction.Respond, Status = 429, Body = _ => [] },
        FaultKind.AttemptTimeout => new FrontFault { Action = FrontAction.Stall, ExecuteFirst = true },
        FaultKind.ResetBeforeBody => new FrontFault { Action = FrontAction.ResetBeforeBody },
        FaultKind.ResetAfterRequest => new FrontFault { Action = FrontAction.ResetAfterRequest, ExecuteFirst = true },
        FaultKind.CutMidBody => new FrontFault { Action = FrontAction.CutMidBody, ExecuteFirst = true },
        FaultKind.MalformedJson => new FrontFault { Action = FrontAction.Respond, ExecuteFirst = true, Body = real => [.. real.AsSpan(0, Math.Max(0, real.Length - 9)), .. "\"]]}{,"u8] },
        FaultKind.HtmlErrorPage => new FrontFault
        {
            Action = FrontAction.Respond,
            ExecuteFirst = true,
            ContentType = "text/html; charset=utf-8",
            Body = _ => "<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body><h1>We'll be right back</h1></body></html>"u8.ToArray(),
        },
        FaultKind.EmptyBody => new FrontFault { Action = FrontAction.Respond, ExecuteFirst = true, Body = _ => [] },
        FaultKind.GraphQLErrors => new FrontFault
        {
            Action = FrontAction.Respond,
            Body = _ => """{"errors":[{"message":"Unexpected error value: \"database timeout\"","locations":[{"line":2,"column":3}],"path":["field"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}"""u8.ToArray(),
        },
        FaultKind.PartialDataWithErrors => new FrontFault { Action = FrontAction.Respond, ExecuteFirst = true, Body = AddErrors },
        FaultKind.Unauthorized401 => new FrontFault { Action = FrontAction.Respond, Status = 401, Body = _ => """{"message":"Unauthorized"}"""u8.ToArray() },
        FaultKind.Forbidden403 => new FrontFault { Action = FrontAction.Respond, Status = 403, ContentType = "text/plain", Body = _ => "Forbidden"u8.ToArray() },
        FaultKind.UnknownUnionTypename => new FrontFault { Action = FrontAction.Respond, ExecuteFirst = true, Body = RenameUnionMember },
        FaultKind.UnknownEnumValue => new FrontFault { Action = FrontAction.Respond, ExecuteFirst = true, Body = NewStatusValue },
        _ => throw new ArgumentOutOfRangeException(nameof(fault)),
    };

    public static int StatusOf(FaultKind fault) => fault switch
    {
        FaultKind.Status500 => 500,
        FaultKind.Status502 => 502,
        FaultKind.Status503 => 503,
        FaultKind.Status504 => 504,
        FaultKind.Status408 => 408,
        FaultKind.Unauthorized401 => 401,
        FaultKind.Forbidden403 => 403,
        _ => 429,
    };

    private static byte[] AddErrors(byte[] real)
    {
        var json = JsonNode.Parse(real)!.AsObject();
        var field = json["data"]?.AsObject().FirstOrDefault().Key ?? "data";
        json["errors"] = new JsonArray(new JsonObject { ["message"] = "A sub-field failed.", ["path"] = new JsonArray(field, "unknown") });
        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    private static byte[] RenameUnionMember(byte[] real)
    {
        var json = JsonNode.Parse(real)!.AsObject();
        if (json["data"]?.AsObject().FirstOrDefault().Value is JsonObject member)
        {
            member["__typename"] = "InterviewQuarantinedError";
        }

        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    private static byte[] NewStatusValue(byte[] real)
    {
        var json = JsonNode.Parse(real)!;
        Rewrite(json);
        return Encoding.UTF8.GetBytes(json.ToJsonString());

        static void Rewrite(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o.ToList())
                    {
                        if (key == "status" && value is JsonValue v && v.TryGetValue<string>(out _))
                        {
                            o[key] = "awaiting_ai_review";
                        }
                        else
                        {
                            Rewrite(value);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Rewrite(item);
                    }

                    break;
            }
        }
    }
}
