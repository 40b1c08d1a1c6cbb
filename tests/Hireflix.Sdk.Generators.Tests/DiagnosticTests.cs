using Microsoft.CodeAnalysis;
using Hireflix.Sdk.Generators.Tests.Infrastructure;

namespace Hireflix.Sdk.Generators.Tests;

/// <summary>Every HFX rule, at the exact file, line and column the build would print (1-based).</summary>
public sealed class DiagnosticTests
{
    private static string[] Diagnose(params (string File, string Text)[] files)
    {
        var texts = new List<InMemoryAdditionalText> { GeneratorHarness.RealSchema() };
        texts.AddRange(files.Select(f => InMemoryAdditionalText.Operations("/repo/src/Hireflix.Sdk/Operations/" + f.File, f.Text)));
        var result = GeneratorHarness.Run(texts);
        result.Exception.Should().BeNull();
        return result.Diagnostics.Select(GeneratorHarness.Format).ToArray();
    }

    private static string[] DiagnoseOne(string text) => Diagnose(("Ops.graphql", text));

    [Fact]
    public void HFX002_misspelled_field_names_field_and_type()
    {
        DiagnoseOne("""
            query GetPosition($id: String!) {
              position(id: $id) {
                nmae
              }
            }
            """).Should().Equal("Ops.graphql(3,5): HFX002: Cannot query field 'nmae' on type 'PositionType'. Did you mean 'name'?");
    }

    [Fact]
    public void HFX002_ID_variable_passed_to_a_String_argument()
    {
        // GraphQL.NET 8.8.5 lets this through; VariableUsageCheck reports it at the usage, as the live API does.
        DiagnoseOne("""
            query GetPosition($id: ID!) {
              position(id: $id) {
                id
              }
            }
            """).Should().Equal("Ops.graphql(2,16): HFX002: Variable '$id' of type 'ID!' used in position expecting type 'String!'.");
    }

    [Fact]
    public void HFX002_variable_type_mismatches_inside_input_objects_and_lists()
    {
        // Reported by GraphQL.NET itself (at the variable definitions); the top-level argument case above is not.
        DiagnoseOne("""
            query ListInterviews($positionId: String!, $limit: String, $field: InterviewListSortField) {
              position(id: $positionId) {
                interviewList(input: { pagination: { limit: $limit }, sort: [{ field: $field, direction: DESC }] }) {
                  total
                }
              }
            }
            """).Should().Equal(
            "Ops.graphql(1,44): HFX002: Variable '$limit' of type 'String' used in position expecting type 'Int'.",
            "Ops.graphql(1,60): HFX002: Variable '$field' of type 'InterviewListSortField' used in position expecting type 'InterviewListSortField!'.");
    }

    [Fact]
    public void HFX002_unknown_argument()
    {
        DiagnoseOne("""
            query GetPositions {
              positions(first: 10) {
                id
              }
            }
            """).Should().Equal("Ops.graphql(2,13): HFX002: Unknown argument 'first' on field 'positions' of type 'Query'.");
    }

    [Fact]
    public void HFX002_missing_required_argument()
    {
        DiagnoseOne("""
            query GetPosition {
              position {
                id
              }
            }
            """).Should().Equal("Ops.graphql(2,3): HFX002: Argument 'id' of type 'String!' is required for field 'position' but not provided.");
    }

    [Fact]
    public void HFX002_selection_on_a_scalar()
    {
        DiagnoseOne("""
            query GetPositions {
              positions {
                id {
                  value
                }
              }
            }
            """).Should().Equal(
            "Ops.graphql(3,8): HFX002: Field id of type String! must not have a sub selection",
            "Ops.graphql(4,7): HFX002: Cannot query field 'value' on type 'String'.");
    }

    [Fact]
    public void HFX002_missing_selection_on_an_object_and_a_union()
    {
        DiagnoseOne("""
            query GetPositions {
              positions
            }

            mutation Archive($id: String!) {
              archivePosition(input: { id: $id })
            }
            """).Should().Equal(
            "Ops.graphql(2,3): HFX002: Field positions of type [PositionType] must have a sub selection",
            "Ops.graphql(6,3): HFX002: Field archivePosition of type MutationArchivePositionResult must have a sub selection");
    }

    [Fact]
    public void HFX002_fragment_type_condition_that_cannot_apply()
    {
        DiagnoseOne("""
            fragment Person on CandidateType {
              name
            }

            query GetPositions {
              positions {
                ...Person
              }
            }
            """).Should().Equal("Ops.graphql(7,5): HFX002: Fragment 'Person' cannot be spread here as objects of type 'PositionType' can never be of type 'CandidateType'.");
    }

    [Fact]
    public void HFX002_undefined_and_unused_variables()
    {
        DiagnoseOne("""
            query GetPosition($unused: String) {
              position(id: $id) {
                id
              }
            }
            """).Should().BeEquivalentTo(
            "Ops.graphql(2,16): HFX002: Variable '$id' is not defined by operation 'GetPosition'.",
            "Ops.graphql(1,19): HFX002: Variable '$unused' is never used in operation '$GetPosition'.");
    }

