namespace Hireflix.Sdk.AspNetCore.Redis;

/// <summary>
/// The store's transitions as Lua scripts: Redis runs a script atomically, so each transition is one step that no
/// other replica can interleave with (no read-then-write race). Every script touches one key, so they work on a
/// cluster too. Values: <c>claim:{token}</c> while a handler runs, <c>done</c> after it succeeded.
/// </summary>
internal static class RedisDeduplicationScripts
{
    public const string Done = "done";
    public const string ClaimPrefix = "claim:";

    /// <summary>SET NX PX takes the claim; otherwise the value says why not. Returns 1 claimed, 2 done, 0 in progress.</summary>
    public const string TryClaim = """
        if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
        if redis.call('GET', KEYS[1]) == 'done' then return 2 end
        return 0
        """;

    /// <summary>Marks done for the window whoever holds the key; returns 1 when this token still held the claim.</summary>
    public const string Complete = """
        local held = redis.call('GET', KEYS[1]) == ARGV[1]
        redis.call('SET', KEYS[1], 'done', 'PX', ARGV[2])
        if held then return 1 end
        return 0
        """;

    /// <summary>Compare-and-delete: drops the key only while this token's claim is its value.</summary>
    public const string Release = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;
}
