using Hireflix.Sdk.Testing.Internal.Schema.Sdl;

namespace Hireflix.Sdk.Testing;

/// <summary>
/// Makes the fake serve a schema that differs from the checked-in one on purpose, to test how a client copes with a
/// live API whose names differ from what it was generated against. Every name is given in the checked-in schema's
/// terms (before any rename). Unknown names fail <see cref="HireflixFakeServer.StartAsync"/> with an
/// <see cref="ArgumentException"/>.
/// </summary>
/// <example>
/// <code>
/// var options = new HireflixFakeServerOptions
/// {
///     Schema = new FakeSchemaOptions { MinimumEvidence = FakeEvidenceTier.Ran, ValidationErrorStyle = FakeValidationErrorStyle.GraphQLJs }
///         .RemoveField("InterviewType", "thumbnail")
///         .ChangeArgumentType("InterviewMutationType", "score", "score", "Float!"),
/// };
/// </code>
/// </example>
public sealed class FakeSchemaOptions
{
    private readonly List<SchemaDrift> _drifts = [];

    /// <summary>
    /// The "proven-only" projection: when set, every field, argument, input field and enum value whose evidence is
    /// weaker than this tier is removed, and every type whose NAME is weaker is renamed to <c>Unproven_&lt;Name&gt;</c>
    /// (its real name is unknown, so a query naming it must fail). Types left with no members disappear together
    /// with the fields that return them. <see langword="null"/> (default) serves everything.
    /// </summary>
    public FakeEvidenceTier? MinimumEvidence { get; set; }

    /// <summary>How validation failures are worded and sent. Defaults to <see cref="FakeValidationErrorStyle.GraphQLNet"/>.</summary>
    public FakeValidationErrorStyle ValidationErrorStyle { get; set; } = FakeValidationErrorStyle.GraphQLNet;

    internal IReadOnlyList<SchemaDrift> Drifts => _drifts;

    /// <summary>Removes an output field (queries selecting it then fail validation).</summary>
    /// <param name="type">The object type, e.g. <c>InterviewType</c>.</param>
    /// <param name="field">The field, e.g. <c>shortlistedAt</c>.</param>
    /// <returns>These options, for chaining.</returns>
    public FakeSchemaOptions RemoveField(string type, string field) => Add(new SchemaDrift.RemoveField(type, field));

    /// <summary>Renames a type everywhere it is used; the fake's resolvers follow.</summary>
    /// <param name="from">The checked-in name, e.g. <c>CandidateType</c>.</param>
    /// <param name="to">The name the fake serves instead.</param>
    /// <returns>These options, for chaining.</returns>
    public FakeSchemaOptions RenameType(string from, string to) => Add(new SchemaDrift.RenameType(from, to));

    /// <summary>Changes the declared type of an argument.</summary>
    /// <param name="type">The object type declaring the field, e.g. <c>InterviewMutationType</c>.</param>
    /// <param name="field">The field, e.g. <c>score</c>.</param>
    /// <param name="argument">The argument, e.g. <c>score</c>.</param>
    /// <param name="newTypeSdl">The new type as SDL, e.g. <c>Float!</c> or <c>[String!]</c>.</param>
    /// <returns>These options, for chaining.</returns>
    public FakeSchemaOptions ChangeArgumentType(string type, string field, string argument, string newTypeSdl) =>
        Add(new SchemaDrift.ChangeArgumentType(type, field, argument, newTypeSdl));

    /// <summary>Changes the declared type of an input object's field.</summary>
    /// <param name="inputType">The input type, e.g. <c>InviteCandidateToInterviewInput</c>.</param>
    /// <param name="field">The input field.</param>
    /// <param name="newTypeSdl">The new type as SDL, e.g. <c>String!</c>.</param>
    /// <returns>These options, for chaining.</returns>
    public FakeSchemaOptions ChangeInputFieldType(string inputType, string field, string newTypeSdl) =>
        Add(new SchemaDrift.ChangeInputFieldType(inputType, field, newTypeSdl));

    /// <summary>Removes an input object's field (documents that write it then fail validation).</summary>
    /// <param name="inputType">The input type, e.g. <c>InviteCandidateToInterviewInput</c>.</param>
    /// <param name="field">The input field, e.g. <c>metadata</c>.</param>
    /// <returns>These options, for chaining.</returns>
    public FakeSchemaOptions RemoveInputField(string inputType, string field) => Add(new SchemaDrift.RemoveInputField(inputType, field));

    /// <summary>Removes a member from a union (type conditions on it then fail validation).</summary>
    /// <param name="union">The union, e.g. <c>MutationInviteCandidateToInterviewResult</c>.</param>
    /// <param name="member">The member type, e.g. <c>ValidationError</c>.</param>
    /// <returns>These options, for chaining.</returns>
    public FakeSchemaOptions RemoveUnionMember(string union, string member) => Add(new SchemaDrift.RemoveUnionMember(union, member));

    private FakeSchemaOptions Add(SchemaDrift drift)
    {
        _drifts.Add(drift);
        return this;
    }
}
