using GraphQL;

namespace Hireflix.Sdk.Testing.Internal.Schema;

/// <summary><c>archivePosition</c> and the legacy <c>Position(id){ save archive delete }</c> namespace.</summary>
internal static class PositionResolvers
{
    private const int MaxNameLength = 50;

    public static void Register(FakeSchemaBuilder b, FakeState state)
    {
        b.Resolve("Mutation", "archivePosition", ctx =>
        {
            var id = ctx.InputObject("input").String("id")!;
            var archived = state.SetPositionArchived(id, archived: true);
            return archived is null ? new ErrorView(404, "PositionNotFoundError", "Position not found") : new ArchivePositionSuccessView(archived);
        });

        // The namespace field only carries the id; its sub-fields do the work (and report an unknown id themselves).
        b.Resolve("Mutation", "Position", ctx => new MutationTarget(ctx.GetArgument<string?>("id")));

        b.Resolve("PositionMutationType", "save", ctx =>
        {
            var id = ((MutationTarget)ctx.Source!).Id;
            var input = ctx.InputObject("position");
            var name = input.String("name")?.Trim();
            if (name is not null && (name.Length < 1 || name.Length > MaxNameLength))
            {
                throw HireflixExecutionError.BadInput($"position.name must contain between 1 and {MaxNameLength} character(s)");
            }

            var questions = input.List("questions")?
                .Select(q => q as IReadOnlyDictionary<string, object?> ?? (q as IDictionary<string, object?>)?.AsReadOnly())
                .Select(q => (Title: q.String("title") ?? string.Empty, Description: q.String("description")))
                .ToList();

            if (id is null)
            {
                // Omitting the id creates a position (CEO note, official CodeSandbox).
                return state.CreatePosition(
                    name ?? throw HireflixExecutionError.BadInput("position.name is required"), input.String("description"), questions, archived: false);
            }

            return state.SavePosition(id, name, input.String("description"), questions) ?? throw HireflixExecutionError.PositionNotFound();
        });

        b.Resolve("PositionMutationType", "archive", ctx =>
            state.SetPositionArchived(TargetId(ctx), ctx.GetArgument<bool>("archive")) ?? throw HireflixExecutionError.PositionNotFound());

        b.Resolve("PositionMutationType", "delete", ctx =>
            state.DeletePosition(TargetId(ctx)) ? true : throw HireflixExecutionError.PositionNotFound());
    }

    private static string TargetId(IResolveFieldContext ctx) =>
        ((MutationTarget)ctx.Source!).Id ?? throw HireflixExecutionError.PositionNotFound();
}
