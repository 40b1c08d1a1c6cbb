using GraphQLParser.AST;

namespace Hireflix.Sdk.Generators.Validation;

/// <summary>
/// Evidence tiers of schema names, read from <c>@evidence(tier: …)</c> on the SDL. A GraphQL server rejects a whole
/// document for one unknown name, so the generator must know which names the SDK may put on the wire.
/// Strength: DOCS, WIRE, RAN (proven), then WRAPPER (plausible), then INFERRED (our guess). Built-in scalars are
/// part of every GraphQL server and count as proven.
/// </summary>
internal static class Evidence
{
    public const string Directive = "evidence";
    public const string BuiltIn = "BUILT-IN";
    public const string Docs = "DOCS";
    public const string Wire = "WIRE";
    public const string Ran = "RAN";
    public const string Wrapper = "WRAPPER";
    public const string Inferred = "INFERRED";

    /// <summary>An untagged name is a guess until someone shows otherwise.</summary>
    public static string Of(GraphQLDirectives? directives)
    {
        if (directives is null)
        {
            return Inferred;
        }

        foreach (var directive in directives.Items)
        {
            if (directive.Name.StringValue != Directive || directive.Arguments is null)
            {
                continue;
            }

            foreach (var argument in directive.Arguments.Items)
            {
                if (argument.Name.StringValue == "tier" && argument.Value is GraphQLEnumValue value)
                {
                    return value.Name.StringValue;
                }
            }
        }

        return Inferred;
    }

    public static bool IsProven(string tier) => tier is BuiltIn or Docs or Wire or Ran;
}
