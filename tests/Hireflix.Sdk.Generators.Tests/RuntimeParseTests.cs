using System.Text.Json;
using Hireflix.Sdk.Generators.Tests.Infrastructure;

namespace Hireflix.Sdk.Generators.Tests;

/// <summary>The generated readers and writers, compiled and run on the documented Hireflix responses.</summary>
public sealed class RuntimeParseTests
{
    [Fact]
    public void Positions_read_archived_epoch_milliseconds_and_null_and_collections_skip_null_items_and_read_null_as_empty()
    {
        var json = """
            {"positions":[
              {"id":"68d53cf0a3d3c03c50f103c3","name":"Backend","archived":1758806647378,"active":true,"tags":["a",null],"createdAt":1758806600000},
              {"name":"Open","id":"68d53cf0a3d3c03c50f103c4","archived":null,"active":null,"tags":null,"newServerField":{"x":[1,2]}},
              null
            ]}
            """;

        GeneratedAssembly.Call("Positions", json).Should().Be(
            "68d53cf0a3d3c03c50f103c3:Backend:1758806647378:True:a|68d53cf0a3d3c03c50f103c4:Open:null::");
    }

    [Theory]
    [InlineData("\"1758806647378\"", "1758806647378")]
    [InlineData("1758806647378.9", "1758806647378")]
    [InlineData("\"2025-09-25T13:24:07.378Z\"", "1758806647378")]
    public void Timestamps_accept_numeric_strings_fractions_and_iso(string value, string expected)
    {
        GeneratedAssembly.Call("Positions", $$"""{"positions":[{"id":"p","archived":{{value}}}]}""")
            .Should().Be($"p::{expected}::-");
    }

    [Fact]
    public void Invite_union_reads_the_interview_member_with_typename_anywhere()
    {
        var json = """
            {"inviteCandidateToInterview":{"id":"68d4164f19367e041b2030c0","url":{"short":"https://hflx.io/c/HQ2oCtTC","public":"https://app.hireflix.com/HQ2oCtTC"},"__typename":"InterviewType"}}
            """;

        GeneratedAssembly.Call("Invite", json).Should().Be(
            "interview:InterviewType:68d4164f19367e041b2030c0:https://hflx.io/c/HQ2oCtTC:https://app.hireflix.com/HQ2oCtTC:-:-");
    }

    [Fact]
    public void Invite_union_reads_the_documented_interview_response()
    {
        var json = """
            {"inviteCandidateToInterview":{"__typename":"InterviewType","id":"68d4164f19367e041b2030c0","url":{"short":"https://hflx.io/c/HQ2oCtTC","public":"https://app.hireflix.com/HQ2oCtTC"}}}
            """;

        GeneratedAssembly.Call("Invite", json).Should().StartWith("interview:InterviewType:68d4164f19367e041b2030c0:https://hflx.io/c/HQ2oCtTC");
    }

    [Fact]
    public void Invite_union_reads_an_error_member_by_its_alias()
    {
        var json = """
            {"inviteCandidateToInterview":{"__typename":"PositionNotFoundError","code":404,"positionNotFoundMessage":"Position not found","name":"PositionNotFoundError"}}
            """;

        GeneratedAssembly.Call("Invite", json).Should().Be("notfound:PositionNotFoundError:404:PositionNotFoundError:Position not found");
    }

    [Fact]
    public void Invite_union_reads_validation_errors_with_nested_lists()
    {
        var json = """
            {"inviteCandidateToInterview":{"__typename":"ValidationError","code":400,"name":"ValidationError","validationMessage":"Invalid","fieldErrors":[{"flattenedPath":"candidate.phone","message":"bad"},{"flattenedPath":"candidate.email","message":null}]}}
            """;

        GeneratedAssembly.Call("Invite", json).Should().Be("validation:Invalid:candidate.phone,candidate.email");
    }

    [Fact]
    public void An_unknown_typename_maps_to_the_Unknown_member()
    {
        var json = """{"inviteCandidateToInterview":{"__typename":"BrandNewError","code":418,"whatever":[{}]}}""";

        GeneratedAssembly.Call("Invite", json).Should().Be("unknown:BrandNewError");
    }

