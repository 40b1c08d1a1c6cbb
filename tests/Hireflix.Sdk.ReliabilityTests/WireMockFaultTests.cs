using System.Text.Json;
using Hireflix.Sdk.Reliability.FaultMatrix;
using Hireflix.Sdk.Reliability.Fuzzing;
using Hireflix.Sdk.Reliability.Infrastructure;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using Xunit.Abstractions;

namespace Hireflix.Sdk.ReliabilityTests;

/// <summary>
/// A second, independent server for the HTTP-shaped faults: WireMock.Net 1.25.0's own fault types and statuses on
/// 127.0.0.1, answering every operation with its documented response. The attempts WireMock logs must follow the
/// same retry table as the fault matrix.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class WireMockFaultTests(ITestOutputHelper output) : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });

    public enum WireMockFault
    {
        EmptyResponse,
        MalformedResponseChunk,
        Status502,
        Status429RetryAfter,
        Status200Html,
    }

    public static TheoryData<SdkOperation, WireMockFault> Cells()
    {
        var data = new TheoryData<SdkOperation, WireMockFault>();
        foreach (var operation in SdkOperations.All)
        {
            foreach (var fault in Enum.GetValues<WireMockFault>())
            {
                data.Add(operation, fault);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task WireMock_faults_follow_the_retry_table(SdkOperation operation, WireMockFault fault)
    {
        var wireName = SdkOperations.WireName(operation);
        var response = fault switch
        {
            WireMockFault.EmptyResponse => Response.Create().WithFault(FaultType.EMPTY_RESPONSE),
            WireMockFault.MalformedResponseChunk => Response.Create().WithStatusCode(200).WithBody(Seed(wireName)).WithFault(FaultType.MALFORMED_RESPONSE_CHUNK),
            WireMockFault.Status502 => Response.Create().WithStatusCode(502).WithBody("Bad Gateway"),
            WireMockFault.Status429RetryAfter => Response.Create().WithStatusCode(429).WithHeader("Retry-After", "0"),
            _ => Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<html><body>Maintenance</body></html>"),
        };
        _server.Given(Request.Create().WithPath("/me").UsingPost().WithBody(new JsonPartialMatcher($"{{\"operationName\":\"{wireName}\"}}"))).RespondWith(response);
        using var harness = new ClientHarness(new HarnessOptions
        {
            Endpoint = new Uri($"{_server.Urls[0]}/me"),
            ApiKey = "wiremock-key",
            Configure = o => o.RetryDelay = TimeSpan.FromMilliseconds(1),
        });
        var target = new OperationTarget("68d53cf0a3d3c03c50f103c3", "68d4164f19367e041b2030c0", "ada@example.com", "Ada", "Lovelace");

        var error = await Record.ExceptionAsync(() => SdkOperations.InvokeAsync(harness.Client, operation, target).WaitAsync(TimeSpan.FromSeconds(30)));

        // Only the operation's own requests: a failed bulk invite may go on to look a candidate up (another operation).
        var attempts = _server.LogEntries.Count(e => e.RequestMessage.Body?.Contains($"\"operationName\":\"{wireName}\"", StringComparison.Ordinal) == true);
        output.WriteLine($"{operation} × {fault}: {error?.GetType().Name ?? "value"} after {attempts} attempt(s): {error?.Message}");
        error.Should().BeAssignableTo<HireflixException>("only typed SDK errors come out");
        var ambiguousNetworkFailure = error is HireflixConnectionException;
        var expectedAttempts = fault switch
        {
            WireMockFault.Status429RetryAfter => 1 + FaultExpectation.MaxRetries,
            WireMockFault.Status502 => FaultExpectation.Retried(operation, FaultKind.Status502) ? 1 + FaultExpectation.MaxRetries : 1,
            WireMockFault.Status200Html => 1,
            _ when ambiguousNetworkFailure => FaultExpectation.Retried(operation, FaultKind.ResetAfterRequest) ? 1 + FaultExpectation.MaxRetries : 1,
            _ => 1,
        };
        attempts.Should().Be(expectedAttempts);
        if (fault is WireMockFault.Status200Html or WireMockFault.EmptyResponse or WireMockFault.MalformedResponseChunk)
        {
            // WireMock.Net serves EMPTY_RESPONSE and MALFORMED_RESPONSE_CHUNK as complete 200 responses with an empty or
            // truncated body: not transient, not retried (socket-level cuts are the fault matrix's CutMidBody column).
            error.Should().BeOfType<HireflixResponseException>();
        }
        else
        {
            error.Should().BeOfType(fault == WireMockFault.Status502 ? typeof(HireflixHttpException) : typeof(HireflixRateLimitException));
        }
    }

    public void Dispose() => _server.Stop();

    private static string Seed(string wireName) =>
        wireName == "InviteCandidates" ? BulkSeed() :
        SeedResponses.All.Single(t => t.OperationName == wireName).Seeds[0] is var seed && JsonDocument.Parse(seed) is { } _ ? seed : throw new InvalidOperationException();

    /// <summary>The hand-made bulk invite answers the generated invite's union once per alias.</summary>
    private static string BulkSeed()
    {
        using var invite = JsonDocument.Parse(Seed("InviteCandidate"));
        var member = invite.RootElement.GetProperty("data").GetProperty("inviteCandidateToInterview").GetRawText();
        return "{\"data\":{" + string.Join(",", Enumerable.Range(0, OperationTarget.BulkCandidates).Select(i => $"\"c{i}\":{member}")) + "}}";
    }
}
