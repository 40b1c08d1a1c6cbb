namespace Hireflix.Sdk.AspNetCore;

/// <summary>The answer of <see cref="IHireflixWebhookDeduplicationStore.TryClaimAsync"/>.</summary>
public enum HireflixWebhookClaimResult
{
    /// <summary>The caller holds the claim: run the handler, then complete or release.</summary>
    Claimed,

    /// <summary>Another attempt holds an unexpired claim; its outcome is unknown, so the sender must retry (503).</summary>
    InProgress,

    /// <summary>A handler already succeeded for this key within the window (200 without the handler).</summary>
    AlreadyHandled,
}
