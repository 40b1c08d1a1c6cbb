using Hireflix.Sdk.Generators.Pipeline;

namespace Hireflix.Sdk.Generators.Mapping;

/// <summary>
/// One selection of the document sent to Hireflix: a field (head = <c>alias:name(args)@directives</c>) or an inline
/// fragment on a union/interface member (head = <c>... on Type</c>). Named fragments never appear: they are inlined,
/// so object type names never reach the wire.
/// </summary>
/// <param name="IsFragment">True for an inline fragment (<paramref name="ParentType"/> is then its type condition).</param>
/// <param name="Head">The printed text before the selection set.</param>
/// <param name="ParentType">The schema type the field is selected on (this schema's name, not necessarily the server's).</param>
/// <param name="FieldName">The field's schema name (empty for fragments).</param>
/// <param name="Member">The generated model member this selection fills, for the warning when it is pruned.</param>
/// <param name="Prunable">Whether the SDK may drop it when the server rejects it (nullable, no arguments, not a root field).</param>
/// <param name="Children">The selection set.</param>
internal sealed record WireNode(bool IsFragment, string Head, string ParentType, string FieldName, string Member, bool Prunable, EquatableArray<WireNode> Children);

/// <summary>
/// A name the document (or its variables) sends, with the evidence tier behind it. Optional names are sent only
/// when the caller sets them (nullable input fields of a variable) or can be pruned (optional output fields).
/// </summary>
internal sealed record WireName(string Kind, string Name, string Tier, bool Optional);

/// <summary>
/// One document the operation can send. An operation with a <c>@literal</c> enum variable has one variant per enum
/// value, the value written into the document instead of a variable of an unproven enum type.
/// </summary>
/// <param name="LiteralValue">The GraphQL enum value of this variant, or null.</param>
/// <param name="LiteralMember">The C# enum member of this variant, or null.</param>
internal sealed record WireVariant(string? LiteralValue, string? LiteralMember, string Header, EquatableArray<WireNode> Nodes, string Text);

/// <summary>What the wire documents of one operation send, for emission, the catalog and the wire report.</summary>
/// <param name="LiteralVariable">The C# property selecting the variant, or null when there is one document.</param>
/// <param name="LiteralEnum">The GraphQL enum type of <paramref name="LiteralVariable"/>.</param>
internal sealed record WireModel(string? LiteralVariable, string? LiteralEnum, EquatableArray<WireVariant> Variants, EquatableArray<WireName> Names);
