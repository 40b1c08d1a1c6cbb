namespace Hireflix.Sdk;

/// <summary>The option names that were registered, so only those are validated (a process may have only keyed clients).</summary>
internal sealed class HireflixRegistrations
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public void Add(string name)
    {
        lock (_names)
        {
            _names.Add(name);
        }
    }

    public bool Contains(string name)
    {
        lock (_names)
        {
            return _names.Contains(name);
        }
    }
}
