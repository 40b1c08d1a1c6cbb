using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Hireflix.Sdk.Generators.Tests.Infrastructure;

/// <summary>Why the incremental driver produced each output of a tracked step: cached, or recomputed.</summary>
internal static class StepReasons
{
    public static bool IsCached(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    /// <summary>The reasons of the step's outputs that produce <paramref name="hintName"/> (at least one, or the test is wrong).</summary>
    public static List<IncrementalStepRunReason> For(GeneratorRunResult result, string step, string hintName) =>
        result.TrackedSteps[step]
            .SelectMany(s => s.Outputs)
            .Where(o => o.Value?.ToString()?.Contains(hintName, StringComparison.Ordinal) == true)
            .Select(o => o.Reason)
            .ToList() is { Count: > 0 } reasons
            ? reasons
            : throw new InvalidOperationException($"No output of step {step} for {hintName}.");
}
