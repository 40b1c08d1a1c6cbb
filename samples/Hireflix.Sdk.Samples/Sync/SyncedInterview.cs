namespace Hireflix.Sdk.Samples.Sync;

/// <summary>
/// One interview as the local database keeps it: what an ATS shows beside its application. No candidate contact data:
/// the ATS already has it, and a copy is one more place to leak it from.
/// </summary>
/// <param name="Id">Hireflix's interview id (the key).</param>
/// <param name="PositionId">The position.</param>
/// <param name="ExternalId">The ATS's own id, given at invite.</param>
/// <param name="Stage">Hireflix's stage vocabulary: pending, to_evaluate, shortlisted, discarded.</param>
/// <param name="Score">The team's average score, or null.</param>
public sealed record SyncedInterview(string Id, string PositionId, string? ExternalId, string Stage, double? Score);
