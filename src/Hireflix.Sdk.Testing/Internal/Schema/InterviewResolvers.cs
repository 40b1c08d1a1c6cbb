using GraphQL;

namespace Hireflix.Sdk.Testing.Internal.Schema;

/// <summary>The legacy <c>Interview(id){ finalist archive share score comment }</c> namespace.</summary>
internal static class InterviewResolvers
{
    /// <summary>Docs (creating-shareable-link): a share without durationInDays lasts 75 days.</summary>
    private const int DefaultShareDays = 75;

    public static void Register(FakeSchemaBuilder b, FakeState state)
    {
        b.Resolve("Mutation", "Interview", ctx => new MutationTarget(ctx.GetArgument<string?>("id")));

        // Both arguments are nullable in the schema; the docs only ever send a value, so a missing one means "true".
        b.Resolve("InterviewMutationType", "finalist", ctx =>
            Found(state.SetFinalist(TargetId(ctx), ctx.GetArgument<bool?>("finalist") ?? true)));

        b.Resolve("InterviewMutationType", "archive", ctx =>
            Found(state.SetDiscarded(TargetId(ctx), ctx.GetArgument<bool?>("archive") ?? true)));

        b.Resolve("InterviewMutationType", "share", ctx =>
        {
            var days = ctx.GetArgument<int?>("durationInDays") ?? DefaultShareDays;
            if (days < 1)
            {
                throw HireflixExecutionError.BadInput("durationInDays must be at least 1");
            }

            var labels = ctx.GetArgument<List<string?>?>("labels")?.Where(l => l is not null).Select(l => l!).ToList() ?? [];
            return Found(state.Share(TargetId(ctx), days, labels));
        });

        b.Resolve("InterviewMutationType", "score", ctx =>
        {
            var score = ctx.GetArgument<double?>("score");
            // MCP: "0.5..5 inclusive, or null to unset"; the UI uses half-star steps.
            if (score is { } s && (s < 0.5 || s > 5 || Math.Abs((s * 2) - Math.Round(s * 2)) > 1e-9))
            {
                throw HireflixExecutionError.BadInput("score must be between 0.5 and 5 in steps of 0.5");
            }

            return Found(state.Score(TargetId(ctx), ctx.Reviewer(), score));
        });

        b.Resolve("InterviewMutationType", "comment", ctx =>
        {
            var text = ctx.GetArgument<string>("comment");
            if (string.IsNullOrWhiteSpace(text))
            {
                throw HireflixExecutionError.BadInput("comment must not be empty");
            }

            return Found(state.Comment(TargetId(ctx), ctx.Reviewer(), text));
        });
    }

    private static string TargetId(IResolveFieldContext ctx) =>
        ((MutationTarget)ctx.Source!).Id ?? throw HireflixExecutionError.InterviewNotFound();

    private static InterviewView Found(InterviewView? interview) => interview ?? throw HireflixExecutionError.InterviewNotFound();
}
