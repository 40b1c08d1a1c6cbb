namespace Hireflix.Sdk.Reliability.HostileServer;

/// <summary>What one hostile answer did to the SDK; <see cref="Problem"/> is null when the SDK behaved as expected.</summary>
public sealed record HostileCaseResult(string Name, string Outcome, string? Problem, int KeyLeaks, TimeSpan Elapsed)
{
    public bool AsExpected => Problem is null && KeyLeaks == 0;

    public override string ToString() =>
        $"{Name}: {Outcome} in {Elapsed.TotalMilliseconds:F0} ms{(Problem is null ? string.Empty : " — " + Problem)}{(KeyLeaks > 0 ? $", {KeyLeaks} key leaks" : string.Empty)}";
}

/// <summary>
/// One hostile-server case: what the server answers, how the client is configured, and the check on what the call
/// ended with (given the exception, or null on success, and the servers' request logs).
/// </summary>
public sealed class HostileCase
{
    public required string Name { get; init; }

    public required Func<HostileRequest, Stream, CancellationToken, Task> Respond { get; init; }

    public Action<HireflixClientOptions>? Configure { get; init; }

    /// <summary>Sends the call(s) and returns what ended them; defaults to one positions query.</summary>
    public Func<HostileClients, Task> Call { get; init; } = clients => clients.Client.Positions.ListAsync();

    /// <summary>Returns null when <paramref name="error"/> and the requests are as expected, else what is wrong.</summary>
    public required Func<Exception?, IReadOnlyList<HostileRequest>, string?> Check { get; init; }

    /// <summary>Set for redirect cases: the Location points here, and any request it receives is a leak.</summary>
    public bool WithElsewhere { get; init; }

    /// <summary>Builds the responder once the elsewhere listener's URL is known (redirect cases).</summary>
    public Func<Uri, Func<HostileRequest, Stream, CancellationToken, Task>>? RespondWithElsewhere { get; init; }
}
