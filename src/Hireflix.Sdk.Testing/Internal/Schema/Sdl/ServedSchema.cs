using GraphQLParser.AST;

namespace Hireflix.Sdk.Testing.Internal.Schema.Sdl;

/// <summary>
/// The SDL the fake serves: the checked-in schema with the options' drifts and projection applied, dangling references
/// pruned, renames applied and the evidence annotations stripped — plus the rename map resolvers must follow.
/// </summary>
internal sealed class ServedSchema
{
    private readonly Dictionary<string, string> _renames;

    private ServedSchema(GraphQLDocument document, Dictionary<string, string> renames)
    {
        Document = document;
        _renames = renames;
    }

    public GraphQLDocument Document { get; }

    public string Sdl => CheckedInSdl.Print(Document);

    /// <summary>The served name of a type known by its checked-in name.</summary>
    public string NameOf(string checkedInName) => _renames.GetValueOrDefault(checkedInName, checkedInName);

    public static ServedSchema Build(FakeSchemaOptions options)
    {
        var document = CheckedInSdl.Parse();
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);

        // Explicit drifts first, while every name is still the checked-in one; the projection reads the tags next.
        foreach (var drift in options.Drifts)
        {
            drift.Apply(document, renames);
        }

        if (options.MinimumEvidence is { } minimum)
        {
            EvidenceProjection.Apply(document, minimum, renames);
        }

        DanglingReferences.Remove(document);
        TypeRenamer.Apply(document, renames);
        EvidenceAnnotations.Strip(document);
        return new ServedSchema(document, renames);
    }
}
