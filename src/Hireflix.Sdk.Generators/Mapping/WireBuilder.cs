using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using GraphQLParser.AST;
using Hireflix.Sdk.Generators.Pipeline;
using Hireflix.Sdk.Generators.Validation;

namespace Hireflix.Sdk.Generators.Mapping;

/// <summary>
/// Builds the document the SDK sends from a validated operation: named fragments are inlined (their type conditions
/// are our guesses and a server rejects the whole document for one unknown type name), inline fragments remain only
/// where a union or interface needs them, and <c>@literal</c> enum variables are written as values. Every name sent
/// is recorded with its evidence tier. The text is compact, on one line, so a server's error location (line 1,
/// column n) points straight at the selection at offset n-1; the SDK's runtime printer produces the same text.
/// </summary>
internal sealed class WireBuilder
{
    private readonly SchemaIndex _schema;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments;
    private readonly IReadOnlyDictionary<string, string> _literals;

    private readonly IReadOnlyDictionary<GraphQLField, string> _memberNames;

    public WireBuilder(SchemaIndex schema, GraphQLDocument document, IReadOnlyDictionary<string, string> literals, IReadOnlyDictionary<GraphQLField, string> memberNames)
    {
        _schema = schema;
        _literals = literals;
        _memberNames = memberNames;
        _fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue);
    }

    /// <summary>Every name sent, with the node it comes from (for diagnostics at the .graphql position).</summary>
    public List<(WireName Name, ASTNode Node)> Names { get; } = new();

    public string Header(GraphQLOperationDefinition operation)
    {
        var builder = new StringBuilder();
        builder.Append(operation.Operation == OperationType.Mutation ? "mutation" : "query");
        if (operation.Name is { } name)
        {
            builder.Append(' ').Append(name.StringValue);
        }

        var variables = operation.Variables?.Items.Where(v => !_literals.ContainsKey(v.Variable.Name.StringValue)).ToList() ?? new List<GraphQLVariableDefinition>();
        if (variables.Count > 0)
        {
            builder.Append('(');
            for (var i = 0; i < variables.Count; i++)
            {
                var variable = variables[i];
                if (i > 0)
                {
                    builder.Append(',');
                }

                builder.Append('$').Append(variable.Variable.Name.StringValue).Append(':');
                AppendType(builder, variable.Type);
                if (variable.DefaultValue is { } defaultValue)
                {
                    builder.Append('=');
                    AppendValue(builder, defaultValue);
                }

                AppendDirectives(builder, variable.Directives);
                RecordVariableType(variable);
            }

            builder.Append(')');
        }

        AppendDirectives(builder, operation.Directives);
        return builder.ToString();
    }

    public List<WireNode> Selections(GraphQLSelectionSet set, SchemaType parent, string owner, bool root)
    {
        var nodes = new List<WireNode>();
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    nodes.Add(Field(field, parent, owner, root));
                    break;
                case GraphQLFragmentSpread spread:
                    var fragment = _fragments[spread.FragmentName.Name.StringValue];
                    var model = Naming.Pascal(fragment.FragmentName.Name.StringValue);
                    nodes.AddRange(Conditional(fragment.TypeCondition.Type.Name.StringValue, fragment.SelectionSet, parent, model, spread, root));
                    break;
                case GraphQLInlineFragment inline:
                    var condition = inline.TypeCondition?.Type.Name.StringValue ?? parent.Name;
                    if (inline.Directives is { Count: > 0 })
                    {
                        // Directives (@include/@skip) must stay on the fragment: keep it, without a type condition when none is needed.
                        var head = new StringBuilder(condition == parent.Name ? "..." : "... on " + condition);
                        AppendDirectives(head, inline.Directives);
                        var inner = _schema.Find(condition) ?? parent;
                        var children = Selections(inline.SelectionSet, inner, owner, root);
                        nodes.Add(new WireNode(true, head.ToString(), condition, string.Empty, owner, false, children.ToEquatableArray()));
                    }
                    else
                    {
                        nodes.AddRange(Conditional(condition, inline.SelectionSet, parent, owner, inline, root));
                    }

                    break;
            }
        }

        // A leaf selected twice (by a fragment and by the selection building on it) is sent once: the answer has it once.
        var printed = new HashSet<string>();
        nodes.RemoveAll(n => !n.IsFragment && n.Children.Count == 0 && !printed.Add(n.Head));
        return nodes;
    }

    public static string Print(string header, IEnumerable<WireNode> nodes)
    {
        var builder = new StringBuilder(header);
        AppendSet(builder, nodes);
        return builder.ToString();
    }

    /// <summary>Selections under a type condition: merged into the parent when it always applies, else `... on T`.</summary>
    private IEnumerable<WireNode> Conditional(string condition, GraphQLSelectionSet set, SchemaType parent, string owner, ASTNode node, bool root)
    {
        var type = _schema.Find(condition);
        if (type is null || condition == parent.Name || !parent.IsAbstract)
        {
            // In an object context every validated condition applies: its fields are the object's own.
            return Selections(set, parent, owner, root);
        }

        var memberOwner = owner.EndsWith("." + Naming.Pascal(condition)) ? owner : owner + "." + Naming.Pascal(condition);
        var children = Selections(set, type, memberOwner, root);

        // An error member whose every field is optional can be pruned: its objects then read as the Unknown member.
        // A success member never is (e.g. `MutationArchivePositionSuccess { data }`): pruning it would let the mutation run
        // and then report an Unknown result, so a server lacking it is a schema mismatch. Hireflix names every error `…Error`.
        var prunable = condition.EndsWith("Error", System.StringComparison.Ordinal) && children.All(c => c.Prunable || c.FieldName == "__typename");
        Names.Add((new WireName("type condition", condition, type.Tier, prunable), node));
        return new[] { new WireNode(true, "... on " + condition, condition, string.Empty, memberOwner, prunable, children.ToEquatableArray()) };
    }

    private WireNode Field(GraphQLField field, SchemaType parent, string owner, bool root)
    {
        var name = field.Name.StringValue;
        var responseName = (field.Alias?.Name ?? field.Name).StringValue;
        var head = new StringBuilder();
        if (field.Alias is { } alias)
        {
            head.Append(alias.Name.StringValue).Append(':');
        }

        head.Append(name);
        // The model member named in a pruning warning: the one @member chose, if any.
        var member = owner + "." + (_memberNames.TryGetValue(field, out var memberName) ? memberName : Naming.Pascal(responseName));
        if (name == "__typename")
        {
            return new WireNode(false, head.ToString(), parent.Name, name, member, false, EquatableArray<WireNode>.Empty);
        }

        var definition = parent.GetField(name)!;
        var hasArguments = field.Arguments is { Count: > 0 };
        if (hasArguments)
        {
            head.Append('(');
            var first = true;
            foreach (var argument in field.Arguments!.Items)
            {
                if (!first)
                {
                    head.Append(',');
                }

                first = false;
                head.Append(argument.Name.StringValue).Append(':');
                AppendValue(head, argument.Value);
                var argumentDefinition = definition.GetArgument(argument.Name.StringValue);
                Names.Add((new WireName("argument", $"{parent.Name}.{name}({argument.Name.StringValue}:)", argumentDefinition?.Tier ?? Evidence.Inferred, false), argument));
                if (argumentDefinition is not null)
                {
                    RecordValue(argument.Value, argumentDefinition.Type, argument);
                }
            }

            head.Append(')');
        }

        AppendDirectives(head, field.Directives);

        // Arguments are never dropped (a mutation without its argument is another mutation); root fields are the operation.
        var prunable = !root && !hasArguments && definition.Type is not GraphQLNonNullType;
        Names.Add((new WireName("field", $"{parent.Name}.{name}", definition.Tier, prunable), field));

        var children = EquatableArray<WireNode>.Empty;
        if (field.SelectionSet is { } set && _schema.Find(TypeMapper.NamedType(definition.Type)) is { } childType)
        {
            children = Selections(set, childType, member, root: false).ToEquatableArray();
        }

        return new WireNode(false, head.ToString(), parent.Name, name, member, prunable, children);
    }

    private void RecordVariableType(GraphQLVariableDefinition variable)
    {
        var typeName = TypeMapper.NamedType(variable.Type);
        var type = _schema.Find(typeName);
        Names.Add((new WireName("variable type", typeName, type?.Tier ?? Evidence.Inferred, false), variable));
        if (type is { Kind: SchemaTypeKind.InputObject })
        {
            RecordInputFields(type, variable, optional: false, new HashSet<string>());
        }
    }

    /// <summary>An input object variable sends its fields as JSON; the writer omits null ones, so those are optional.</summary>
    private void RecordInputFields(SchemaType type, ASTNode node, bool optional, HashSet<string> visiting)
    {
        if (!visiting.Add(type.Name))
        {
            return;
        }

        foreach (var field in type.Fields)
        {
            var fieldOptional = optional || field.Type is not GraphQLNonNullType;
            Names.Add((new WireName("input field", $"{type.Name}.{field.Name}", field.Tier, fieldOptional), node));
            if (_schema.Find(TypeMapper.NamedType(field.Type)) is { Kind: SchemaTypeKind.InputObject } nested)
            {
                RecordInputFields(nested, node, fieldOptional, visiting);
            }
        }

        visiting.Remove(type.Name);
    }

    private void RecordValue(GraphQLValue value, GraphQLType type, ASTNode node)
    {
        var named = _schema.Find(TypeMapper.NamedType(type));
        switch (value)
        {
            case GraphQLVariable variable when _literals.TryGetValue(variable.Name.StringValue, out var literal) && named is { Kind: SchemaTypeKind.Enum }:
                Names.Add((new WireName("enum value", $"{named.Name}.{literal}", Tier(named, literal), false), node));
                break;
            case GraphQLEnumValue enumValue when named is { Kind: SchemaTypeKind.Enum }:
                Names.Add((new WireName("enum value", $"{named.Name}.{enumValue.Name.StringValue}", Tier(named, enumValue.Name.StringValue), false), enumValue));
                break;
            case GraphQLListValue list:
                var itemType = Unwrap(type) is GraphQLListType listType ? listType.Type : type;
                foreach (var item in list.Values ?? new List<GraphQLValue>())
                {
                    RecordValue(item, itemType, item);
                }

                break;
            case GraphQLObjectValue obj when named is { Kind: SchemaTypeKind.InputObject }:
                foreach (var field in obj.Fields ?? new List<GraphQLObjectField>())
                {
                    var definition = named.GetField(field.Name.StringValue);
                    Names.Add((new WireName("input field", $"{named.Name}.{field.Name.StringValue}", definition?.Tier ?? Evidence.Inferred, false), field));
                    if (definition is not null)
                    {
                        RecordValue(field.Value, definition.Type, field);
                    }
                }

                break;
        }
    }

    private static string Tier(SchemaType enumType, string value) =>
        enumType.EnumValueTiers.TryGetValue(value, out var tier) ? tier : Evidence.Inferred;

    private static GraphQLType Unwrap(GraphQLType type) => type is GraphQLNonNullType nonNull ? nonNull.Type : type;

    private static void AppendSet(StringBuilder builder, IEnumerable<WireNode> nodes)
    {
        builder.Append('{');
        var first = true;
        foreach (var node in nodes)
        {
            if (!first)
            {
                builder.Append(' ');
            }

            first = false;
            builder.Append(node.Head);
            if (node.Children.Count > 0)
            {
                AppendSet(builder, node.Children);
            }
        }

        builder.Append('}');
    }

    private static void AppendType(StringBuilder builder, GraphQLType type)
    {
        switch (type)
        {
            case GraphQLNonNullType nonNull:
                AppendType(builder, nonNull.Type);
                builder.Append('!');
                break;
            case GraphQLListType list:
                builder.Append('[');
                AppendType(builder, list.Type);
                builder.Append(']');
                break;
            case GraphQLNamedType named:
                builder.Append(named.Name.StringValue);
                break;
        }
    }

    private void AppendDirectives(StringBuilder builder, GraphQLDirectives? directives)
    {
        if (directives is null)
        {
            return;
        }

        foreach (var directive in directives.Items)
        {
            builder.Append('@').Append(directive.Name.StringValue);
            if (directive.Arguments is { Count: > 0 } arguments)
            {
                builder.Append('(');
                for (var i = 0; i < arguments.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    builder.Append(arguments.Items[i].Name.StringValue).Append(':');
                    AppendValue(builder, arguments.Items[i].Value);
                }

                builder.Append(')');
            }
        }
    }

    private void AppendValue(StringBuilder builder, GraphQLValue value)
    {
        switch (value)
        {
            case GraphQLVariable variable:
                builder.Append(_literals.TryGetValue(variable.Name.StringValue, out var literal) ? literal : "$" + variable.Name.StringValue);
                break;
            case GraphQLIntValue integer:
                builder.Append(integer.Value.ToString());
                break;
            case GraphQLFloatValue number:
                builder.Append(number.Value.ToString());
                break;
            case GraphQLStringValue text:
                AppendString(builder, text.Value.ToString());
                break;
            case GraphQLBooleanValue boolean:
                builder.Append(boolean.BoolValue ? "true" : "false");
                break;
            case GraphQLNullValue:
                builder.Append("null");
                break;
            case GraphQLEnumValue enumValue:
                builder.Append(enumValue.Name.StringValue);
                break;
            case GraphQLListValue list:
                builder.Append('[');
                var firstItem = true;
                foreach (var item in list.Values ?? new List<GraphQLValue>())
                {
                    if (!firstItem)
                    {
                        builder.Append(',');
                    }

                    firstItem = false;
                    AppendValue(builder, item);
                }

                builder.Append(']');
                break;
            case GraphQLObjectValue obj:
                builder.Append('{');
                var firstField = true;
                foreach (var field in obj.Fields ?? new List<GraphQLObjectField>())
                {
                    if (!firstField)
                    {
                        builder.Append(',');
                    }

                    firstField = false;
                    builder.Append(field.Name.StringValue).Append(':');
                    AppendValue(builder, field.Value);
                }

                builder.Append('}');
                break;
        }
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
