using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Hireflix.Sdk;

/// <summary>
/// Names of the SDK's tracing and metrics sources, to subscribe to with OpenTelemetry
/// (<c>AddSource(HireflixDiagnostics.SourceName)</c>, <c>AddMeter(HireflixDiagnostics.SourceName)</c>).
/// Tags carry operation names and outcomes only: never the API key, variables or candidate data.
/// </summary>
public static class HireflixDiagnostics
{
    /// <summary>The name of the <see cref="ActivitySource"/> and of the <see cref="Meter"/>: <c>Hireflix.Sdk</c>.</summary>
    public const string SourceName = "Hireflix.Sdk";

    /// <summary>The histogram of operation durations, in seconds.</summary>
    public const string OperationDurationMetric = "hireflix.client.operation.duration";

    /// <summary>The counter of retried attempts.</summary>
    public const string RetryCountMetric = "hireflix.client.operation.retries";

    /// <summary>The counter of selections the SDK stopped sending because Hireflix rejected them (its schema differs).</summary>
    public const string PrunedSelectionsMetric = "hireflix.client.schema.pruned_selections";

    internal static readonly ActivitySource ActivitySource = new(SourceName, ThisAssembly.Version);

    internal static readonly Meter Meter = new(SourceName, ThisAssembly.Version);

    internal static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        OperationDurationMetric, unit: "s", description: "Duration of Hireflix operations, retries included.");

    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        RetryCountMetric, unit: "{retry}", description: "Attempts retried after a transient failure.");

    internal static readonly Counter<long> PrunedSelections = Meter.CreateCounter<long>(
        PrunedSelectionsMetric, unit: "{selection}", description: "Optional selections dropped after Hireflix rejected them.");

    private static class ThisAssembly
    {
        public static readonly string? Version = typeof(HireflixDiagnostics).Assembly.GetName().Version?.ToString();
    }
}
