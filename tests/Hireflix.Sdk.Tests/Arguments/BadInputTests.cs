using Hireflix.Sdk.Tests.Infrastructure;

namespace Hireflix.Sdk.Tests.Arguments;

public sealed class BadInputTests : IDisposable
{
    private readonly MockHireflix _mock = new();
    private readonly TestClients _clients;

    public BadInputTests() => _clients = new TestClients(_mock.Endpoint);

    public static TheoryData<string> Cases() => new(BadInputCases.All().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Invalid_arguments_throw_ArgumentException_naming_the_parameter_and_send_nothing(string name)
    {
        var (_, param, call) = BadInputCases.All().Single(c => c.Name == name);

        var error = await Record.ExceptionAsync(() => call(_clients.Client));

        error.Should().BeAssignableTo<ArgumentException>();
        ((ArgumentException)error!).ParamName.Should().Be(param);
        _clients.Attempts.Value.Should().Be(0);
        _mock.Requests.Should().BeEmpty();
    }

    [Fact]
    public void There_are_more_than_a_hundred_cases() => BadInputCases.All().Count().Should().BeGreaterThan(100);

    public void Dispose()
    {
        _clients.Dispose();
        _mock.Dispose();
    }
}
