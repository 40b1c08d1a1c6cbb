using System.Text.Json;
using System.Text.Json.Nodes;
using Hireflix.Sdk.Operations;

namespace Hireflix.Sdk.Testing.Tests.Infrastructure;

/// <summary>
/// The documents the SDK really sends (its generated operation catalog: fragments inlined, one line). Tests write
/// variables flat, as a caller thinks of them; <see cref="Request"/> shapes them the way the SDK sends them: the
/// invite's fields inside one <c>$input</c> object, the stage written into the document, a null score as the clear
/// document.
/// </summary>
public static class SdkOperations
{
    private const string StagePlaceholderVariant = "pending";

    public static IReadOnlyCollection<string> OperationNames { get; } =
        HireflixOperationCatalog.All.Select(o => BaseName(o.Name)).Distinct(StringComparer.Ordinal).ToList();

    public static string Document(string operationName) =>
        HireflixOperationCatalog.All.Single(o => o.Name == operationName).Document;

    public static (string Document, object? Variables) Request(string operationName, object? variables)
    {
        var flat = variables is null ? new JsonObject() : JsonSerializer.SerializeToNode(variables)!.AsObject();
        switch (operationName)
        {
            case "InviteCandidate" when !flat.ContainsKey("input"):
                var candidate = new JsonObject();
                var input = new JsonObject();
                foreach (var (name, value) in flat.ToList())
                {
                    var target = name is "firstName" or "lastName" or "email" or "phone" ? candidate : input;
                    target[name] = value?.DeepClone();
                }

                input["candidate"] = candidate;
                return (Document(operationName), new JsonObject { ["input"] = input });
            case "ListInterviewsByStage":
                var stage = flat["stage"]?.GetValue<string>() ?? throw new ArgumentException("ListInterviewsByStage needs a stage.");
                flat.Remove("stage");

                // Any literal, even one the SDK would never send, to see what the fake does with it.
                var template = Document($"ListInterviewsByStage[{StagePlaceholderVariant}]");
                return (template.Replace($"equal:{StagePlaceholderVariant}", $"equal:{stage}", StringComparison.Ordinal), flat);
            case "ScoreInterview" when flat["score"] is null:
                flat.Remove("score");
                return (Document("ClearInterviewScore"), flat);
            default:
                return (Document(operationName), variables);
        }
    }

    public static string RepositoryRoot { get; } = FindRoot();

    private static string BaseName(string name) => name.Contains('[', StringComparison.Ordinal) ? name[..name.IndexOf('[', StringComparison.Ordinal)] : name;

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
}
