namespace Hireflix.Sdk.AspNetCore.Redis;

/// <summary>Settings of <see cref="RedisHireflixWebhookDeduplicationStore"/>.</summary>
public sealed class RedisHireflixWebhookDeduplicationOptions
{
    /// <summary>
    /// Prepended to every de-duplication key, so several apps (or environments) can share one Redis.
    /// Default <c>hireflix:webhooks:</c>.
    /// </summary>
    public string KeyPrefix { get; set; } = "hireflix:webhooks:";

    /// <summary>The Redis database number; -1 (the default) uses the connection's default database.</summary>
    public int Database { get; set; } = -1;
}
