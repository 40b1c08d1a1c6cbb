using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using Hireflix.Sdk.Generators.Pipeline;
using Hireflix.Sdk.Generators.Validation;

namespace Hireflix.Sdk.Generators.Mapping;

/// <summary>
/// Turns a validated operation into its wire documents (see <see cref="WireBuilder"/>), checks each against the
/// schema once more, and, where the project asks for it, rejects names the evidence does not support (HFX007).
/// </summary>
internal static class WireCompiler
{
    public const string LiteralDirective = "literal";

    public const string IdempotentDirective = "idempotent";

    /// <summary>
    /// Removes <c>@idempotent</c> from the operation (only this generator knows it, so it is never sent) and says whether
    /// it was there: a mutation marked so is retried like a query, because repeating it changes nothing.
    /// </summary>
    public static bool TakeIdempotent(GraphQLOperationDefinition operation)
    {
        var directives = operation.Directives;
        var idempotent = directives?.Items.FirstOrDefault(d => d.Name.StringValue == IdempotentDirective);
        if (idempotent is null)
        {
            return false;
        }

        directives!.Items.RemoveAll(d => d.Name.StringValue == IdempotentDirective);
        if (directives.Items.Count == 0)
        {
            operation.Directives = null;
        }

        return true;
    }

    /// <summary>
    /// Finds the one <c>@literal</c> variable (an enum whose type name is unproven: its values go into the document
    /// instead) and removes the directive, which only this generator knows, before validation.
    /// </summary>
    public static GraphQLVariableDefinition? TakeLiteral(GraphQLOperationDefinition operation, UnitDocument unit, List<DiagnosticInfo> diagnostics)
    {
        GraphQLVariableDefinition? found = null;
        foreach (var variable in operation.Variables?.Items ?? new List<GraphQLVariableDefinition>())
        {
            var directives = variable.Directives;
            var literal = directives?.Items.FirstOrDefault(d => d.Name.StringValue == LiteralDirective);
            if (literal is null)
            {
                continue;
            }

            directives!.Items.Remove(literal);
            if (directives.Items.Count == 0)
            {
                variable.Directives = null;
            }

            if (found is not null)
            {
                diagnostics.Add(new DiagnosticInfo(DiagnosticRule.Unsupported, "Only one @literal variable is supported per operation (each adds one document per enum value).", unit.MapOffset(literal.Location.Start)));
                continue;
            }

            found = variable;
        }

        return found;
    }

    public static WireModel? Build(
        GraphQLOperationDefinition operation,
        GraphQLVariableDefinition? literal,
        UnitDocument unit,
        SchemaHandle schema,
        string root,
        string className,
        bool requireProven,
        IReadOnlyDictionary<GraphQLField, string> memberNames,
        List<DiagnosticInfo> diagnostics)
    {
        var index = schema.Index!;
        var rootType = index.Find(operation.Operation == OperationType.Mutation ? index.MutationType : index.QueryType)!;
        var values = new List<(string? Value, string? Member)>();
        string? literalEnum = null;
        string? literalProperty = null;
        if (literal is null)
        {
            values.Add((null, null));
        }
        else
        {
            var enumName = TypeMapper.NamedType(literal.Type);
            if (literal.Type is not GraphQLNonNullType || SharedTypeMapper.MapEnum(enumName, index, root) is not { } enumModel)
            {
                diagnostics.Add(new DiagnosticInfo(DiagnosticRule.Unsupported, $"The @literal variable '${literal.Variable.Name.StringValue}' must be a non-null enum: each of its values becomes its own document.", unit.MapOffset(literal.Location.Start)));
                return null;
            }

            literalEnum = enumName;
            literalProperty = Naming.Pascal(literal.Variable.Name.StringValue);
            values.AddRange(enumModel.Values.Select(v => ((string?)v.GraphQLName, (string?)v.Name)));
        }

        var variants = new List<WireVariant>();
        var names = new List<(WireName Name, ASTNode Node)>();
        foreach (var (value, member) in values)
        {
            var literals = value is null
                ? new Dictionary<string, string>()
                : new Dictionary<string, string> { [literal!.Variable.Name.StringValue] = value };
            var builder = new WireBuilder(index, unit.Document, literals, memberNames);
            var header = builder.Header(operation);
            var nodes = builder.Selections(operation.SelectionSet, rootType, className + ".Data", root: true);
            var text = WireBuilder.Print(header, nodes);
            foreach (var message in OperationValidator.ValidateText(text, schema))
            {
                // The checked-in text validated, so this is a generator defect: say so rather than ship a broken document.
                diagnostics.Add(new DiagnosticInfo(DiagnosticRule.ValidationError, $"The document sent for '{operation.Name?.StringValue}' does not validate ({message}); this is a generator defect: {text}", unit.MapOffset(operation.Location.Start)));
            }

            variants.Add(new WireVariant(value, member, header, nodes.ToEquatableArray(), text));
            names.AddRange(builder.Names);
        }

        var distinct = Distinct(names);
        if (requireProven)
        {
            foreach (var (name, node) in distinct)
            {
                if (Problem(name) is { } problem)
                {
                    diagnostics.Add(new DiagnosticInfo(DiagnosticRule.UnprovenName, problem, unit.MapOffset(node.Location.Start)));
                }
            }
        }

        return new WireModel(literalProperty, literalEnum, variants.ToEquatableArray(), distinct.Select(n => n.Name).ToEquatableArray());
    }

    /// <summary>
    /// Proven names may go anywhere; a WRAPPER name only where the SDK survives its absence (an optional output field,
    /// pruned when rejected, or an optional input field sent only when the caller sets it); an INFERRED name nowhere.
    /// </summary>
    private static string? Problem(WireName name)
    {
        if (Evidence.IsProven(name.Tier) || (name.Tier == Evidence.Wrapper && name.Optional))
        {
            return null;
        }

        return name.Tier == Evidence.Wrapper
            ? $"The {name.Kind} '{name.Name}' is only WRAPPER-tier evidence and the SDK cannot do without it: a wrong guess would make Hireflix reject the whole operation. Make it optional, or prove it (schema/README.md)."
            : $"The {name.Kind} '{name.Name}' is INFERRED (a guess): Hireflix rejects the whole operation if it is wrong. Send only proven names (schema/README.md).";
    }

    /// <summary>One entry per name; a name sent both optionally and required counts as required.</summary>
    private static List<(WireName Name, ASTNode Node)> Distinct(List<(WireName Name, ASTNode Node)> names)
    {
        var result = new List<(WireName Name, ASTNode Node)>();
        var positions = new Dictionary<(string, string), int>();
        foreach (var entry in names)
        {
            var key = (entry.Name.Kind, entry.Name.Name);
            if (positions.TryGetValue(key, out var position))
            {
                if (!entry.Name.Optional && result[position].Name.Optional)
                {
                    result[position] = entry;
                }

                continue;
            }

            positions[key] = result.Count;
            result.Add(entry);
        }

        return result;
    }
}
