using System.Diagnostics;
using System.Text.RegularExpressions;
using Hireflix.Sdk.Operations;
using Hireflix.Sdk.Testing;

namespace Hireflix.Sdk.Reliability.Drift;

/// <summary>One deliberate difference between the fake and the SDK's schema, and what each call that sends an affected name must do.</summary>
public sealed record DriftCell(string Name, Func<FakeSchemaOptions, FakeSchemaOptions> Apply, IReadOnlyList<(DriftCall Call, DriftExpectation Expect)> Probes)
{
    public override string ToString() => Name;
}

public sealed record DriftProbeResult(DriftCall Call, DriftExpectation Expect, CallOutcome Outcome, IReadOnlyList<string> Problems)
{
    public bool AsExpected => Problems.Count == 0;

    public override string ToString() =>
        $"{Call}: expected {Expect}; requests {Outcome.FirstRequests}+{Outcome.SecondRequests}" +
        (Outcome.FirstError is { } e ? $", {e.GetType().Name}" : string.Empty) +
        (AsExpected ? string.Empty : " — " + string.Join("; ", Problems));
}

public sealed record DriftCellResult(DriftCell Cell, IReadOnlyList<DriftProbeResult> Probes, string? StartError)
{
    public bool AsExpected => StartError is null && Probes.All(p => p.AsExpected);

    public int ExtraRequests => Probes.Sum(p => p.Outcome.ExtraRequests);

    public int DuplicateSideEffects => Probes.Count(p => p.Outcome.DuplicateSideEffect);

    public override string ToString() =>
        $"{Cell.Name}: {(AsExpected ? "as expected" : "UNEXPECTED")}" + (StartError is null ? string.Empty : $" (fake did not start: {StartError})") +
        string.Concat(Probes.Select(p => Environment.NewLine + "    " + p));
}

public sealed record DriftSummary(IReadOnlyList<DriftCellResult> Results, TimeSpan Elapsed)
{
    public int AsExpected => Results.Count(r => r.AsExpected);

    public int ExtraRequests => Results.Sum(r => r.ExtraRequests);

    public int DuplicateSideEffects => Results.Sum(r => r.DuplicateSideEffects);

    public bool Passed => AsExpected == Results.Count && DuplicateSideEffects == 0;

    public string Line => $"drift: {Results.Count} cells, {AsExpected} as expected, {ExtraRequests} extra requests, {DuplicateSideEffects} duplicate side effects";
}

/// <summary>
/// Issue 11's drift matrix: every WRAPPER/INFERRED output field the SDK selects removed alone and all together, every
/// object type renamed alone and all together, each argument / input-field / variable type the SDK relies on changed,
/// union members and an optional input field removed. Each cell runs, in memory against a fake serving that drift with
/// graphql-js wording, every call that sends an affected name: twice, with one client, counting requests and side effects.
/// </summary>
public static class DriftScenario
{
    private static readonly string[] Weak = ["WRAPPER", "INFERRED"];

    /// <summary>Union members the SDK cannot do without: removing or renaming them must be a schema mismatch.</summary>
    private static readonly Dictionary<string, string> SuccessMembers = new(StringComparer.Ordinal)
    {
        ["InviteCandidate"] = "InterviewType",
        ["ArchivePosition"] = "MutationArchivePositionSuccess",
    };

    private static readonly (string Union, string Operation)[] Unions =
    [
        ("MutationInviteCandidateToInterviewResult", "InviteCandidate"),
        ("MutationArchivePositionResult", "ArchivePosition"),
    ];

    public static IReadOnlyList<(string Operation, string Kind, string Name, string Tier, bool Optional)> WireNames => HireflixOperationCatalog.WireNames;

    /// <summary>The calls that send <paramref name="operation"/> (only the public ones; invite variants are added by their cells).</summary>
    private static IEnumerable<DriftCall> CallsOf(string operation) => DriftCalls.Public.Where(c => DriftCalls.WireOperation(c) == operation);

