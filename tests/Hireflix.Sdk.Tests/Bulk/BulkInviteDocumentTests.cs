using System.Text.RegularExpressions;
using Hireflix.Sdk.Models;
using Hireflix.Sdk.Operations;
using Hireflix.Sdk.Tests.Infrastructure;

namespace Hireflix.Sdk.Tests.Bulk;

/// <summary>The hand-made bulk document sends exactly the generated invite's names, once per alias, and reads each alias back.</summary>
public sealed class BulkInviteDocumentTests : IDisposable
{
    private readonly MockHireflix _mock = new();
    private readonly TestClients _clients;

    public BulkInviteDocumentTests() => _clients = new TestClients(_mock.Endpoint);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(50)]
    public void Each_alias_selects_exactly_what_the_generated_invite_selects(int count)
    {
        var inputs = Enumerable.Range(0, count).Select(Input).ToArray();

        var text = new InviteCandidatesMutation(inputs).Wire.Text;

        var invite = InviteCandidateMutation.DocumentText;
        var inner = invite[(invite.IndexOf("{inviteCandidateToInterview(input:$input)", StringComparison.Ordinal) + 1)..^1];
        var expected = "mutation InviteCandidates(" + string.Join(",", Enumerable.Range(0, count).Select(i => $"$i{i}:InviteCandidateToInterviewInput!")) + "){"
            + string.Join(" ", Enumerable.Range(0, count).Select(i => $"c{i}:" + inner.Replace("(input:$input)", $"(input:$i{i})"))) + "}";
        text.Should().Be(expected);
        text.Should().NotContain("fragment ");
        Regex.Matches(text, @"\.\.\. on (\w+)").Select(m => m.Groups[1].Value).Distinct()
            .Should().BeEquivalentTo(Regex.Matches(invite, @"\.\.\. on (\w+)").Select(m => m.Groups[1].Value).Distinct(), "no type name the invite does not already send");
    }

    [Fact]
    public void The_same_batch_size_reuses_one_document_so_pruning_is_remembered()
    {
        new InviteCandidatesMutation([Input(0), Input(1)]).Wire.Should().BeSameAs(new InviteCandidatesMutation([Input(5), Input(6)]).Wire);
        new InviteCandidatesMutation([Input(0)]).Wire.Should().NotBeSameAs(new InviteCandidatesMutation([Input(0), Input(1)]).Wire);
    }

    [Fact]
    public async Task Sends_one_variable_per_candidate_and_maps_each_alias_to_its_candidate()
    {
        _mock.Respond("InviteCandidates", """
            {"data":{
              "c1":{"__typename":"InterviewAlreadyExistsInPositionError","code":409,"name":"InterviewAlreadyExistsInPositionError","alreadyExistsMessage":"Interview already exists"},
              "c0":{"__typename":"InterviewType","id":"68d4164f19367e041b2030c0","candidate":{"email":"c0@example.com"}},
              "c2":{"__typename":"ExceededInvitesThisPeriodError","code":402,"name":"ExceededInvitesThisPeriodError","exceededInvitesMessage":"Quota"}}}
            """);

        var outcomes = await _clients.Client.Interviews.InviteManyAsync(TestIds.PositionId, [Candidate(0), Candidate(1), Candidate(2)]);

        var variables = _mock.Bodies.Single().GetProperty("variables");
        variables.EnumerateObject().Select(p => p.Name).Should().Equal("i0", "i1", "i2");
        variables.GetProperty("i2").GetProperty("candidate").GetProperty("email").GetString().Should().Be("c2@example.com");
        outcomes[0].Invitation!.Interview.Id.Should().Be("68d4164f19367e041b2030c0");
        outcomes[1].Error.Should().BeOfType<InterviewAlreadyExistsException>().Which.OperationName.Should().Be("InviteCandidates");
        outcomes[2].Error.Should().BeOfType<InvitesQuotaExceededException>();
    }

    [Fact]
    public async Task An_error_on_one_alias_fails_that_candidate_only()
    {
        _mock.Respond("InviteCandidates", """
            {"errors":[{"message":"Internal error","path":["c1"]}],
             "data":{"c0":{"__typename":"InterviewType","id":"68d4164f19367e041b2030c0"},"c1":null}}
            """);

        var outcomes = await _clients.Client.Interviews.InviteManyAsync(TestIds.PositionId, [Candidate(0), Candidate(1)]);

        outcomes[0].Succeeded.Should().BeTrue("its interview exists and its candidate was e-mailed");
        outcomes[1].Error.Should().BeOfType<HireflixGraphQLException>();
    }

    [Fact]
    public async Task A_failed_request_gives_every_candidate_of_the_batch_its_error_and_the_call_does_not_throw()
    {
        _mock.Respond("InviteCandidates", """{"message":"Unauthorized"}""", status: 401);

        var outcomes = await _clients.Client.Interviews.InviteManyAsync(TestIds.PositionId, [Candidate(0), Candidate(1)], new BulkInviteOptions { BatchSize = 1 });

        outcomes.Should().HaveCount(2).And.OnlyContain(o => o.Error is HireflixAuthenticationException);
    }

    public void Dispose()
    {
        _clients.Dispose();
        _mock.Dispose();
    }

    private static CandidateInvite Candidate(int i) => new() { FirstName = $"C{i}", Email = $"c{i}@example.com" };

    private static InviteCandidateToInterviewInput Input(int i) => new()
    {
        PositionId = TestIds.PositionId,
        Candidate = new InviteCandidateInput { FirstName = $"C{i}", Email = $"c{i}@example.com" },
    };
}