    [Fact]
    public void HFX002_undefined_fragment()
    {
        DiagnoseOne("""
            query GetPositions {
              positions {
                ...Missing
              }
            }
            """).Should().Equal("Ops.graphql(3,5): HFX002: Unknown fragment 'Missing'.");
    }

    [Fact]
    public void HFX002_inside_a_fragment_of_another_file_is_reported_once_at_the_fragment()
    {
        Diagnose(
            ("A.graphql", """
                query GetPositions {
                  positions {
                    ...Card
                  }
                }
                """),
            ("B.graphql", """
                # Shared fragments.

                fragment Card on PositionType {
                  id
                  titel
                }

                query GetPosition($id: String!) {
                  position(id: $id) {
                    ...Card
                  }
                }
                """)).Should().Equal("B.graphql(5,3): HFX002: Cannot query field 'titel' on type 'PositionType'.");
    }

    [Fact]
    public void HFX001_syntax_error()
    {
        DiagnoseOne("""
            query GetPositions {
              positions {
                id:
              }
            }
            """).Should().ContainSingle().Which.Should().StartWith("Ops.graphql(4,3): HFX001: GraphQL syntax error: Expected Name, found }");
    }

    [Fact]
    public void HFX003_duplicate_operation_and_fragment_names_at_the_second_definition()
    {
        Diagnose(
            ("A.graphql", """
                fragment Card on PositionType { id }
                query GetPositions { positions { ...Card } }
                """),
            ("B.graphql", """
                fragment Card on PositionType { name }

                query GetPositions { positions { id } }
                """)).Should().BeEquivalentTo(
            "B.graphql(1,10): HFX003: The fragment name 'Card' is already defined in this project.",
            "B.graphql(3,7): HFX003: The operation name 'GetPositions' is already defined in this project.");
    }

    [Fact]
    public void HFX004_fragment_used_by_no_operation()
    {
        DiagnoseOne("""
            fragment Used on PositionType { id }
            fragment Orphan on PositionType { name }
            query GetPositions { positions { ...Used } }
            """).Should().Equal("Ops.graphql(2,10): HFX004: The fragment 'Orphan' is not used by any operation.");
    }

    [Fact]
    public void HFX005_schema_syntax_error_is_reported_once_for_three_operations()
    {
        var texts = new List<InMemoryAdditionalText>
        {
            InMemoryAdditionalText.Schema("type Query {\n  positions: [PositionType\n}\n", "/repo/schema/hireflix.graphql"),
            InMemoryAdditionalText.Operations("/repo/Operations/A.graphql", "query A { positions { id } }"),
            InMemoryAdditionalText.Operations("/repo/Operations/B.graphql", "query B { positions { id } }"),
            InMemoryAdditionalText.Operations("/repo/Operations/C.graphql", "query C { positions { id } }"),
        };

        var diagnostics = GeneratorHarness.Run(texts).Diagnostics.Select(GeneratorHarness.Format).ToArray();

        diagnostics.Should().ContainSingle().Which.Should().StartWith("hireflix.graphql(3,1): HFX005: GraphQL schema syntax error: ");
    }

    [Fact]
    public void HFX005_schema_that_GraphQL_NET_cannot_build_is_reported_once()
    {
        var texts = new List<InMemoryAdditionalText>
        {
            InMemoryAdditionalText.Schema("type Query {\n  positions: [Missing]\n}\n", "/repo/schema/hireflix.graphql"),
            InMemoryAdditionalText.Operations("/repo/Operations/A.graphql", "query A { positions { id } }"),
            InMemoryAdditionalText.Operations("/repo/Operations/B.graphql", "query B { positions { id } }"),
            InMemoryAdditionalText.Operations("/repo/Operations/C.graphql", "query C { positions { id } }"),
        };

        var diagnostics = GeneratorHarness.Run(texts).Diagnostics.Select(GeneratorHarness.Format).ToArray();

        diagnostics.Should().ContainSingle().Which.Should().StartWith("hireflix.graphql(1,1): HFX005: GraphQL schema error: ").And.Contain("Missing");
    }

    [Fact]
    public void HFX005_missing_schema_file()
    {
        var texts = new List<InMemoryAdditionalText> { InMemoryAdditionalText.Operations("/repo/Operations/A.graphql", "query A { positions { id } }") };

        var result = GeneratorHarness.Run(texts);

        result.Diagnostics.Select(GeneratorHarness.Format).Should().ContainSingle().Which.Should().StartWith("HFX005: No GraphQL schema");
        result.GeneratedSources.Should().BeEmpty("nothing compiles without a schema, so not even an empty catalog is added");
    }

