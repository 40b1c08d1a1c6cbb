using System.Text.RegularExpressions;

namespace Hireflix.Sdk.Transport;

/// <summary>What one validation error says is wrong with a document.</summary>
internal enum WireProblemKind
{
    /// <summary><c>Cannot query field "x" on type "Y"</c>: an output field the server lacks.</summary>
    UnknownField,

    /// <summary><c>Unknown type "X"</c>: a type condition or a variable type the server lacks.</summary>
    UnknownType,

    /// <summary><c>Fragment cannot be spread here as objects of type "Y" can never be of type "X"</c>.</summary>
    ImpossibleFragment,

    /// <summary>Arguments, input fields, variable types, required arguments: never dropped.</summary>
    Other,
}

/// <param name="Kind">What kind of problem it is.</param>
/// <param name="Name">The offending name (field, type, argument, input field or variable).</param>
/// <param name="Type">The type the server names with it (the server's own name), if any.</param>
/// <param name="Description">A description naming only schema names, never values.</param>
/// <param name="Column">The error's column when it is on line 1 (our documents are one line), for an exact match.</param>
internal sealed record WireProblem(WireProblemKind Kind, string Name, string? Type, string Description, int? Column);

/// <summary>
/// Reads GraphQL validation messages, in graphql-js wording (double quotes: the live server) and GraphQL.NET's
/// (single quotes: the offline fake). Only names are kept: messages about variable values can echo candidate data.
/// </summary>
internal static class WireErrorClassifier
{
    private const string Q = "[\"']";
    private const string Name = "([_A-Za-z][_0-9A-Za-z]*)";
    private const string TypeRef = "([\\[\\]!_0-9A-Za-z]+)";

    /// <summary>
    /// True when the errors say the document was rejected before execution: no <c>data</c>, and every error is a
    /// known validation message or carries a validation code.
    /// </summary>
    public static bool IsValidationFailure(IReadOnlyList<HireflixGraphQLError> errors) =>
        errors.Count > 0 && errors.All(e => Classify(e) is not null || IsValidationCode(e.Code));

    /// <summary>The problem one error names, or null when the message is not a recognised validation message.</summary>
    public static WireProblem? Classify(HireflixGraphQLError error)
    {
        var message = error.Message;
        int? column = error.Locations.Count > 0 && error.Locations[0].Line == 1 ? error.Locations[0].Column : null;
        Match match;
        if ((match = UnknownFieldPattern.Match(message)).Success)
        {
            var field = match.Groups[1].Value;
            var type = match.Groups[2].Value;
            return new WireProblem(WireProblemKind.UnknownField, field, type, $"field '{field}' on type '{type}'", column);
        }

        if ((match = ImpossibleFragmentPattern.Match(message)).Success)
        {
            var condition = match.Groups[2].Value;
            return new WireProblem(WireProblemKind.ImpossibleFragment, condition, match.Groups[1].Value, $"type condition '{condition}' cannot apply to '{match.Groups[1].Value}'", column);
        }

        if ((match = UnknownTypePattern.Match(message)).Success)
        {
            var type = match.Groups[1].Value;
            return new WireProblem(WireProblemKind.UnknownType, type, null, $"type '{type}'", column);
        }

        if ((match = VariableTypePattern.Match(message)).Success)
        {
            var variable = match.Groups[1].Value;
            return new WireProblem(WireProblemKind.Other, "$" + variable, match.Groups[3].Value, $"variable ${variable} is declared '{match.Groups[2].Value}' but Hireflix expects '{match.Groups[3].Value}'", column);
        }

        if ((match = UnknownArgumentPattern.Match(message)).Success)
        {
            var argument = match.Groups[1].Value;
            return new WireProblem(WireProblemKind.Other, argument, match.Groups[2].Value, $"argument '{argument}' on field '{match.Groups[2].Value}'", column);
        }

        if ((match = UnknownInputFieldPattern.Match(message)).Success)
        {
            // graphql-js prefixes this with the variable's whole value ("Variable "$input" got invalid value {…}"): names only.
            var field = match.Groups[1].Value;
            return new WireProblem(WireProblemKind.Other, field, match.Groups[2].Value, $"input field '{field}' on '{match.Groups[2].Value}'", column);
        }

        if ((match = UnrecognizedInputFieldsPattern.Match(message)).Success)
        {
            var fields = match.Groups[1].Value;
            return new WireProblem(WireProblemKind.Other, fields, match.Groups[2].Value, $"input field(s) '{fields}' on '{match.Groups[2].Value}'", column);
        }

        if ((match = RequiredArgumentPattern.Match(message)).Success)
        {
            var argument = match.Groups[1].Value;
            return new WireProblem(WireProblemKind.Other, argument, match.Groups[3].Value, $"required argument '{argument}' of field '{match.Groups[3].Value}' (type '{match.Groups[2].Value}') that the SDK does not send", column);
        }

        if ((match = LiteralTypePattern.Match(message)).Success)
        {
            // The offending value is one the SDK wrote into the document (e.g. score: null), never caller data; only the type is kept.
            var type = match.Groups[1].Value;
            return new WireProblem(WireProblemKind.Other, type, type, $"a value written into the document where Hireflix expects '{type}'", column);
        }

        if ((match = MissingArgumentPattern.Match(message)).Success)
        {
            var argument = match.Groups[2].Value;
            return new WireProblem(WireProblemKind.Other, argument, match.Groups[1].Value, $"required argument '{argument}' of field '{match.Groups[1].Value}' (type '{match.Groups[3].Value}') that the SDK does not send", column);
        }

        return null;
    }

