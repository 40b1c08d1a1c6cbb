namespace Hireflix.Sdk.Webhooks;

/// <summary>The position an interview belongs to, as sent in a webhook.</summary>
public sealed record HireflixWebhookPosition
{
    /// <summary>The position id (24-hex string), wire field <c>id</c>.</summary>
    public string? Id { get; init; }

    /// <summary>The position name, wire field <c>name</c>.</summary>
    public string? Name { get; init; }
}
