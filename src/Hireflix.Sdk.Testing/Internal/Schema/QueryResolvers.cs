using GraphQL;

namespace Hireflix.Sdk.Testing.Internal.Schema;

/// <summary>Root queries and the fields of PositionType / InterviewType that need the state (everything else is a view property).</summary>
internal static class QueryResolvers
{
    public static void Register(FakeSchemaBuilder b, FakeState state)
    {
        b.Resolve("Query", "positions", _ => state.ListPositions());
        b.Resolve("Query", "position", ctx => state.GetPosition(ctx.GetArgument<string>("id")));
        b.Resolve("Query", "interview", ctx => state.GetInterview(ctx.GetArgument<string>("id")));
        b.Resolve("Query", "interviews", ctx => state.ListInterviews(ctx.GetArgument<string>("position")));
        // The caller's own account: the reviewer behind the API key, in the fake's single company.
        b.Resolve("Query", "info", ctx => new InfoView(ctx.Reviewer().Id, new CompanyView(state.CompanyId)));

        b.Resolve("PositionType", "interviews", ctx => state.ListInterviews(((PositionView)ctx.Source!).Id));
        b.Resolve("PositionType", "interviewList", ctx =>
            state.QueryInterviews(((PositionView)ctx.Source!).Id, InterviewListArguments.Parse(ctx.InputObject("input"))));

        b.Resolve("InterviewType", "position", ctx => state.GetPosition(((InterviewView)ctx.Source!).PositionId));
        b.Resolve("InterviewType", "steps", ctx =>
        {
            var input = ctx.InputObject("input");
            var stepId = input.String("stepId");
            var stepIndex = input.Int("stepIndex");
            return ((InterviewView)ctx.Source!).Steps
                .Cast<StepView>()
                .Where(s => (stepId is null || s.Id == stepId) && (stepIndex is null || s.Index == stepIndex))
                .ToList();
        });
    }
}
