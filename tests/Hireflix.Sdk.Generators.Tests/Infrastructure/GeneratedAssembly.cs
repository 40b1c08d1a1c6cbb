using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Hireflix.Sdk.Generators.Tests.Infrastructure;

/// <summary>
/// Compiles the generated code for the real operations together with a small public entry class and loads it,
/// so tests can run the generated readers/writers (they take ref Utf8JsonReader, which reflection cannot pass).
/// </summary>
internal static class GeneratedAssembly
{
    private const string Entry = """
        using System;
        using System.Linq;
        using System.Text;
        using System.Text.Json;
        using Hireflix.Sdk.Models;
        using Hireflix.Sdk.Operations;
        using Hireflix.Sdk.Transport;

        public static class Entry
        {
            public static string Positions(string json)
            {
                var data = Read(new GetPositionsQuery(), json);
                return data.Positions is null
                    ? "null"
                    : string.Join("|", data.Positions.Select(p => p is null ? "null" : $"{p.Id}:{p.Name}:{Ms(p.ArchivedAt)}:{p.IsActive}:{(p.Tags is null ? "-" : string.Join(",", p.Tags))}"));
            }

            public static string Invite(string json)
            {
                var result = Read(new InviteCandidateMutation { Input = new() { PositionId = "p", Candidate = new() { FirstName = "f", Email = "e" } } }, json).InviteCandidateToInterview;
                return result switch
                {
                    null => "null",
                    InviteCandidateMutation.Data.InviteCandidateToInterviewResult.InterviewType i =>
                        $"interview:{i.TypeName}:{i.InterviewSummary.Id}:{i.InterviewSummary.Links?.Short}:{i.InterviewSummary.Links?.Public}:{i.InterviewSummary.Links?.Private ?? "-"}:{i.InterviewSummary.Candidate?.Email ?? "-"}",
                    InviteCandidateMutation.Data.InviteCandidateToInterviewResult.PositionNotFoundError e =>
                        $"notfound:{e.TypeName}:{e.Code}:{e.Name}:{e.PositionNotFoundMessage}",
                    InviteCandidateMutation.Data.InviteCandidateToInterviewResult.ValidationError v =>
                        $"validation:{v.ValidationMessage}:{string.Join(",", v.FieldErrors!.Select(f => f!.FlattenedPath))}",
                    InviteCandidateMutation.Data.InviteCandidateToInterviewResult.Unknown u => $"unknown:{u.TypeName}",
                    _ => "other:" + result.GetType().Name,
                };
            }

            public static string Archive(string json)
            {
                var result = Read(new ArchivePositionMutation { Id = "p" }, json).ArchivePosition;
                return result switch
                {
                    ArchivePositionMutation.Data.ArchivePositionResult.MutationArchivePositionSuccess s => $"success:{s.Data?.Id}:{Ms(s.Data?.ArchivedAt)}",
                    ArchivePositionMutation.Data.ArchivePositionResult.PositionNotFoundError e => $"notfound:{e.Code}",
                    { } other => "unknown:" + other.TypeName,
                    null => "null",
                };
            }

            public static string Interview(string json)
            {
                var interview = Read(new GetInterviewQuery { Id = "i" }, json).Interview;
                return interview is null ? "null" : $"{interview.Id}:{interview.UserMetadata?.GetRawText() ?? "-"}:{interview.Questions?.Count ?? -1}:{interview.Scores?[0]?.OverriddenScore?.Value}";
            }

            public static string Status(string json)
            {
                var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
                reader.Read();
                return InterviewListStatusJson.Read(ref reader, "T", "f").ToString();
            }

            public static string SendStatus(string status) => InterviewListStatusJson.ToGraphQL(Enum.Parse<InterviewListStatus>(status));

            public static string InviteVariables() => Write(new InviteCandidateMutation
            {
                Input = new()
                {
                    PositionId = "p1",
                    Candidate = new() { FirstName = "Ada", Email = "ada@example.com" },
                    DisableNotifications = false,
                    Metadata = System.Text.Json.Nodes.JsonNode.Parse("{\"a\":1}"),
                },
            });

            public static string MinimalInviteVariables() => Write(new InviteCandidateMutation
            {
                Input = new() { PositionId = "p1", Candidate = new() { FirstName = "Ada", Email = "ada@example.com" } },
            });

            public static string StageDocument(string status) => new ListInterviewsByStageQuery { PositionId = "p1", Stage = Enum.Parse<InterviewListStatus>(status), Limit = 10 }.EncodedDocument.ToString();

            public static string RuntimePrintsEveryDocumentAsGenerated()
            {
                var empty = new System.Collections.Generic.HashSet<WireSelection>();
                var wires = new WireDocument[] { GetInterviewQuery.s_wire, InviteCandidateMutation.s_wire, ScoreInterviewMutation.s_wire, ListInterviewsByStageQuery.s_wire[1] };
                return string.Join("|", wires.Select(w => w.Print(empty) == w.Text ? "same" : "DIFFERENT:" + w.Print(empty)));
            }

            public static string PositionFlags(string json)
            {
                var data = Read(new GetPositionsQuery(), json);
                return string.Join("|", data.Positions!.Select(p => $"{p!.Id}:{Ms(p.ArchivedAt)}:{p.WasTrueWithoutDate("archived")}:{p.WasOmitted("archived")}:{p.WasOmitted("id")}:{(p.IsActive is null ? "null" : p.IsActive.ToString())}"));
            }

            public static string Mismatches() => string.Join(",", (GraphQLJson.TakeMismatches() ?? new()).Select(m => m.Type + "." + m.Field));

            public static string StageVariables() => Write(new ListInterviewsByStageQuery { PositionId = "p1", Stage = InterviewListStatus.ToEvaluate, Limit = 10 });

            public static string Document() => new GetPositionQuery { Id = "x" }.EncodedDocument.ToString() + "\n---\n" + new InviteCandidateMutation { Input = new() { PositionId = "p", Candidate = new() { FirstName = "f", Email = "e" } } }.EncodedDocument.ToString();

            private static string Ms(DateTimeOffset? value) => value is null ? "null" : value.Value.ToUnixTimeMilliseconds().ToString();

            private static T Read<T>(IHireflixOperation<T> operation, string json) where T : class
            {
                var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
                reader.Read();
                var data = operation.ReadData(ref reader);
                if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
                {
                    throw new InvalidOperationException("The reader was not left on the end of the data object.");
                }

                return data;
            }

            private static string Write<T>(IHireflixOperation<T> operation) where T : class
            {
                using var stream = new System.IO.MemoryStream();
                using (var writer = new Utf8JsonWriter(stream))
                {
                    operation.WriteVariables(writer);
                }

                return Encoding.UTF8.GetString(stream.ToArray());
            }
        }
        """;

    private static readonly Lazy<Type> EntryType = new(Load);

    /// <summary>Calls Entry.{method}(args), unwrapping the reflection wrapper so tests see the real exception.</summary>
    public static string Call(string method, params object[] args)
    {
        try
        {
            return (string)EntryType.Value.GetMethod(method)!.Invoke(null, args)!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }

    private static Type Load()
    {
        var entryTree = CSharpSyntaxTree.ParseText(Entry, GeneratorHarness.ParseOptions, path: "Entry.cs");
        var (compilation, _) = GeneratorHarness.RunAndCompile(GeneratedCodeCompilesTests.RealInputs(), entryTree);
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-under-test", isCollectible: true);
        return context.LoadFromStream(stream).GetType("Entry", throwOnError: true)!;
    }
}
