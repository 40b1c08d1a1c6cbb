using System.Collections.Concurrent;

namespace Hireflix.Sdk.Testing.Internal.Http;

/// <summary>The keys the fake accepts; each identifies a reviewer, as a real Hireflix API key belongs to a user.</summary>
internal sealed class ApiKeys(Ids ids)
{
    private readonly ConcurrentDictionary<string, Reviewer> _keys = new(StringComparer.Ordinal);

    public void Add(string key, string reviewerName, string reviewerEmail)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        _keys[key] = new Reviewer(ids.NewObjectId(), reviewerName, reviewerEmail);
    }

    public bool Remove(string key) => _keys.TryRemove(key, out _);

    public Reviewer? Find(string? key) => key is not null && _keys.TryGetValue(key, out var reviewer) ? reviewer : null;
}
