namespace System.Net.Http;

/// <summary>The .NET 5+ typed key of <c>HttpRequestMessage.Options</c>.</summary>
internal readonly struct HttpRequestOptionsKey<TValue>(string key)
{
    public string Key { get; } = key;
}

/// <summary>
/// The .NET 5+ <c>HttpRequestMessage.Options</c> over netstandard2.0's <see cref="HttpRequestMessage.Properties"/>:
/// on .NET 5+ both are the same dictionary, so handlers in between see the same entries on every target.
/// </summary>
internal readonly struct HttpRequestOptions(IDictionary<string, object?> properties)
{
    public bool TryGetValue<TValue>(HttpRequestOptionsKey<TValue> key, [Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value)
    {
        if (properties.TryGetValue(key.Key, out var stored) && stored is TValue typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }

    public void Set<TValue>(HttpRequestOptionsKey<TValue> key, TValue value) => properties[key.Key] = value;
}

internal static class HttpRequestMessageOptionsPolyfill
{
    extension(HttpRequestMessage request)
    {
        public HttpRequestOptions Options => new(request.Properties!);
    }
}
