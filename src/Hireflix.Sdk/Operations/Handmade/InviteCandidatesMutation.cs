using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Hireflix.Sdk.Transport;
using Result = Hireflix.Sdk.Operations.InviteCandidateMutation.Data.InviteCandidateToInterviewResult;

namespace Hireflix.Sdk.Operations;

/// <summary>
/// Several invitations in one request, as Hireflix's docs suggest: <c>c0:inviteCandidateToInterview(input:$i0){…}
/// c1:…</c>. Hand-made because the generator has no operations whose size is known only at run time. Each alias selects
/// exactly the generated <see cref="InviteCandidateMutation"/>'s selection (the same <see cref="WireSelection"/>
/// objects), so it sends only the names that operation proves: the root field, the proven input type
/// <c>InviteCandidateToInterviewInput</c> as the variable type, and <c>... on X</c> for the union's members.
/// </summary>
internal sealed class InviteCandidatesMutation : IHireflixOperation<InviteCandidatesMutation.Data>
{
    public const string Name = "InviteCandidates";

    private static readonly JsonEncodedText s_encodedName = JsonEncodedText.Encode(Name);

    // One document per batch size, kept: the transport remembers pruned selections per WireDocument instance.
    private static readonly ConcurrentDictionary<int, (WireDocument Wire, JsonEncodedText Encoded)> s_documents = new();

    private readonly (WireDocument Wire, JsonEncodedText Encoded) _document;

    public InviteCandidatesMutation(IReadOnlyList<InviteCandidateToInterviewInput> inputs)
    {
        if (inputs.Count == 0)
        {
            throw new ArgumentException("A bulk invite needs at least one candidate.", nameof(inputs));
        }

        Inputs = inputs;
        _document = s_documents.GetOrAdd(inputs.Count, Build);
    }

    public IReadOnlyList<InviteCandidateToInterviewInput> Inputs { get; }

    public string OperationName => Name;

    public HireflixOperationKind Kind => HireflixOperationKind.Mutation;

    // Retried like the single invite (@idempotent in Invitations.graphql): Hireflix refuses a second interview for the
    // same e-mail, and each candidate's retried "already exists" resolves to the interview the lost attempt created.
    public bool IsIdempotent => true;

    public JsonEncodedText EncodedOperationName => s_encodedName;

    public JsonEncodedText EncodedDocument => _document.Encoded;

    public WireDocument Wire => _document.Wire;

    /// <summary>The alias of candidate <paramref name="index"/>'s invitation (also its result's key in <c>data</c>).</summary>
    public static string Alias(int index) => "c" + index.ToString(CultureInfo.InvariantCulture);

    public void WriteVariables(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        for (var i = 0; i < Inputs.Count; i++)
        {
            writer.WritePropertyName("i" + i.ToString(CultureInfo.InvariantCulture));
            Inputs[i].WriteJson(writer);
        }

        writer.WriteEndObject();
    }

    public Data ReadData(ref Utf8JsonReader reader)
    {
        GraphQLJson.ExpectObject(ref reader, "Mutation");
        var results = new Result?[Inputs.Count];
        while (true)
        {
            GraphQLJson.Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var key = reader.GetString();
            GraphQLJson.Next(ref reader);
            if (key is null || !TryIndex(key, out var index) || index >= results.Length)
            {
                GraphQLJson.Skip(ref reader);
                continue;
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                results[index] = null;
                continue;
            }

            GraphQLJson.ExpectObject(ref reader, "Mutation", key);
            results[index] = Result.ReadJson(ref reader);
        }

        return new Data(results);
    }

    private static bool TryIndex(string key, out int index)
    {
        index = -1;
        return key.Length > 1 && key[0] == 'c' && int.TryParse(key.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }

    private static (WireDocument, JsonEncodedText) Build(int count)
    {
        var invite = InviteCandidateMutation.s_wire.Selections.Single();
        var children = invite.Children.ToArray();
        var header = new StringBuilder("mutation ").Append(Name).Append('(');
        var selections = new WireSelection[count];
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            header.Append(i == 0 ? string.Empty : ",").Append("$i").Append(n).Append(":InviteCandidateToInterviewInput!");
            selections[i] = new WireSelection(false, $"c{n}:{invite.FieldName}(input:$i{n})", invite.ParentType, invite.FieldName, $"InviteCandidatesMutation.Data.C{n}", false, children);
        }

        header.Append(')');
        var draft = new WireDocument($"{Name}[{count}]", string.Empty, header.ToString(), selections);
        var text = draft.Print([]);
        var wire = new WireDocument(draft.Name, text, draft.Header, selections);
        return (wire, JsonEncodedText.Encode(text));
    }

    /// <summary>One invite union per candidate, in input order; null where Hireflix returned none.</summary>
    internal sealed class Data(IReadOnlyList<Result?> results)
    {
        public IReadOnlyList<Result?> Results { get; } = results;
    }
}
