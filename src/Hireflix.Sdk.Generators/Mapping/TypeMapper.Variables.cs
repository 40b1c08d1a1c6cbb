using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using Hireflix.Sdk.Generators.Pipeline;
using Hireflix.Sdk.Generators.Validation;

namespace Hireflix.Sdk.Generators.Mapping;

/// <summary>Operation variables: their C# shapes, and the enums and input types they need.</summary>
internal sealed partial class TypeMapper
{
    public EquatableArray<VariableModel> MapVariables(GraphQLOperationDefinition operation, HashSet<string> reserved)
    {
        var variables = new List<VariableModel>();
        if (operation.Variables is null)
        {
            return EquatableArray<VariableModel>.Empty;
        }

        foreach (var definition in operation.Variables.Items)
        {
            var name = definition.Variable.Name.StringValue;
            var leaf = InputLeaf(definition.Type, definition);
            if (leaf is null)
            {
                continue;
            }

            var shape = Wrap(definition.Type, leaf);

            // A default value makes the variable optional for the caller: null means "let the server use the default".
            var required = !shape.Nullable && definition.DefaultValue is null;
            if (!required)
            {
                shape = shape with { Nullable = true };
            }

            var propertyName = Naming.Pascal(name);
            if (!reserved.Add(propertyName))
            {
                Report(definition, $"The variable '${name}' maps to the property '{propertyName}', which clashes with another member of the operation class; rename the variable.");
                continue;
            }

            variables.Add(new VariableModel(name, propertyName, shape, required, $"The <c>${Xml(name)}</c> variable."));
        }

        return variables.ToEquatableArray();
    }


    private TypeShape? InputLeaf(GraphQLType graphQLType, ASTNode node)
    {
        var named = NamedType(graphQLType);
        var type = _schema.Find(named);
        switch (type?.Kind)
        {
            case SchemaTypeKind.Scalar when SupportedScalars.Contains(named):
                return new TypeShape(ShapeKind.Scalar, named, true, null);
            case SchemaTypeKind.Scalar:
                Report(node, $"The custom scalar '{named}' has no C# mapping; only Timestamp and JSON are supported.");
                return null;
            case SchemaTypeKind.Enum:
                Enums.Add(named);
                return new TypeShape(ShapeKind.Enum, named, true, null);
            case SchemaTypeKind.InputObject:
                return AddInput(type, node) ? new TypeShape(ShapeKind.Input, named, true, null) : null;
            default:
                Failed = true;
                return null;
        }
    }

    /// <summary>Registers an input type and everything its fields need (enums, nested inputs).</summary>
    private bool AddInput(SchemaType type, ASTNode node)
    {
        if (!Inputs.Add(type.Name))
        {
            return true;
        }

        foreach (var field in type.Fields)
        {
            if (InputLeaf(field.Type, node) is null)
            {
                return false;
            }
        }

        return true;
    }
}
