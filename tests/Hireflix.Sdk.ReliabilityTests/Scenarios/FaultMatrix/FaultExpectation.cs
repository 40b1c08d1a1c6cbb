using Hireflix.Sdk.Reliability.Infrastructure;

namespace Hireflix.Sdk.Reliability.FaultMatrix;

/// <summary>
/// The oracle: what one cell must give, derived from the design's retry table alone — queries and idempotent
/// mutations retry transient failures; invite retries and returns the pre-existing interview when a retry is answered
/// "already exists"; comment retries only when the request provably never left (429, connection refused).
/// </summary>
public sealed record FaultExpectation(
    Type? Exception,
    int ServerAttempts,
    bool Executed,
    bool? AlreadyExisted)
{
    public const int MaxRetries = 3;

    public static FaultExpectation For(SdkOperation operation, FaultKind fault, FaultMode mode)
    {
        var normal = SdkOperations.NormalRequests(operation);
        if (fault is FaultKind.None or FaultKind.UnknownEnumValue)
        {
            return new FaultExpectation(null, normal, Executed: true, AlreadyExisted: SdkOperations.Invites(operation) ? false : null);
        }

        var retried = Retried(operation, fault);
        var faultedAttempts = mode == FaultMode.Once ? 1 : retried ? 1 + MaxRetries : 1;
        var recovers = mode == FaultMode.Once && retried;
        var reachedServer = fault == FaultKind.ConnectionRefused ? 0 : faultedAttempts;
        var serverAttempts = reachedServer + (recovers ? normal : 0);
        if (operation == SdkOperation.InterviewsInviteMany && fault == FaultKind.ResetBeforeBody && mode == FaultMode.Always)
        {
            // The failed batch may have run, so the bulk invite looks its first candidate up (and stops when that fails
            // too). A reset before the body hides which operation a request was: the look-up's attempts count here.
            serverAttempts += 1 + MaxRetries;
        }

        var executed = recovers || Faults.ExecutesBeforeFault(fault);
        if (recovers)
        {
            bool? alreadyExisted = SdkOperations.Invites(operation) ? Faults.ExecutesBeforeFault(fault) : null;
            return new FaultExpectation(null, serverAttempts, executed, alreadyExisted);
        }

        return new FaultExpectation(ExceptionFor(fault), serverAttempts, executed, null);
    }

    public static bool Retried(SdkOperation operation, FaultKind fault) =>
        Faults.IsTransient(fault) && (SdkOperations.Rule(operation) != RetryRule.OnlyIfNotSent || Faults.ProvablyNotSent(fault));

    public static Type ExceptionFor(FaultKind fault) => fault switch
    {
        FaultKind.Status500 or FaultKind.Status502 or FaultKind.Status503 or FaultKind.Status504 or FaultKind.Status408 => typeof(HireflixHttpException),
        FaultKind.RateLimitedRetryAfterSeconds or FaultKind.RateLimitedRetryAfterDate or FaultKind.RateLimitedWithoutRetryAfter => typeof(HireflixRateLimitException),
        FaultKind.AttemptTimeout => typeof(HireflixTimeoutException),
        FaultKind.ConnectionRefused or FaultKind.ResetBeforeBody or FaultKind.ResetAfterRequest or FaultKind.CutMidBody => typeof(HireflixConnectionException),
        FaultKind.MalformedJson or FaultKind.HtmlErrorPage or FaultKind.EmptyBody => typeof(HireflixResponseException),
        FaultKind.GraphQLErrors or FaultKind.PartialDataWithErrors => typeof(HireflixGraphQLException),
        FaultKind.Unauthorized401 or FaultKind.Forbidden403 => typeof(HireflixAuthenticationException),
        FaultKind.UnknownUnionTypename => typeof(HireflixUnknownResultException),
        _ => throw new ArgumentOutOfRangeException(nameof(fault)),
    };

    public string Describe() => Exception is null
        ? $"value{(AlreadyExisted is { } e ? $" (alreadyExisted={e})" : string.Empty)}, {ServerAttempts} attempt(s)"
        : $"{Exception.Name}, {ServerAttempts} attempt(s)";
}
