namespace Hireflix.Sdk.Models;

/// <summary>Where an interview stands in a position's pipeline (the four stages of the Hireflix dashboard).</summary>
public enum InterviewStage
{
    /// <summary>Invited; the candidate has not completed the interview.</summary>
    Pending,

    /// <summary>Completed, waiting for the team's review.</summary>
    ToEvaluate,

    /// <summary>Shortlisted (finalist).</summary>
    Shortlisted,

    /// <summary>Discarded (archived).</summary>
    Discarded,

    /// <summary>
    /// Cannot be told: Hireflix did not return a field the stage is derived from (it rejected it, so the SDK stopped
    /// asking). Never used as a filter.
    /// </summary>
    Unknown,
}
