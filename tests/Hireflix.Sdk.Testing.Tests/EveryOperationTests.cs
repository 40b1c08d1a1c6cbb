using System.Text.Json;
using Hireflix.Sdk.Testing.Tests.Infrastructure;

namespace Hireflix.Sdk.Testing.Tests;

/// <summary>Every operation the SDK ships runs against the fake, in memory and over loopback HTTP, and answers data.</summary>
public sealed class EveryOperationTests
{
    private static readonly Dictionary<string, Func<World, object?>> Variables = new()
    {
        ["GetPositions"] = _ => null,
        ["GetPosition"] = w => new { id = w.PositionId },
        ["RenamePosition"] = w => new { id = w.PositionId, name = "Staff Engineer" },
        ["ArchivePosition"] = w => new { id = w.PositionId },
        ["DeletePosition"] = w => new { id = w.PositionId },
        ["GetInterview"] = w => new { id = w.CompletedInterviewId },
        ["ListInterviews"] = w => new { positionId = w.PositionId, limit = 10 },
        ["ListInterviewsByStage"] = w => new { positionId = w.PositionId, stage = "to_evaluate", limit = 10 },
        ["InviteCandidate"] = w => new
        {
            positionId = w.PositionId,
            firstName = "Linus",
            lastName = "Torvalds",
            email = "linus@example.com",
            phone = "+358400000000",
            externalId = "ats-7",
            disableNotifications = false,
            metadata = new { source = "ats", tags = new[] { "a", "b" } },
        },
        ["FindInterviewByEmail"] = w => new { positionId = w.PositionId, email = World.CompletedEmail },
        ["GetInterviewSessionDetails"] = w => new { id = w.CompletedInterviewId },
        ["ScoreInterview"] = w => new { id = w.CompletedInterviewId, score = 4.5 },
        ["ClearInterviewScore"] = w => new { id = w.CompletedInterviewId },
        ["CommentInterview"] = w => new { id = w.CompletedInterviewId, comment = "Strong answers." },
        ["ShareInterview"] = w => new { id = w.CompletedInterviewId, durationInDays = 365 },
        ["SetInterviewShortlisted"] = w => new { id = w.CompletedInterviewId, finalist = true },
        ["SetInterviewDiscarded"] = w => new { id = w.CompletedInterviewId, archive = true },
    };

    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in SdkOperations.OperationNames.Order(StringComparer.Ordinal))
        {
            data.Add(name, false);
            data.Add(name, true);
        }

        return data;
    }

    [Fact]
    public void Every_sdk_operation_is_covered_here()
    {
        SdkOperations.OperationNames.Should().BeEquivalentTo(Variables.Keys, "a new SDK operation needs a case in this test");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Operation_answers_data(string operationName, bool loopback)
    {
        await using var fake = await FakeHost.StartAsync(loopback);
        fake.IsLoopback.Should().Be(loopback);
        var world = World.Seed(fake);
        using var http = fake.CreateClient();

        var response = await http.OperationAsync(operationName, Variables[operationName](world));

        var data = response.ShouldSucceed();
        data.ValueKind.Should().Be(JsonValueKind.Object);
        var root = data.EnumerateObject().Single().Value;
        root.ValueKind.Should().NotBe(JsonValueKind.Null, response.Body);
        fake.RequestsFor(operationName).Should().Be(1);
    }

    [Fact]
    public async Task Loopback_binds_127_0_0_1_only_and_serves_me()
    {
        await using var fake = await FakeHost.StartAsync(loopback: true);

        fake.Endpoint.Host.Should().Be("127.0.0.1");
        fake.Endpoint.Port.Should().BePositive();
        fake.Endpoint.AbsolutePath.Should().Be("/me");
    }

    [Fact]
    public async Task In_memory_endpoint_is_me_on_a_fake_host()
    {
        await using var fake = await FakeHost.StartAsync();

        fake.Endpoint.Should().Be(new Uri("http://hireflix.fake/me"));
    }

    [Theory]
    [MemberData(nameof(FakeHost.Modes), MemberType = typeof(FakeHost))]
    public async Task Root_path_answers_too(bool loopback)
    {
        await using var fake = await FakeHost.StartAsync(loopback);
        using var http = new HttpClient(fake.CreateHandler()) { BaseAddress = fake.BaseAddress };
        http.DefaultRequestHeaders.Add("x-api-key", fake.ApiKey);

        var response = await http.QueryAsync("{ positions { id } }");

        response.ShouldSucceed().GetProperty("positions").GetArrayLength().Should().Be(0);
    }
}
