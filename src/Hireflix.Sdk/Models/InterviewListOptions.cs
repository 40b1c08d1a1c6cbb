namespace Hireflix.Sdk.Models;

/// <summary>
/// Which of a position's interviews a listing returns, and how many per request
/// (<see cref="InterviewsClient.ListAsync"/>, <see cref="InterviewsClient.GetPageAsync"/>). An object rather than
/// parameters, so a new filter is a new property, not a new overload.
/// </summary>
public sealed class InterviewListOptions
{
    /// <summary>Interviews per request unless <see cref="PageSize"/> says otherwise.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Only interviews in this stage, or null for all. <see cref="InterviewStage.Unknown"/> describes a result and is not a filter.</summary>
    public InterviewStage? Stage { get; init; }

    /// <summary>Interviews per request, 1–100.</summary>
    public int PageSize { get; init; } = DefaultPageSize;
}
