using System.Collections.Generic;
using System.Linq;
using GraphQLParser.AST;
using Hireflix.Sdk.Generators.Pipeline;
using Hireflix.Sdk.Generators.Validation;

namespace Hireflix.Sdk.Generators.Mapping;

/// <summary>
/// <c>archived @member(name: "ArchivedAt")</c>: the model member a field fills, when its GraphQL name would make a poor
/// C# one. Unlike an alias it changes nothing on the wire (the response keeps the field's name), and only this generator
/// knows the directive, so it is removed before validation and never sent.
/// </summary>
internal static class MemberDirective
{
    public const string Name = "member";

    /// <summary>Removes every <c>@member</c> of the document's fields and returns the member name each one gave.</summary>
    public static Dictionary<GraphQLField, string> Take(GraphQLDocument document, UnitDocument unit, List<DiagnosticInfo> diagnostics)
    {
        var names = new Dictionary<GraphQLField, string>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    Walk(operation.SelectionSet, names, unit, diagnostics);
                    break;
                case GraphQLFragmentDefinition fragment:
                    Walk(fragment.SelectionSet, names, unit, diagnostics);
                    break;
            }
        }

        return names;
    }

    private static void Walk(GraphQLSelectionSet? set, Dictionary<GraphQLField, string> names, UnitDocument unit, List<DiagnosticInfo> diagnostics)
    {
        if (set is null)
        {
            return;
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    TakeFrom(field, names, unit, diagnostics);
                    Walk(field.SelectionSet, names, unit, diagnostics);
                    break;
                case GraphQLInlineFragment inline:
                    Walk(inline.SelectionSet, names, unit, diagnostics);
                    break;
            }
        }
    }

    private static void TakeFrom(GraphQLField field, Dictionary<GraphQLField, string> names, UnitDocument unit, List<DiagnosticInfo> diagnostics)
    {
        var directive = field.Directives?.Items.FirstOrDefault(d => d.Name.StringValue == Name);
        if (directive is null)
        {
            return;
        }

        field.Directives!.Items.Remove(directive);
        if (field.Directives.Items.Count == 0)
        {
            field.Directives = null;
        }

        var argument = directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "name");
        if (argument?.Value is GraphQLStringValue { Value: var value } && IsIdentifier(value.ToString()))
        {
            names[field] = value.ToString();
            return;
        }

        diagnostics.Add(new DiagnosticInfo(DiagnosticRule.Unsupported, "@member needs name: \"ACSharpName\" (a letter, then letters or digits).", unit.MapOffset(directive.Location.Start)));
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && char.IsLetter(name[0]) && name.All(c => char.IsLetterOrDigit(c) || c == '_');
}
