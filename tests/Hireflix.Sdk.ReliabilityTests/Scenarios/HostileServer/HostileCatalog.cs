namespace Hireflix.Sdk.Reliability.HostileServer;

/// <summary>Sizes: the report runs the issue's full figures; the xunit run keeps the big body smaller.</summary>
public sealed record HostileServerSize(long OversizedBodyBytes, int GraphQLErrors)
{
    public static HostileServerSize Full { get; } = new(100_000_000, 10_000);

    public static HostileServerSize Small { get; } = new(40_000_000, 10_000);
}

/// <summary>Hostile answers (redirects, huge or lying bodies, error floods, hostile Retry-After) and what the SDK must do with each.</summary>
public static class HostileCatalog
{
    public static IReadOnlyList<HostileCase> All(HostileServerSize size)
    {
        var cases = new List<HostileCase>();
        foreach (var status in new[] { 301, 302, 303, 307, 308 })
        {
            cases.Add(new HostileCase
            {
                Name = $"redirect-{status}",
                Respond = (_, _, _) => Task.CompletedTask,
                WithElsewhere = true,
                RespondWithElsewhere = elsewhere => HostileResponses.Redirect(status, new Uri(elsewhere, "/collect/path-secret?token=query-secret").ToString()),
                Check = (error, requests) => RedirectProblem(error, requests, status),
            });
        }

        cases.Add(new HostileCase
        {
            Name = "redirect-307-relative",
            Respond = HostileResponses.Redirect(307, "/me/elsewhere?token=query-secret"),
            Check = (error, requests) => RedirectProblem(error, requests, 307),
        });
        cases.Add(new HostileCase
        {
            Name = "endless-chunked-body",
            Respond = HostileResponses.EndlessChunkedAsync,
            Check = (error, requests) => TooLargeProblem(error, requests),
        });
        cases.Add(new HostileCase
        {
            Name = "content-length-1e9-with-25-bytes",
            Respond = HostileResponses.LyingContentLengthAsync,
            // A body cut short of its declared length is a broken connection: retried, then a connection error.
            Check = (error, requests) => error is HireflixConnectionException && requests.Count == 4 ? null : $"expected HireflixConnectionException after 4 attempts, got {Describe(error)} after {requests.Count}",
        });
        cases.Add(new HostileCase
        {
            Name = $"valid-body-of-{size.OversizedBodyBytes / 1_000_000}MB",
            Respond = HostileResponses.PositionsOfSize(size.OversizedBodyBytes),
            Check = (error, requests) => TooLargeProblem(error, requests),
        });
        cases.Add(new HostileCase
        {
            Name = $"{size.GraphQLErrors}-graphql-errors",
            Respond = HostileResponses.ManyErrors(size.GraphQLErrors),
            Check = (error, _) => error is HireflixGraphQLException graphQL && graphQL.Errors.Count == size.GraphQLErrors && graphQL.Message.Length < 4_096
                ? null
                : $"expected HireflixGraphQLException with {size.GraphQLErrors} errors and a message under 4 KB, got {Describe(error)} ({(error as HireflixGraphQLException)?.Message.Length} chars)",
        });
        cases.Add(new HostileCase
        {
            Name = "retry-after-beyond-total-timeout",
            Respond = HostileResponses.RateLimited("3600"),
            Configure = o => { o.AttemptTimeout = TimeSpan.FromSeconds(2); o.TotalTimeout = TimeSpan.FromSeconds(3); },
            Check = (error, requests) => error is HireflixRateLimitException { RetryAfter.TotalHours: 1 } && requests.Count == 1
                ? null
                : $"expected an immediate HireflixRateLimitException with RetryAfter 1 h, got {Describe(error)} after {requests.Count} requests",
        });
        cases.Add(new HostileCase
        {
            Name = "set-cookie-across-tenants",
            Respond = HostileResponses.PositionsWithCookieAsync,
            Call = async clients =>
            {
                await clients.Client.Positions.ListAsync().ConfigureAwait(false);
                await clients.OtherTenant.Positions.ListAsync().ConfigureAwait(false);
            },
            Check = (error, requests) => error is null && requests.Count == 2 && !requests[1].Head.Contains("\r\nCookie:", StringComparison.OrdinalIgnoreCase)
                ? null
                : $"expected both tenants to succeed with no cookie on the second, got {Describe(error)}; second request head: {requests.ElementAtOrDefault(1)?.Head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Cookie", StringComparison.OrdinalIgnoreCase))}",
        });
        return cases;
    }

    private static string? RedirectProblem(Exception? error, IReadOnlyList<HostileRequest> requests, int status)
    {
        if (error is not HireflixHttpException http || (int)http.StatusCode != status)
        {
            return $"expected HireflixHttpException {status}, got {Describe(error)}";
        }

        if (http.ToString().Contains("secret", StringComparison.Ordinal))
        {
            return "the exception shows the Location's path or query";
        }

        return requests.Count == 1 ? null : $"expected 1 request to the endpoint, saw {requests.Count}";
    }

    private static string? TooLargeProblem(Exception? error, IReadOnlyList<HostileRequest> requests) =>
        error is HireflixResponseException && requests.Count == 1
            ? null
            : $"expected HireflixResponseException after 1 attempt, got {Describe(error)} after {requests.Count}";

    internal static string Describe(Exception? error) => error is null ? "success" : error.GetType().Name;

    internal static async Task<Exception?> CaptureAsync(Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
