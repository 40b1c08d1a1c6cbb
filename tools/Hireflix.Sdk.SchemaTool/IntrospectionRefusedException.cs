namespace Hireflix.Sdk.SchemaTool;

/// <summary>The endpoint answered, but not with a schema: a bad key, introspection disabled, or a non-GraphQL body.</summary>
internal sealed class IntrospectionRefusedException(string message) : InvalidOperationException(message);
