using System.Text;
using System.Text.RegularExpressions;
using GraphQLParser.AST;

namespace Hireflix.Sdk.Testing.Tests.Infrastructure;

/// <summary>
/// The SDK's real operation texts (src/Hireflix.Sdk/Operations/*.graphql). A request carries one operation plus
/// every fragment it uses (transitively), fragments being shared across files.
/// </summary>
public static partial class SdkOperations
{
    private static readonly Lazy<(Dictionary<string, string> Operations, Dictionary<string, string> Fragments)> Loaded = new(Load);

    public static IReadOnlyCollection<string> OperationNames => Loaded.Value.Operations.Keys;

    public static string RepositoryRoot { get; } = FindRoot();

    public static string Document(string operationName)
    {
        var (operations, fragments) = Loaded.Value;
        var text = new StringBuilder(operations[operationName]);
        var included = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(SpreadNames(operations[operationName]));
        while (pending.TryDequeue(out var name))
        {
            if (!included.Add(name))
            {
                continue;
            }

            var fragment = fragments[name];
            text.Append('\n').Append(fragment);
            foreach (var nested in SpreadNames(fragment))
            {
                pending.Enqueue(nested);
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> SpreadNames(string text) => SpreadPattern().Matches(text).Select(m => m.Groups[1].Value);

    private static (Dictionary<string, string>, Dictionary<string, string>) Load()
    {
        var operations = new Dictionary<string, string>(StringComparer.Ordinal);
        var fragments = new Dictionary<string, string>(StringComparer.Ordinal);
        var folder = Path.Combine(RepositoryRoot, "src", "Hireflix.Sdk", "Operations");
        foreach (var file in Directory.GetFiles(folder, "*.graphql"))
        {
            var source = File.ReadAllText(file);
            var document = GraphQLParser.Parser.Parse(source);
            foreach (var definition in document.Definitions)
            {
                var text = source[definition.Location.Start..definition.Location.End];
                switch (definition)
                {
                    case GraphQLOperationDefinition op:
                        operations.Add(op.Name!.StringValue, text);
                        break;
                    case GraphQLFragmentDefinition fragment:
                        fragments.Add(fragment.FragmentName.Name.StringValue, text);
                        break;
                }
            }
        }

        return (operations, fragments);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hireflix.Sdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Hireflix.Sdk.sln not found above the test assembly.");
    }

    [GeneratedRegex(@"\.\.\.\s*(?!on\b)([_A-Za-z][_0-9A-Za-z]*)")]
    private static partial Regex SpreadPattern();
}
