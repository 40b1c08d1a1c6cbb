using Hireflix.Sdk.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Hireflix.Sdk.Tests.Parsing;

/// <summary>An optional scalar of an unexpected JSON kind reads as null, logs one warning per client, and never fails the call.</summary>
public sealed class WrongKindWarningTests : IDisposable
{
    private readonly MockHireflix _mock = new();

    [Fact]
    public async Task A_wrong_kind_optional_scalar_reads_null_with_one_warning()
    {
        _mock.Respond("GetPositions", """
            {"data":{"positions":[{"id":"bbbbbbbbbbbbbbbbbbbbbbb1","name":{"unexpected":"object"},"archived":null,"active":"yes","createdAt":1758806647378}]}}
            """);
        using var logs = new FakeLoggerProvider();
        using var clients = new TestClients(_mock.Endpoint, logs: logs);

        var first = await clients.Client.Positions.ListAsync();
        var second = await clients.Client.Positions.ListAsync();

        foreach (var position in first.Concat(second))
        {
            position.Id.Should().Be("bbbbbbbbbbbbbbbbbbbbbbb1");
            position.Name.Should().BeNull();
            position.IsActive.Should().BeNull();
            position.CreatedAt.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1758806647378));
        }

        var warnings = logs.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Message).ToList();
        warnings.Where(w => w.Contains(".name ", StringComparison.Ordinal)).Should().ContainSingle("one warning per field, not per call")
            .Which.Should().Contain("GetPositions").And.Contain("reads as null");
        warnings.Where(w => w.Contains(".active ", StringComparison.Ordinal)).Should().ContainSingle();
        warnings.Should().HaveCount(2);
    }

    public void Dispose() => _mock.Dispose();
}