    private static bool IsValidationCode(string? code) =>
        code is "GRAPHQL_VALIDATION_FAILED" or "FIELDS_ON_CORRECT_TYPE" or "KNOWN_TYPE_NAMES" or "KNOWN_ARGUMENT_NAMES"
            or "POSSIBLE_FRAGMENT_SPREADS" or "VARIABLES_IN_ALLOWED_POSITION" or "PROVIDED_REQUIRED_ARGUMENTS" or "ARGUMENTS_OF_CORRECT_TYPE";

    private static readonly Regex UnknownFieldPattern = new($"^Cannot query field {Q}{Name}{Q} on type {Q}{Name}{Q}", RegexOptions.CultureInvariant);

    private static readonly Regex UnknownTypePattern = new($"^Unknown type {Q}{Name}{Q}", RegexOptions.CultureInvariant);

    private static readonly Regex ImpossibleFragmentPattern = new($"^Fragment cannot be spread here as objects of type {Q}{Name}{Q} can never be of type {Q}{Name}{Q}", RegexOptions.CultureInvariant);

    private static readonly Regex VariableTypePattern = new($"^Variable {Q}\\${Name}{Q} of type {Q}{TypeRef}{Q} used in position expecting type {Q}{TypeRef}{Q}", RegexOptions.CultureInvariant);

    private static readonly Regex UnknownArgumentPattern = new($"^Unknown argument {Q}{Name}{Q} on field {Q}([_.0-9A-Za-z]+){Q}", RegexOptions.CultureInvariant);

    private static readonly Regex UnknownInputFieldPattern = new($"Field {Q}{Name}{Q} is not defined by type {Q}{Name}{Q}", RegexOptions.CultureInvariant);

    // GraphQL.NET's wordings of the same two problems.
    private static readonly Regex UnrecognizedInputFieldsPattern = new($"Unrecognized input fields {Q}([_, 0-9A-Za-z]+){Q} for type {Q}{Name}{Q}", RegexOptions.CultureInvariant);

    private static readonly Regex RequiredArgumentPattern = new($"^Argument {Q}{Name}{Q} of type {Q}{TypeRef}{Q} is required for field {Q}{Name}{Q}", RegexOptions.CultureInvariant);

    private static readonly Regex LiteralTypePattern = new($"Expected (?:value of )?type {Q}{TypeRef}{Q}, found", RegexOptions.CultureInvariant);

    private static readonly Regex MissingArgumentPattern = new($"^Field {Q}([_.0-9A-Za-z]+){Q} argument {Q}{Name}{Q} of type {Q}{TypeRef}{Q} is required", RegexOptions.CultureInvariant);
}
