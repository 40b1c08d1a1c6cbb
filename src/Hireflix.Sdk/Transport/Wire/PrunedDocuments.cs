using System.Collections.Concurrent;
using System.Text.Json;

namespace Hireflix.Sdk.Transport;

/// <summary>A wire document with the selections Hireflix rejected left out, ready to send.</summary>
internal sealed class PrunedDocument
{
    public PrunedDocument(WireDocument wire, HashSet<WireSelection> pruned)
    {
        Pruned = pruned;
        Text = wire.Print(pruned);
        Encoded = JsonEncodedText.Encode(Text);
    }

    public HashSet<WireSelection> Pruned { get; }

    public string Text { get; }

    public JsonEncodedText Encoded { get; }
}

/// <summary>
/// The documents this client sends instead of the generated ones, per endpoint, once Hireflix has rejected optional
/// selections: later calls send the pruned text directly (no repeated failures). Shared by the concurrent calls of
/// one transport; a second pruning of the same document merges with the first.
/// </summary>
internal sealed class PrunedDocuments
{
    private readonly ConcurrentDictionary<(string Endpoint, WireDocument Wire), PrunedDocument> _documents = new();
    private readonly ConcurrentDictionary<string, byte> _warned = new(StringComparer.Ordinal);

    // Every call asks, and nearly always nothing was ever pruned: ConcurrentDictionary.IsEmpty takes all its locks
    // when the dictionary is empty, which serialised concurrent callers; a flag costs one volatile read.
    private volatile bool _any;

    public PrunedDocument? Find(Uri endpoint, WireDocument wire) =>
        _any && _documents.TryGetValue((endpoint.AbsoluteUri, wire), out var pruned) ? pruned : null;

    public PrunedDocument Store(Uri endpoint, WireDocument wire, HashSet<WireSelection> pruned)
    {
        var stored = Merge(endpoint, wire, pruned);
        _any = true;
        return stored;
    }

    private PrunedDocument Merge(Uri endpoint, WireDocument wire, HashSet<WireSelection> pruned) =>
        _documents.AddOrUpdate(
            (endpoint.AbsoluteUri, wire),
            _ => new PrunedDocument(wire, pruned),
            (_, existing) =>
            {
                if (existing.Pruned.IsSupersetOf(pruned))
                {
                    return existing;
                }

                var union = new HashSet<WireSelection>(existing.Pruned);
                union.UnionWith(pruned);
                return new PrunedDocument(wire, union);
            });

    /// <summary>True the first time a warning key is seen: one warning per field per client, not per call.</summary>
    public bool FirstWarning(string key) => _warned.TryAdd(key, 0);
}
