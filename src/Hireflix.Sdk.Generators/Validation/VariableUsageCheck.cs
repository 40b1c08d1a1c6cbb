using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using Hireflix.Sdk.Generators.Pipeline;

namespace Hireflix.Sdk.Generators.Validation;

/// <summary>
/// The spec's "All Variable Usages Are Allowed" check. GraphQL.NET 8.8.5's VariablesInAllowedPosition rule does not
/// fire (`$id: ID!` or even `$id: Int!` passed to `position(id: String!)` validates clean, while
/// the live Hireflix API rejects it), so this one rule is checked here after DocumentValidator passes. It walks
/// the unit document with the schema index: every variable in an argument, input-object field or list item.
/// </summary>
internal static class VariableUsageCheck
{
    public static List<DiagnosticInfo> Run(UnitDocument unit, SchemaIndex schema)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var operation = unit.Document.Definitions.OfType<GraphQLOperationDefinition>().FirstOrDefault();
        if (operation is null)
        {
            return diagnostics;
        }

        var variables = new Dictionary<string, GraphQLVariableDefinition>();
        if (operation.Variables is not null)
        {
            foreach (var definition in operation.Variables.Items)
            {
                variables[definition.Variable.Name.StringValue] = definition;
            }
        }

        var rootType = operation.Operation == OperationType.Mutation ? schema.MutationType : schema.QueryType;
        var walker = new Walker(unit, schema, variables, diagnostics);
        walker.Walk(operation.SelectionSet, schema.Find(rootType));
        foreach (var fragment in unit.Document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            walker.Walk(fragment.SelectionSet, schema.Find(fragment.TypeCondition.Type.Name.StringValue));
        }

        return diagnostics;
    }

    private sealed class Walker(UnitDocument unit, SchemaIndex schema, Dictionary<string, GraphQLVariableDefinition> variables, List<DiagnosticInfo> diagnostics)
    {
        public void Walk(GraphQLSelectionSet? set, SchemaType? parent)
        {
            if (set is null || parent is null)
            {
                return;
            }

            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        var definition = parent.GetField(field.Name.StringValue);
                        if (definition is null)
                        {
                            continue;
                        }

                        if (field.Arguments is not null)
                        {
                            foreach (var argument in field.Arguments.Items)
                            {
                                if (definition.GetArgument(argument.Name.StringValue) is { } argumentDefinition)
                                {
                                    Check(argument.Value, argumentDefinition.Type, argumentDefinition.HasDefault, field.Name.StringValue);
                                }
                            }
                        }

                        Walk(field.SelectionSet, schema.Find(Mapping.TypeMapper.NamedType(definition.Type)));
                        break;
                    case GraphQLInlineFragment inline:
                        Walk(inline.SelectionSet, inline.TypeCondition is null ? parent : schema.Find(inline.TypeCondition.Type.Name.StringValue));
                        break;
                }
            }
        }

        private void Check(GraphQLValue value, GraphQLType expected, bool locationHasDefault, string fieldName)
        {
            switch (value)
            {
                case GraphQLVariable variable:
                    if (variables.TryGetValue(variable.Name.StringValue, out var definition) &&
                        !Allowed(definition.Type, definition.DefaultValue is not null, expected, locationHasDefault))
                    {
                        diagnostics.Add(new DiagnosticInfo(
                            DiagnosticRule.ValidationError,
                            $"Variable '${variable.Name.StringValue}' of type '{Print(definition.Type)}' used in {fieldName} expecting type '{Print(expected)}'.",
                            unit.MapOffset(variable.Location.Start)));
                    }

                    break;
                case GraphQLListValue list when Unwrap(expected) is GraphQLListType listType && list.Values is not null:
                    foreach (var item in list.Values)
                    {
                        Check(item, listType.Type, false, fieldName);
                    }

                    break;
                case GraphQLObjectValue obj when schema.Find(Mapping.TypeMapper.NamedType(expected)) is { Kind: SchemaTypeKind.InputObject } input && obj.Fields is not null:
                    foreach (var field in obj.Fields)
                    {
                        if (input.GetField(field.Name.StringValue) is { } inputField)
                        {
                            Check(field.Value, inputField.Type, inputField.HasDefault, fieldName);
                        }
                    }

                    break;
            }
        }

        private static GraphQLType Unwrap(GraphQLType type) => type is GraphQLNonNullType nonNull ? nonNull.Type : type;

        /// <summary>Spec 5.8.5 IsVariableUsageAllowed / AreTypesCompatible.</summary>
        private static bool Allowed(GraphQLType variableType, bool variableHasDefault, GraphQLType locationType, bool locationHasDefault)
        {
            if (locationType is GraphQLNonNullType nonNullLocation && variableType is not GraphQLNonNullType)
            {
                return (variableHasDefault || locationHasDefault) && Compatible(variableType, nonNullLocation.Type);
            }

            return Compatible(variableType, locationType);
        }

        private static bool Compatible(GraphQLType variableType, GraphQLType locationType)
        {
            if (locationType is GraphQLNonNullType nonNullLocation)
            {
                return variableType is GraphQLNonNullType nonNullVariable && Compatible(nonNullVariable.Type, nonNullLocation.Type);
            }

            if (variableType is GraphQLNonNullType nonNull)
            {
                return Compatible(nonNull.Type, locationType);
            }

            if (locationType is GraphQLListType listLocation)
            {
                return variableType is GraphQLListType listVariable && Compatible(listVariable.Type, listLocation.Type);
            }

            return variableType is not GraphQLListType &&
                Mapping.TypeMapper.NamedType(variableType) == Mapping.TypeMapper.NamedType(locationType);
        }

        private static string Print(GraphQLType type) => type switch
        {
            GraphQLNonNullType nonNull => Print(nonNull.Type) + "!",
            GraphQLListType list => "[" + Print(list.Type) + "]",
            _ => Mapping.TypeMapper.NamedType(type),
        };
    }
}
