using System.Text;
using Hireflix.Sdk.Tests.Infrastructure;

namespace Hireflix.Sdk.Tests.Errors;

/// <summary>Issue 17, finding 7: 10,000 errors of 1 KB made a 10 MB exception message; the message is bounded, Errors is whole.</summary>
public sealed class GraphQLErrorMessageTests : IDisposable
{
    private readonly MockHireflix _mock = new();

    [Fact]
    public async Task Ten_thousand_errors_give_a_short_message_and_all_errors()
    {
        var body = new StringBuilder("{\"errors\":[");
        for (var i = 0; i < 10_000; i++)
        {
            body.Append(i == 0 ? string.Empty : ",").Append("{\"message\":\"error ").Append(i).Append(' ').Append('x', 1_000).Append("\"}");
        }

        _mock.Respond("GetPositions", body.Append("]}").ToString());
        using var clients = new TestClients(_mock.Endpoint);

        var error = await Record.ExceptionAsync(() => clients.Client.Positions.ListAsync());

        var graphQL = error.Should().BeOfType<HireflixGraphQLException>().Which;
        graphQL.Errors.Should().HaveCount(10_000);
        graphQL.Message.Length.Should().BeLessThan(4_096);
        graphQL.Message.Should().Contain("10000 GraphQL errors").And.Contain("error 0 ").And.Contain("9997 more");
    }

    [Fact]
    public void A_few_short_errors_are_all_in_the_message()
    {
        var error = new HireflixGraphQLException([new HireflixGraphQLError { Message = "first" }, new HireflixGraphQLError { Message = "second", Code = "BAD" }]);

        error.Message.Should().Be("Hireflix returned 2 GraphQL errors: first; second (BAD)");
    }

    public void Dispose() => _mock.Dispose();
}
