using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Hireflix.Sdk.Testing.Internal.Schema;

/// <summary>
/// GraphQL.NET lets an <c>ID</c> variable flow into a <c>String</c> argument; the real server (graphql-js) does not,
/// answering <c>Variable "$id" of type "ID!" used in position expecting type "String!".</c> (seen live). This rule
/// restores the spec's behaviour for <c>ID</c> variables, with graphql-js's wording.
/// </summary>
internal sealed class IdIsNotStringRule : ValidationRuleBase
{
    public static readonly IdIsNotStringRule Instance = new();

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLOperationDefinition>(leave: (operation, context) =>
    {
        if (operation.Variables is null)
        {
            return;
        }

        var usages = context.GetRecursiveVariables(operation);
        foreach (var definition in operation.Variables)
        {
            if (NamedType(definition.Type) != "ID")
            {
                continue;
            }

            foreach (var usage in usages ?? [])
            {
                if (usage.Node.Name.Value == definition.Variable.Name.Value && usage.Type.GetNamedType().Name != "ID")
                {
                    var message = $"Variable \"${definition.Variable.Name.StringValue}\" of type \"{Print(definition.Type)}\" used in position expecting type \"{usage.Type}\".";
                    context.ReportError(new ValidationError(context.Document.Source, "5.8.5", message, definition, usage.Node)
                    {
                        Code = "VARIABLES_IN_ALLOWED_POSITION",
                    });
                }
            }
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Visitor);

    private static string NamedType(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NamedType(nonNull.Type),
        GraphQLListType list => NamedType(list.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => string.Empty,
    };

    private static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Print(nonNull.Type) + "!",
        GraphQLListType list => "[" + Print(list.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => string.Empty,
    };
}
