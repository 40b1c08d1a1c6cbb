namespace Hireflix.Sdk;

/// <summary>One entry of a GraphQL <c>errors</c> array. Every member but <see cref="Message"/> is optional on the wire.</summary>
public sealed class HireflixGraphQLError
{
    /// <summary>The error message the server gave.</summary>
    public required string Message { get; init; }

    /// <summary>The response path the error belongs to (field names and list indexes), if given.</summary>
    public IReadOnlyList<string> Path { get; init; } = [];

    /// <summary><c>extensions.code</c>, if given (e.g. <c>GRAPHQL_VALIDATION_FAILED</c> or <c>409</c>).</summary>
    public string? Code { get; init; }

    /// <summary>Line and column pairs in the document, if given.</summary>
    public IReadOnlyList<(int Line, int Column)> Locations { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => Code is null ? Message : $"{Message} ({Code})";
}
