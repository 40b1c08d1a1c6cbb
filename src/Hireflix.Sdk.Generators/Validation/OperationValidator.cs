using System.Collections.Generic;
using System.Linq;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Hireflix.Sdk.Generators.Pipeline;

namespace Hireflix.Sdk.Generators.Validation;

/// <summary>
/// Runs GraphQL.NET's spec-complete DocumentValidator on one unit document (operation + its fragments) and
/// turns each error into an HFX002 at the file position of the offending node.
/// </summary>
internal static class OperationValidator
{
    private static readonly DocumentValidator Validator = new();

    public static List<DiagnosticInfo> Validate(UnitDocument unit, SchemaHandle schema, DefinitionSource root)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var operation = unit.Document.Definitions.OfType<GraphQLOperationDefinition>().FirstOrDefault();
        var options = new ValidationOptions
        {
            Schema = schema.Schema!,
            Document = unit.Document,
            Operation = operation!,

            // Quirk 4: values are checked too; with no values every non-null variable "is missing". Those
            // InvalidVariableErrors are about run-time input, not the document, and are dropped below.
            Variables = Inputs.Empty,
        };

        IValidationResult result;
        try
        {
            result = Validator.ValidateAsync(options).GetAwaiter().GetResult();
        }
        catch (System.Exception ex)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticRule.ValidationError, "GraphQL validation failed: " + ex.Message, root.NameSpan));
            return diagnostics;
        }

        foreach (var error in result.Errors)
        {
            if (error is InvalidVariableError)
            {
                continue;
            }

            diagnostics.Add(new DiagnosticInfo(DiagnosticRule.ValidationError, error.Message, Locate(unit, error) ?? root.NameSpan));
        }

        return diagnostics;
    }

    /// <summary>Validates a document given as text (the generated wire documents); returns the error messages.</summary>
    public static List<string> ValidateText(string text, SchemaHandle schema)
    {
        var messages = new List<string>();
        try
        {
            var document = GraphQLParser.Parser.Parse(text);
            var options = new ValidationOptions
            {
                Schema = schema.Schema!,
                Document = document,
                Operation = document.Definitions.OfType<GraphQLOperationDefinition>().First(),
                Variables = Inputs.Empty,
            };
            var result = Validator.ValidateAsync(options).GetAwaiter().GetResult();
            messages.AddRange(result.Errors.Where(e => e is not InvalidVariableError).Select(e => e.Message));
        }
        catch (System.Exception ex)
        {
            messages.Add(ex.Message);
        }

        return messages;
    }

    private static SourceSpan? Locate(UnitDocument unit, ExecutionError error)
    {
        if (error is ValidationError validation && validation.Nodes.FirstOrDefault() is { } node)
        {
            return unit.MapOffset(node.Location.Start);
        }

        if (error.Locations is { Count: > 0 } locations)
        {
            return unit.MapLineColumn(locations[0].Line, locations[0].Column);
        }

        return null;
    }
}