    /// <summary>Each WRAPPER/INFERRED output field the SDK selects, as "Type.field".</summary>
    public static IReadOnlyList<string> WeakFields() =>
        [.. WireNames.Where(n => n.Kind == "field" && Weak.Contains(n.Tier)).Select(n => n.Name).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Every object type of the checked-in schema (read from schema/hireflix.graphql).</summary>
    public static IReadOnlyList<string> ObjectTypes() =>
        [.. Regex.Matches(File.ReadAllText(SchemaPath()), @"^type\s+(\w+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];

    public static IReadOnlyList<DriftCell> Cells()
    {
        var cells = new List<DriftCell>();
        var weak = WeakFields();
        foreach (var field in weak)
        {
            cells.Add(new DriftCell($"remove {field}", o => Remove(o, field), FieldProbes([field])));
        }

        cells.Add(new DriftCell($"remove all {weak.Count} WRAPPER/INFERRED fields", o => weak.Aggregate(o, Remove), FieldProbes(weak)));

        var types = ObjectTypes();
        foreach (var type in types)
        {
            var probes = RenameProbes([type]);
            if (type == "PositionNotFoundError")
            {
                // The error member hit: its pruned condition leaves an object of a name the SDK does not know, read as Unknown.
                probes.Add((DriftCall.InterviewsInviteToMissingPosition, DriftExpectation.Fails<HireflixUnknownResultException>(1)));
            }

            cells.Add(new DriftCell($"rename {type}", o => o.RenameType(type, "Renamed_" + type), probes));
        }

        cells.Add(new DriftCell($"rename all {types.Count} object types", o => types.Aggregate(o, (a, t) => a.RenameType(t, "Renamed_" + t)), RenameProbes(types)));

        cells.AddRange(ArgumentCells());
        cells.AddRange(UnionCells());
        cells.Add(new DriftCell(
            "remove input field InviteCandidateToInterviewInput.metadata",
            o => o.RemoveInputField("InviteCandidateToInterviewInput", "metadata"),
            [(DriftCall.InterviewsInvite, DriftExpectation.Ok(0)), (DriftCall.InterviewsInviteWithMetadata, DriftExpectation.Mismatch("metadata"))]));
        return cells;
    }

    public static async Task<DriftCellResult> RunCellAsync(DriftCell cell, CancellationToken cancellationToken = default)
    {
        HireflixFakeServer fake;
        try
        {
            fake = await HireflixFakeServer.StartAsync(
                new HireflixFakeServerOptions { Schema = cell.Apply(new FakeSchemaOptions { ValidationErrorStyle = FakeValidationErrorStyle.GraphQLJs }) },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return new DriftCellResult(cell, [], e.Message);
        }

        await using (fake.ConfigureAwait(false))
        {
            using var handler = fake.CreateHandler();
            var results = new List<DriftProbeResult>();
            foreach (var (call, expect) in cell.Probes)
            {
                var outcome = await CallRunner.RunAsync(fake, handler, call, cancellationToken).ConfigureAwait(false);
                results.Add(new DriftProbeResult(call, expect, outcome, outcome.Check(expect)));
            }

            return new DriftCellResult(cell, results, null);
        }
    }

    public static async Task<DriftSummary> RunAllAsync(int parallelism = 2, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var cells = Cells();
        var results = new DriftCellResult[cells.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, cells.Count), new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (i, ct) => results[i] = await RunCellAsync(cells[i], ct).ConfigureAwait(false)).ConfigureAwait(false);
        return new DriftSummary(results, watch.Elapsed);
    }

    private static FakeSchemaOptions Remove(FakeSchemaOptions options, string typeDotField)
    {
        var dot = typeDotField.IndexOf('.', StringComparison.Ordinal);
        return options.RemoveField(typeDotField[..dot], typeDotField[(dot + 1)..]);
    }

    /// <summary>Every call whose document selects one of the fields: it succeeds for one extra request when the SDK marks them all optional.</summary>
    private static List<(DriftCall, DriftExpectation)> FieldProbes(IReadOnlyCollection<string> fields)
    {
        var probes = new List<(DriftCall, DriftExpectation)>();
        foreach (var group in WireNames.Where(n => n.Kind == "field" && fields.Contains(n.Name)).GroupBy(n => n.Operation))
        {
            var required = group.Where(n => !n.Optional).Select(n => n.Name).FirstOrDefault();
            foreach (var call in CallsOf(group.Key))
            {
                probes.Add((call, required is null ? DriftExpectation.Ok(1) : DriftExpectation.Mismatch(required.Split('.')[1])));
            }
        }

        return probes;
    }

    /// <summary>
    /// Every call that selects a field of a renamed type or names it in a type condition. Object type names reach the
    /// wire only as union members' type conditions: an error member costs one extra request, a success member is a mismatch.
    /// </summary>
    private static List<(DriftCall, DriftExpectation)> RenameProbes(IReadOnlyCollection<string> types)
    {
        var probes = new List<(DriftCall, DriftExpectation)>();
        var affected = WireNames
            .Where(n => (n.Kind == "field" && types.Contains(n.Name.Split('.')[0])) || (n.Kind == "type condition" && types.Contains(n.Name)))
            .Select(n => n.Operation)
            .Distinct();
        foreach (var operation in affected)
        {
            var conditions = WireNames.Where(n => n.Operation == operation && n.Kind == "type condition" && types.Contains(n.Name)).Select(n => n.Name).ToList();
            var expect = SuccessMembers.TryGetValue(operation, out var success) && conditions.Contains(success)
                ? DriftExpectation.Mismatch(success)
                : DriftExpectation.Ok(conditions.Count > 0 ? 1 : 0);
            foreach (var call in CallsOf(operation))
            {
                probes.Add((call, expect));
            }
        }

        if (probes.Count == 0)
        {
            // No operation selects the type: a rename must change nothing for any of them.
            probes.Add((DriftCall.PositionsList, DriftExpectation.Ok(0)));
        }

        return probes;
    }

    /// <summary>Argument and input-field types the SDK's variables meet. A non-null variable fits either nullability; a nullable one, a String one for an ID, or a null literal for a non-null argument must be a mismatch.</summary>
    private static IEnumerable<DriftCell> ArgumentCells()
    {
        (DriftCall, DriftExpectation)[] Ok(params DriftCall[] calls) => [.. calls.Select(c => (c, DriftExpectation.Ok(0)))];
        DriftCall[] lists = [DriftCall.InterviewsList, DriftCall.InterviewsListByStage, DriftCall.InterviewsGetPage, DriftCall.InterviewsGetPageByStage];
        DriftCall[] onInterview = [DriftCall.InterviewsScore, DriftCall.InterviewsComment, DriftCall.InterviewsShortlist, DriftCall.InterviewsUnshortlist,
            DriftCall.InterviewsDiscard, DriftCall.InterviewsRestore, DriftCall.InterviewsShare, DriftCall.InterviewsClearScore];

        yield return new("argument Mutation.Interview(id:) String → String!", o => o.ChangeArgumentType("Mutation", "Interview", "id", "String!"), Ok(onInterview));
        yield return new("argument Mutation.Position(id:) String → String!", o => o.ChangeArgumentType("Mutation", "Position", "id", "String!"), Ok(DriftCall.PositionsRename, DriftCall.PositionsDelete));
        yield return new("argument score(score:) Float → Float!", o => o.ChangeArgumentType("InterviewMutationType", "score", "score", "Float!"),
            [(DriftCall.InterviewsScore, DriftExpectation.Ok(0)), (DriftCall.InterviewsClearScore, DriftExpectation.Mismatch(null))]);
        yield return new("argument share(durationInDays:) Int → Int!", o => o.ChangeArgumentType("InterviewMutationType", "share", "durationInDays", "Int!"), Ok(DriftCall.InterviewsShare));
        yield return new("argument finalist(finalist:) Boolean → Boolean!", o => o.ChangeArgumentType("InterviewMutationType", "finalist", "finalist", "Boolean!"), Ok(DriftCall.InterviewsShortlist, DriftCall.InterviewsUnshortlist));
        yield return new("argument InterviewMutationType.archive(archive:) Boolean → Boolean!", o => o.ChangeArgumentType("InterviewMutationType", "archive", "archive", "Boolean!"), Ok(DriftCall.InterviewsDiscard, DriftCall.InterviewsRestore));
        yield return new("argument comment(comment:) String! → String", o => o.ChangeArgumentType("InterviewMutationType", "comment", "comment", "String"), Ok(DriftCall.InterviewsComment));
        yield return new("argument save(position:) PositionInputType → PositionInputType!", o => o.ChangeArgumentType("PositionMutationType", "save", "position", "PositionInputType!"), Ok(DriftCall.PositionsRename));
        yield return new("argument archivePosition(input:) ArchivePositionInput! → ArchivePositionInput", o => o.ChangeArgumentType("Mutation", "archivePosition", "input", "ArchivePositionInput"), Ok(DriftCall.PositionsArchive));
        yield return new("argument inviteCandidateToInterview(input:) → nullable", o => o.ChangeArgumentType("Mutation", "inviteCandidateToInterview", "input", "InviteCandidateToInterviewInput"), Ok(DriftCall.InterviewsInvite));
        yield return new("argument Query.position(id:) String! → String", o => o.ChangeArgumentType("Query", "position", "id", "String"), Ok([DriftCall.PositionsGet, .. lists]));
        yield return new("input field ArchivePositionInput.id String! → String", o => o.ChangeInputFieldType("ArchivePositionInput", "id", "String"), Ok(DriftCall.PositionsArchive));
        yield return new("input field InterviewListPaginationInput.limit Int → Int!", o => o.ChangeInputFieldType("InterviewListPaginationInput", "limit", "Int!"), Ok(lists));

        // Must fail: a nullable variable ($lastCursor: String) meeting a non-null position. (An id argument typed ID!, which
        // graphql-js rejects for our String! variables, cannot be tested: the fake, GraphQL.NET, accepts a String variable in
        // an ID position, and a single value in a list position; it enforces nullability and ID variables in String positions.)
        yield return new("input field InterviewListPaginationInput.lastCursor String → String!", o => o.ChangeInputFieldType("InterviewListPaginationInput", "lastCursor", "String!"),
            [.. lists.Select(c => (c, DriftExpectation.Mismatch("$lastCursor")))]);
    }

    /// <summary>Each member the SDK spreads removed from its union: an error member is pruned (and reads Unknown when hit), the success member is a mismatch.</summary>
    private static IEnumerable<DriftCell> UnionCells()
    {
        foreach (var (union, operation) in Unions)
        {
            var members = WireNames.Where(n => n.Operation == operation && n.Kind == "type condition").Select(n => n.Name).Distinct();
            foreach (var member in members)
            {
                var success = SuccessMembers[operation] == member;
                // (Hitting a removed member is not tested here: the fake cannot return an object its union lacks — a real server
                // would not either. The renamed-member cell tests the hit.)
                var probes = CallsOf(operation).Select(c => (c, success ? DriftExpectation.Mismatch(member) : DriftExpectation.Ok(1))).ToList();
                yield return new DriftCell($"remove union member {union}.{member}", o => o.RemoveUnionMember(union, member), probes);
            }
        }
    }

    private static string SchemaPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "schema", "hireflix.graphql");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("schema/hireflix.graphql not found above " + AppContext.BaseDirectory);
    }
}
