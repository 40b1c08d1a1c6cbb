using GraphQL;

namespace Hireflix.Sdk.Testing.Internal.Schema;

/// <summary>
/// Both ways to invite: the newer <c>inviteCandidateToInterview</c> (errors as union members) and the legacy
/// <c>Position(id){invite(candidate:)}</c> (errors in the GraphQL <c>errors</c> array, e.g. <c>candidate-already-exists</c> / 409).
/// </summary>
internal static class InviteResolvers
{
    public static void Register(FakeSchemaBuilder b, FakeState state)
    {
        b.Resolve("Mutation", "inviteCandidateToInterview", ctx =>
        {
            var input = ctx.InputObject("input");
            var candidate = input.Object("candidate");
            var firstName = candidate.String("firstName");
            var lastName = candidate.String("lastName");
            var email = candidate.String("email");
            var externalId = input.String("externalId");
            input!.TryGetValue("metadata", out var metadata);

            var invalid = InviteValidator.Validate(firstName, lastName, email, externalId, metadata);
            if (invalid is not null)
            {
                return invalid;
            }

            return state.Invite(new InviteCommand(
                input.String("positionId")!,
                firstName!.Trim(),
                lastName?.Trim(),
                email!.Trim().ToLowerInvariant(),
                candidate.String("phone"),
                externalId,
                input.Bool("disableNotifications") ?? false,
                metadata,
                "api"));
        });

        b.Resolve("PositionMutationType", "invite", ctx =>
        {
            var positionId = ((MutationTarget)ctx.Source!).Id ?? throw HireflixExecutionError.PositionNotFound();
            var candidate = ctx.InputObject("candidate");
            var name = candidate.String("name")?.Trim() ?? string.Empty;
            var email = candidate.String("email");
            var split = name.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            var firstName = split.Length > 0 ? split[0] : string.Empty;
            var lastName = split.Length > 1 ? split[1] : null;
            var invalid = InviteValidator.Validate(firstName, lastName, email, null, null);
            if (invalid is not null)
            {
                throw HireflixExecutionError.BadInput(invalid.FieldErrors![0].FlattenedPath + ": " + invalid.FieldErrors[0].Message);
            }

            var outcome = state.Invite(new InviteCommand(
                positionId, firstName, lastName, email!.Trim().ToLowerInvariant(), candidate.String("phone"), null, false, null, "legacy"));
            return outcome switch
            {
                ErrorView { Name: "InterviewAlreadyExistsInPositionError" } => throw new HireflixExecutionError("candidate-already-exists", 409),
                ErrorView error => throw new HireflixExecutionError(error.Message, error.Code),
                _ => outcome,
            };
        });
    }
}
