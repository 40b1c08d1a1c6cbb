namespace Hireflix.Sdk.Testing.Internal;

/// <summary>
/// One change of the fake's world, raised by <see cref="FakeState.Changed"/> after the change is committed and the
/// state lock released. Event names follow Hireflix webhook events (<c>interview.create</c>, <c>interview.finish</c>,
/// <c>interview.status-change</c>, <c>interview.delete</c>, <c>interview.score-updated</c>) so webhook emission can be
/// added by subscribing here; position and other interview changes use the same pattern.
/// </summary>
internal sealed record FakeStateChange(string Event, string PositionId, string? InterviewId, DateTimeOffset At);