    [Fact]
    public void Archive_union_reads_success_and_not_found()
    {
        GeneratedAssembly.Call("Archive", """{"archivePosition":{"__typename":"MutationArchivePositionSuccess","data":{"id":"p1","name":"n","archived":1758806647378}}}""")
            .Should().Be("success:p1:1758806647378");
        GeneratedAssembly.Call("Archive", """{"archivePosition":{"__typename":"PositionNotFoundError","code":404,"name":"PositionNotFoundError","positionNotFoundMessage":"Position not found"}}""")
            .Should().Be("notfound:404");
    }

    [Fact]
    public void Json_scalars_are_cloned_elements_and_deep_fragments_read()
    {
        var json = """
            {"interview":{"id":"i1","userMetadata":{"crm":"42","tags":["x"]},"questions":[],"scores":[{"id":"s","computedScore":4,"overriddenScore":{"value":4.5,"createdAt":1758830984015}}]}}
            """;

        GeneratedAssembly.Call("Interview", json).Should().Be("""i1:{"crm":"42","tags":["x"]}:0:4.5""");
    }

    [Fact]
    public void Enums_map_unknown_values_to_Unknown_and_refuse_to_send_Unknown()
    {
        GeneratedAssembly.Call("Status", "\"to_evaluate\"").Should().Be("ToEvaluate");
        GeneratedAssembly.Call("Status", "\"on_hold\"").Should().Be("Unknown");
        GeneratedAssembly.Call("SendStatus", "ToEvaluate").Should().Be("to_evaluate");

        var send = () => GeneratedAssembly.Call("SendStatus", "Unknown");
        send.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Variables_use_graphql_names_and_omit_null_optionals()
    {
        GeneratedAssembly.Call("InviteVariables").Should().Be(
            """{"input":{"positionId":"p1","candidate":{"firstName":"Ada","email":"ada@example.com"},"disableNotifications":false,"metadata":{"a":1}}}""");

        // Fields Hireflix may lack reach it only when the caller sets them.
        GeneratedAssembly.Call("MinimalInviteVariables").Should().Be(
            """{"input":{"positionId":"p1","candidate":{"firstName":"Ada","email":"ada@example.com"}}}""");

        // The stage is written into the document, not sent as a variable of an unproven enum type.
        GeneratedAssembly.Call("StageVariables").Should().Be("""{"positionId":"p1","limit":10}""");
    }

    [Fact]
    public void Wire_documents_inline_fragments_so_no_guessed_type_name_is_sent()
    {
        var documents = GeneratedAssembly.Call("Document");

        documents.Should().StartWith("query GetPosition($id:String!){position(id:$id){id name archived");
        documents.Should().NotContain("fragment").And.NotContain("PositionType").And.NotContain("CandidateType").And.NotContain("#");
        var invite = documents[(documents.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..];
        invite.Should().NotContain("\n", "documents are one line, so an error column points at one selection");
        invite.Should().Contain("mutation InviteCandidate($input:InviteCandidateToInterviewInput!){inviteCandidateToInterview(input:$input){__typename ... on InterviewType{id hash");
        invite.Should().Contain("... on PositionNotFoundError{code name positionNotFoundMessage:message}");
    }

    [Theory]
    [InlineData("Pending", "pending")]
    [InlineData("ToEvaluate", "to_evaluate")]
    [InlineData("Discarded", "discarded")]
    public void A_literal_variable_gives_one_document_per_enum_value(string stage, string literal)
    {
        var document = GeneratedAssembly.Call("StageDocument", stage);

        document.Should().Contain($"filter:{{status:{{equal:{literal}}}}}").And.NotContain("$stage").And.NotContain("InterviewListStatus");
    }

    [Fact]
    public void The_runtime_printer_reproduces_every_generated_document()
    {
        GeneratedAssembly.Call("RuntimePrintsEveryDocumentAsGenerated").Should().Be("same|same|same|same");
    }

    [Theory]
    [InlineData("""{"positions":[{"id":"p","archived":true}]}""", "p:null:True:False:False:null", "")]
    [InlineData("""{"positions":[{"id":"p","archived":false}]}""", "p:null:False:False:False:null", "")]
    [InlineData("""{"positions":[{"id":"p","archived":"soon"}]}""", "p:null:False:False:False:null", "PositionType.archived")]
    [InlineData("""{"positions":[{"id":"p","archived":99999999999999999}]}""", "p:null:False:False:False:null", "PositionType.archived")]
    [InlineData("""{"positions":[{"id":"p","active":"yes"}]}""", "p:null:False:True:False:null", "PositionType.active")]
    [InlineData("""{"positions":[{"id":"p","active":1758806647378}]}""", "p:null:False:True:False:True", "")]
    [InlineData("""{"positions":[{"id":"p","active":{"x":[1]},"archived":null}]}""", "p:null:False:False:False:null", "PositionType.active")]
    public void Optional_scalars_of_other_json_kinds_read_as_null_or_as_flags_and_are_reported(string json, string expected, string mismatches)
    {
        GeneratedAssembly.Call("Mismatches");

        GeneratedAssembly.Call("PositionFlags", json).Should().Be(expected);
        GeneratedAssembly.Call("Mismatches").Should().Be(mismatches);
    }

    [Fact]
    public void Error_codes_and_numbers_read_from_numeric_strings()
    {
        GeneratedAssembly.Call("Invite", """{"inviteCandidateToInterview":{"__typename":"PositionNotFoundError","code":"404","positionNotFoundMessage":"Position not found"}}""")
            .Should().Be("notfound:PositionNotFoundError:404::Position not found");
        GeneratedAssembly.Call("Invite", """{"inviteCandidateToInterview":{"__typename":"PositionNotFoundError","code":1.5}}""")
            .Should().Be("notfound:PositionNotFoundError:::");
    }

    [Theory]
    [InlineData("Positions", """{"positions":[{"name":"no id"}]}""", "'id' of GraphQL type 'PositionType' is missing")]
    [InlineData("Positions", """{"positions":[{"id":null}]}""", "'id' of GraphQL type 'PositionType' is null")]
    [InlineData("Positions", """{"positions":[{"id":42}]}""", "'id' of GraphQL type 'PositionType'")]
    [InlineData("Positions", """{"positions":{"id":"p"}}""", "'positions' of GraphQL type 'Query'")]
    [InlineData("Positions", """{"positions":["p"]}""", "'positions' of GraphQL type 'Query'")]
    [InlineData("Invite", """{"inviteCandidateToInterview":{"id":"x"}}""", "__typename")]
    [InlineData("Invite", """{"inviteCandidateToInterview":{"__typename":7}}""", "__typename")]
    [InlineData("Invite", """{"inviteCandidateToInterview":"InterviewType"}""", "'inviteCandidateToInterview' of GraphQL type 'Mutation'")]
    [InlineData("Interview", """{"interview":{"id":"i","scores":[{"overriddenScore":[]}]}}""", "'overridenScore' of GraphQL type 'InterviewTeamMemberScore'")]
    [InlineData("Status", "42", "'f' of GraphQL type 'T'")]
    public void Malformed_shapes_throw_JsonException_naming_type_and_field(string method, string json, string expected)
    {
        var read = () => GeneratedAssembly.Call(method, json);

        read.Should().Throw<JsonException>().Which.Message.Should().Contain(expected);
    }

    [Theory]
    [InlineData("Positions", """{"positions":[{"id":"p",""")]
    [InlineData("Positions", """{"positions":[{"id":"p"}""")]
    [InlineData("Invite", """{"inviteCandidateToInterview":{"__typename":"InterviewType","id":""")]
    [InlineData("Interview", """{"interview":{"id":"i","userMetadata":{"a":}}}""")]
    public void Truncated_or_invalid_json_throws_JsonException_only(string method, string json)
    {
        var read = () => GeneratedAssembly.Call(method, json);

        read.Should().Throw<JsonException>();
    }
}