    [Fact]
    public void HFX006_anonymous_operation_and_subscription()
    {
        DiagnoseOne("""
            {
              positions { id }
            }

            subscription Watch {
              positions { id }
            }
            """).Should().Contain(new[]
        {
            "Ops.graphql(1,1): HFX006: Anonymous operations are not supported: give the operation a name, it becomes the generated class name.",
            "Ops.graphql(5,14): HFX006: Subscription 'Watch' is not supported: the Hireflix API has no subscriptions.",
        });
    }

    [Fact]
    public void HFX006_union_selection_without_typename()
    {
        DiagnoseOne("""
            mutation Archive($id: String!) {
              archivePosition(input: { id: $id }) {
                ... on PositionNotFoundError {
                  code
                }
              }
            }
            """).Should().Equal("Ops.graphql(2,3): HFX006: The selection on the union 'MutationArchivePositionResult' must select __typename (directly, not only inside inline fragments) so the result class can be chosen.");
    }

    [Fact]
    public void Field_names_that_repeat_at_several_levels_compile()
    {
        // The documented score mutation: score(score:) { score { value } } nests ScoreData in ScoreData.
        var (compilation, result) = GeneratorHarness.RunAndCompile(new[]
        {
            GeneratorHarness.RealSchema(),
            InMemoryAdditionalText.Operations("/repo/Operations/Ops.graphql", """
                mutation DocumentedScore($id: String!) {
                  Interview(id: $id) {
                    score(score: 4.5) { id score { value } scores { computedScore scorer { name } } }
                  }
                }

                query Clashes {
                  positions { id Id: name readJson: description data: name Data: tags }
                }
                """),
        });

        result.Diagnostics.Select(GeneratorHarness.Format).Should().BeEmpty();
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Should().BeEmpty();
        var clashes = result.GeneratedSources.Single(s => s.HintName == "ClashesQuery.g.cs").SourceText.ToString();
        clashes.Should().Contain("string Id {").And.Contain("string? Id2 {").And.Contain("ReadJson2 {").And.Contain(" Data2 {");
    }

    [Fact]
    public void HFX007_an_inferred_name_fails_the_build_when_proven_names_are_required()
    {
        var texts = new[]
        {
            GeneratorHarness.RealSchema(),
            InMemoryAdditionalText.Operations("/repo/Operations/Ops.graphql", """
                query Stage($positionId: String!, $stage: InterviewListStatus!) {
                  position(id: $positionId) {
                    interviewList(input: { filter: { status: { equal: $stage } } }) { results { id } }
                  }
                }
                """),
        };

        var strict = GeneratorHarness.CreateDriver(texts, requireProven: true).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();
        var lenient = GeneratorHarness.Run(texts);

        strict.Diagnostics.Select(GeneratorHarness.Format).Should().Contain(
            "Ops.graphql(1,35): HFX007: The variable type 'InterviewListStatus' is INFERRED (a guess): Hireflix rejects the whole operation if it is wrong. Send only proven names (schema/README.md).");
        lenient.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void HFX007_a_wrapper_name_is_allowed_only_where_the_sdk_survives_its_absence()
    {
        var texts = new[]
        {
            GeneratorHarness.RealSchema(),
            InMemoryAdditionalText.Operations("/repo/Operations/Ops.graphql", """
                query Optional($id: String!) { interview(id: $id) { id shortlistedAt } }

                mutation Required($id: String!) { Interview(id: $id) { share(durationInDays: 30, labels: ["a"]) { id } } }
                """),
        };

        var result = GeneratorHarness.CreateDriver(texts, requireProven: true).RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        result.Diagnostics.Select(GeneratorHarness.Format).Should().ContainSingle().Which.Should().StartWith(
            "Ops.graphql(3,82): HFX007: The argument 'InterviewMutationType.share(labels:)' is only WRAPPER-tier evidence and the SDK cannot do without it");
    }

    [Fact]
    public void The_real_operations_send_only_proven_names()
    {
        var result = GeneratorHarness.CreateDriver(GeneratedCodeCompilesTests.RealInputs(), requireProven: true)
            .RunGenerators(GeneratorHarness.CreateCompilation()).GetRunResult().Results.Single();

        result.Diagnostics.Select(GeneratorHarness.Format).Should().BeEmpty();
    }

    [Fact]
    public void HFX006_a_literal_variable_must_be_a_non_null_enum()
    {
        DiagnoseOne("""
            query L($id: String! @literal) { position(id: $id) { id } }
            """).Should().Equal("Ops.graphql(1,9): HFX006: The @literal variable '$id' must be a non-null enum: each of its values becomes its own document.");
    }

    [Fact]
    public void Valid_operations_produce_no_diagnostics_and_skip_nothing()
    {
        var result = GeneratorHarness.Run(
            GeneratorHarness.RealSchema(),
            InMemoryAdditionalText.Operations("/repo/Operations/Ok.graphql", "query Ok { positions { id } }"));

        result.Diagnostics.Should().BeEmpty();
        result.GeneratedSources.Select(s => s.HintName).Should().Contain("OkQuery.g.cs");
    }
}
