using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Hireflix.Sdk.Testing.Internal.Schema;

/// <summary>
/// <c>scalar Timestamp</c>: epoch milliseconds written as a JSON number, as every date the real API returns
/// (e.g. <c>1758806647378</c>, too large for GraphQL <c>Int</c>).
/// </summary>
internal sealed class TimestampGraphType : ScalarGraphType
{
    public TimestampGraphType()
    {
        Name = "Timestamp";
        Description = "Epoch milliseconds.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLIntValue i => long.Parse(i.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture),
        GraphQLFloatValue f => (long)double.Parse(f.Value.Span, NumberStyles.Float, CultureInfo.InvariantCulture),
        GraphQLStringValue s when long.TryParse(s.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) => ms,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        long l => l,
        int i => (long)i,
        double d => (long)d,
        decimal m => (long)m,
        System.Numerics.BigInteger b => (long)b,
        string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) => ms,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        long l => l,
        int i => (long)i,
        DateTimeOffset d => d.ToUnixTimeMilliseconds(),
        _ => ThrowSerializationError(value),
    };
}
