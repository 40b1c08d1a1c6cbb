namespace Hireflix.Sdk.Tests.Infrastructure;

/// <summary>
/// Tests that listen to the process-wide ActivitySource and Meter run alone, so other tests' operations do not
/// show up in their measurements.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GlobalListenersCollection
{
    public const string Name = "Global diagnostics listeners";
}
