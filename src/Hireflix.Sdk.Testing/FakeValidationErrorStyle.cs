namespace Hireflix.Sdk.Testing;

/// <summary>How the fake words and sends GraphQL validation failures (a document the schema rejects).</summary>
public enum FakeValidationErrorStyle
{
    /// <summary>
    /// GraphQL.NET's own: single-quoted names (<c>Cannot query field 'x' on type 'Y'.</c>), HTTP 200, GraphQL.NET's
    /// <c>extensions</c> (<c>code</c>, <c>codes</c>, <c>number</c>).
    /// </summary>
    GraphQLNet = 0,

    /// <summary>
    /// What the live graphql-js server sends: double-quoted names (<c>Cannot query field "x" on type "Y".</c>,
    /// <c>Unknown type "X".</c>), HTTP 400, <c>extensions.code: "GRAPHQL_VALIDATION_FAILED"</c> (variable values that
    /// cannot be coerced: <c>"BAD_USER_INPUT"</c>), <c>locations</c> kept.
    /// </summary>
    GraphQLJs = 1,
}
