using System.Reflection;

namespace Hireflix.Sdk.SchemaTool;

/// <summary>
/// The SDK's wire documents, from the catalog its generator emits (<c>Hireflix.Sdk.Operations.HireflixOperationCatalog</c>).
/// Looked up at run time so the tool builds against SDK builds that predate the catalog, and says so instead.
/// </summary>
internal static class SdkOperationCatalog
{
    private const string CatalogTypeName = "Hireflix.Sdk.Operations.HireflixOperationCatalog";

    /// <summary>Every operation the SDK sends, or <see langword="null"/> when this SDK build has no catalog.</summary>
    public static IReadOnlyList<(string Name, string Kind, string Document)>? TryLoad() =>
        typeof(HireflixClient).Assembly.GetType(CatalogTypeName)
            ?.GetProperty("All", BindingFlags.Public | BindingFlags.Static)
            ?.GetValue(null) as IReadOnlyList<(string Name, string Kind, string Document)>;
}
