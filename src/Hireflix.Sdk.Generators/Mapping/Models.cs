using Hireflix.Sdk.Generators.Pipeline;

namespace Hireflix.Sdk.Generators.Mapping;

internal enum ShapeKind
{
    Scalar,
    Enum,
    Object,
    Input,
    List,
}

/// <summary>
/// A value's type as the emitter needs it. Scalar: GraphQL scalar name; Enum/Input: GraphQL type name;
/// Object: fully qualified C# class name; List: see <see cref="Item"/>.
/// </summary>
internal sealed record TypeShape(ShapeKind Kind, string Name, bool Nullable, TypeShape? Item);

internal enum PropertyKind
{
    Field,
    TypeName,
    FragmentSpread,
}

/// <summary>One generated property: where it is read from (response name) and what it holds.</summary>
internal sealed record PropertyModel(PropertyKind Kind, string Name, string ResponseName, string ParentType, string FieldName, TypeShape Shape, string Summary);

internal enum ClassKind
{
    Object,
    Abstract,
    Member,
    Unknown,
}

/// <summary>A concrete member of an abstract result: its GraphQL type and generated class.</summary>
internal sealed record MemberRef(string TypeName, string FullName);

/// <summary>A generated result class (object selection, abstract union/interface result, or one of its members).</summary>
internal sealed record ClassModel(
    ClassKind Kind,
    string Name,
    string FullName,
    string GraphQLType,
    string Summary,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<PropertyModel> Inherited,
    EquatableArray<ClassModel> Nested,
    EquatableArray<MemberRef> Members,
    string? TypeNameKey,
    string? BaseFullName,
    bool Extensible = false);

internal sealed record VariableModel(string Name, string PropertyName, TypeShape Shape, bool Required, string Summary);

internal sealed record OperationModel(
    string Name,
    string ClassName,
    DefinitionKind Kind,
    bool IsIdempotent,
    string RootNamespace,
    EquatableArray<VariableModel> Variables,
    ClassModel Data,
    WireModel Wire);

internal sealed record FragmentModel(string Name, string RootNamespace, ClassModel Model);

/// <summary>Output of the per-operation/per-fragment step: a model to emit (when valid), the diagnostics, and the shared types it needs.</summary>
internal sealed record CompileResult(
    OperationModel? Operation,
    FragmentModel? Fragment,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<string> Enums,
    EquatableArray<string> Inputs,
    EquatableArray<string> ResultEnums);
