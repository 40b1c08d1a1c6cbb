namespace Hireflix.Sdk.Webhooks;

/// <summary>
/// The interview carried in an interview event's <c>data</c>. Every field but <see cref="Id"/> is optional:
/// Hireflix does not send all of them with every event, and absent or <c>null</c> fields are null here.
/// </summary>
public sealed record HireflixWebhookInterview
{
    /// <summary>The interview id (24-hex string), wire field <c>id</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The position the interview belongs to, wire field <c>position</c>.</summary>
    public HireflixWebhookPosition? Position { get; init; }

    /// <summary>Your own identifier given at invitation, wire field <c>externalId</c>.</summary>
    public string? ExternalId { get; init; }

    /// <summary>
    /// The raw status, wire field <c>status</c> (seen: <c>pending</c>, <c>completed</c>; stage names such as
    /// <c>shortlisted</c> are possible). Kept as a string because Hireflix does not publish the full set.
    /// </summary>
    public string? Status { get; init; }

    /// <summary>The short interview hash used in candidate links, wire field <c>hash</c>.</summary>
    public string? Hash { get; init; }

    /// <summary>When the interview was created, wire field <c>createdAt</c> (epoch milliseconds).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>
    /// When the candidate completed the interview, wire field <c>completed</c> (epoch milliseconds).
    /// Null while not completed, and also when Hireflix sends a boolean flag instead of a time.
    /// </summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The candidate, wire field <c>candidate</c>. Personal data: do not log.</summary>
    public HireflixWebhookCandidate? Candidate { get; init; }

    /// <summary>The interview links, wire field <c>url</c>.</summary>
    public HireflixWebhookInterviewLinks? Links { get; init; }

    /// <summary>
    /// The team score, when sent: wire field <c>score</c>, either a number or an object with a numeric
    /// <c>value</c> (the API's <c>score { value }</c> shape).
    /// </summary>
    public double? Score { get; init; }

    /// <summary>Describes the interview without candidate data.</summary>
    /// <returns>The id, position id and status.</returns>
    public override string ToString()
        => $"{nameof(HireflixWebhookInterview)} {{ Id = {Id}, PositionId = {Position?.Id ?? "null"}, Status = {Status ?? "null"} }}";
}
