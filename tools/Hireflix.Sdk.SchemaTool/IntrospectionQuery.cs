namespace Hireflix.Sdk.SchemaTool;

/// <summary>The standard introspection query: every type with its fields, arguments, inputs, interfaces, enum values and union members.</summary>
internal static class IntrospectionQuery
{
    public const string Text = """
        query IntrospectSchema {
          __schema {
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...TypeDetails }
          }
        }

        fragment TypeDetails on __Type {
          kind
          name
          description
          fields(includeDeprecated: true) {
            name
            description
            args { ...Argument }
            type { ...TypeReference }
            isDeprecated
            deprecationReason
          }
          inputFields { ...Argument }
          interfaces { ...TypeReference }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeReference }
        }

        fragment Argument on __InputValue {
          name
          description
          type { ...TypeReference }
          defaultValue
        }

        fragment TypeReference on __Type {
          kind
          name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
