using System;
using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using Hireflix.Sdk.Generators.Pipeline;
using Hireflix.Sdk.Generators.Validation;

namespace Hireflix.Sdk.Generators.Mapping;

/// <summary>The per-definition step: validate (operations) and map to an emit-ready model.</summary>
internal static class Compiler
{
    private static readonly CompileResult Nothing = new(null, null, EquatableArray<DiagnosticInfo>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    public static CompileResult CompileOperation(DefinitionUnit unit, SchemaHandle schema, string root, bool requireProven)
    {
        if (!schema.IsUsable)
        {
            // HFX005 already explains why; nothing can be checked without a schema.
            return Nothing;
        }

        var document = Join(unit, out var failure);
        if (document is null)
        {
            return Result(null, null, new[] { failure! }, null);
        }

        var operation = document.Document.Definitions.OfType<GraphQLOperationDefinition>().First();
        var literalDiagnostics = new List<DiagnosticInfo>();
        var literal = WireCompiler.TakeLiteral(operation, document, literalDiagnostics);
        var memberNames = MemberDirective.Take(document.Document, document, literalDiagnostics);
        var idempotent = unit.Root.Kind != DefinitionKind.Mutation || WireCompiler.TakeIdempotent(operation);
        var diagnostics = OperationValidator.Validate(document, schema, unit.Root);
        if (diagnostics.Count == 0)
        {
            diagnostics = VariableUsageCheck.Run(document, schema.Index!);
        }

        diagnostics.AddRange(literalDiagnostics);
        if (diagnostics.Count > 0)
        {
            return Result(null, null, diagnostics, null);
        }

        var mapper = new TypeMapper(schema.Index!, root, document, memberNames);
        var name = unit.Root.Name!;
        var className = Naming.Pascal(name) + (unit.Root.Kind == DefinitionKind.Mutation ? "Mutation" : "Query");
        var rootType = unit.Root.Kind == DefinitionKind.Mutation ? schema.Index!.MutationType : schema.Index!.QueryType;
        var variables = mapper.MapVariables(operation, OperationMembers.Taken(className));
        var fullName = $"global::{root}.Operations.{className}";
        var data = mapper.MapRoot("Data", fullName + ".Data", rootType, operation.SelectionSet, $"The <c>data</c> returned by <c>{TypeMapper.Xml(name)}</c>.");
        if (data is null || mapper.Failed)
        {
            return Result(null, null, mapper.Diagnostics, mapper);
        }

        var wireDiagnostics = new List<DiagnosticInfo>();
        var wire = WireCompiler.Build(operation, literal, document, schema, root, className, requireProven, memberNames, wireDiagnostics);
        if (wire is null || wireDiagnostics.Count > 0)
        {
            return Result(null, null, mapper.Diagnostics.Concat(wireDiagnostics), mapper);
        }

        var model = new OperationModel(name, className, unit.Root.Kind, idempotent, root, variables, data, wire);
        return Result(model, null, mapper.Diagnostics, mapper);
    }

    public static CompileResult CompileFragment(DefinitionUnit unit, SchemaHandle schema, string root)
    {
        if (!schema.IsUsable)
        {
            return Nothing;
        }

        var document = Join(unit, out _);
        if (document is null)
        {
            return Nothing;
        }

        var fragment = document.Document.Definitions.OfType<GraphQLFragmentDefinition>().First();

        // Its own operations report a bad @member; here it only names the members.
        var memberNames = MemberDirective.Take(document.Document, document, new List<DiagnosticInfo>());
        var name = Naming.Pascal(unit.Root.Name!);
        var typeName = unit.Root.TypeCondition!;
        var type = schema.Index!.Find(typeName);
        var mapper = new TypeMapper(schema.Index, root, document, memberNames);
        if (type is null)
        {
            // Unknown type condition: the validator reports it for the operations using the fragment.
            return Nothing;
        }

        if (type.Kind != SchemaTypeKind.Object)
        {
            mapper.Report(fragment.TypeCondition, $"The fragment '{unit.Root.Name}' is on the {type.Kind.ToString().ToLowerInvariant()} type '{typeName}'; fragments on unions or interfaces are not supported, use inline fragments in the operation.");
            return Result(null, null, mapper.Diagnostics, mapper);
        }

        var summary = type.Description is { } description
            ? TypeMapper.Xml(description)
            : $"The <c>{TypeMapper.Xml(unit.Root.Name!)}</c> fragment on <c>{TypeMapper.Xml(typeName)}</c>.";
        var model = mapper.MapFragment(name, typeName, fragment.SelectionSet, summary, unit.Extended);
        if (model is null || mapper.Failed)
        {
            return Result(null, null, mapper.Diagnostics, mapper);
        }

        return Result(null, new FragmentModel(unit.Root.Name!, root, model), mapper.Diagnostics, mapper);
    }

    private static UnitDocument? Join(DefinitionUnit unit, out DiagnosticInfo? failure)
    {
        failure = null;
        try
        {
            return UnitDocument.Create(unit);
        }
        catch (Exception ex)
        {
            failure = new DiagnosticInfo(DiagnosticRule.SyntaxError, "GraphQL syntax error: " + ex.Message, unit.Root.NameSpan);
            return null;
        }
    }

    private static CompileResult Result(OperationModel? operation, FragmentModel? fragment, IEnumerable<DiagnosticInfo> diagnostics, TypeMapper? mapper) =>
        new(
            operation,
            fragment,
            diagnostics.ToEquatableArray(),
            mapper is null ? EquatableArray<string>.Empty : mapper.Enums.ToEquatableArray(),
            mapper is null ? EquatableArray<string>.Empty : mapper.Inputs.ToEquatableArray(),
            mapper is null ? EquatableArray<string>.Empty : mapper.ResultEnums.ToEquatableArray());
}
