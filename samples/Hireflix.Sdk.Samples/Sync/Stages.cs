using Hireflix.Sdk.Models;

namespace Hireflix.Sdk.Samples.Sync;

/// <summary>One stage vocabulary for both sources: the SDK's <see cref="InterviewStage"/> and a webhook's <c>status</c>.</summary>
public static class Stages
{
    public static string? FromSdk(InterviewStage stage) => stage switch
    {
        InterviewStage.Pending => "pending",
        InterviewStage.ToEvaluate => "to_evaluate",
        InterviewStage.Shortlisted => "shortlisted",
        InterviewStage.Discarded => "discarded",
        _ => null,
    };

    /// <summary>Webhooks send the raw status (pending, completed) or, once reviewed, the stage (shortlisted, discarded).</summary>
    public static string? FromWebhook(string? status) => status switch
    {
        "pending" => "pending",
        "completed" => "to_evaluate",
        "shortlisted" => "shortlisted",
        "discarded" => "discarded",
        _ => null,
    };
}
