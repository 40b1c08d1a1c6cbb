using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Hireflix.Sdk.Generators.Tests.Infrastructure;

/// <summary>An AdditionalFiles item held in memory, with the GraphQLRole metadata the SDK project sets.</summary>
internal sealed class InMemoryAdditionalText(string path, string text, string role) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public string Role { get; } = role;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    public static InMemoryAdditionalText Schema(string text, string path = "/repo/schema/hireflix.graphql") => new(path, text, "Schema");

    public static InMemoryAdditionalText Operations(string path, string text) => new(path, text, "Operations");
}
