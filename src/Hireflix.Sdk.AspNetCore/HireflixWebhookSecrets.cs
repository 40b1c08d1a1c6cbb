namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// One tenant's webhook secrets: the current one and, during a rotation, the previous one; a delivery signed with
/// either is accepted. <see cref="ToString"/> never shows them.
/// </summary>
public sealed class HireflixWebhookSecrets
{
    /// <summary>Creates the secrets.</summary>
    /// <param name="current">The secret shown by "Reveal Key" in the tenant's Hireflix dashboard.</param>
    /// <param name="previous">The secret being rotated out, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="current"/> is null or empty, or <paramref name="previous"/> is empty.</exception>
    public HireflixWebhookSecrets(string current, string? previous = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(current);
        if (previous is { Length: 0 })
        {
            throw new ArgumentException("The previous secret must be null or non-empty.", nameof(previous));
        }

        Current = current;
        Previous = previous;
    }

    /// <summary>The current secret.</summary>
    public string Current { get; }

    /// <summary>The previous secret, accepted until you stop returning it; null outside a rotation.</summary>
    public string? Previous { get; }

    /// <summary>Says whether a previous secret is set; never shows a secret.</summary>
    /// <returns>A redacted description.</returns>
    public override string ToString() => Previous is null ? "HireflixWebhookSecrets(current: ***)" : "HireflixWebhookSecrets(current: ***, previous: ***)";

    internal string[] ToArray() => Previous is null ? [Current] : [Current, Previous];
}
