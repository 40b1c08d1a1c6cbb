using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Hireflix.Sdk.Testing.Internal.Http;
using Hireflix.Sdk.Testing.Internal.Schema;

namespace Hireflix.Sdk.SchemaTool;

/// <summary>The verdict on one operation: no differences means the live schema accepts its document.</summary>
internal sealed record OperationCheckResult(string Name, string Kind, IReadOnlyList<string> Differences)
{
    public bool Ok => Differences.Count == 0;
}

/// <summary>
/// Validates wire documents against a schema with the spec's rules (plus the live server's ID-is-not-String rule),
/// wording each rejection as graphql-js does. Variable values are not part of the check: none are sent.
/// </summary>
internal static class OperationChecker
{
    private static readonly IValidationRule[] Rules = [.. DocumentValidator.CoreRules, IdIsNotStringRule.Instance];

    public static async Task<IReadOnlyList<OperationCheckResult>> CheckAsync(
        ISchema schema, IEnumerable<(string Name, string Kind, string Document)> operations, CancellationToken cancellationToken)
    {
        var validator = new DocumentValidator();
        var results = new List<OperationCheckResult>();
        foreach (var (name, kind, text) in operations)
        {
            results.Add(new OperationCheckResult(name, kind, await DifferencesAsync(validator, schema, text, cancellationToken)));
        }

        return results;
    }

    private static async Task<IReadOnlyList<string>> DifferencesAsync(DocumentValidator validator, ISchema schema, string text, CancellationToken cancellationToken)
    {
        GraphQLParser.AST.GraphQLDocument document;
        try
        {
            document = GraphQLParser.Parser.Parse(text);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException e)
        {
            return [$"the document does not parse: {e.Message}"];
        }

        var operation = document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().FirstOrDefault();
        if (operation is null)
        {
            return ["the document holds no operation"];
        }

        var result = await validator.ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = Rules,
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            Metrics = GraphQL.Instrumentation.Metrics.None,
            UserContext = new Dictionary<string, object?>(),
            CancellationToken = cancellationToken,
        });

        // Missing variable values are ours to leave out; only the document's names and types are checked.
        return [.. result.Errors.Where(e => e is not InvalidVariableError).Select(e => GraphQLJsValidationErrors.DoubleQuoted(e.Message)).Distinct()];
    }
}
