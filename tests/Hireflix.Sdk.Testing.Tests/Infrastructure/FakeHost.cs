namespace Hireflix.Sdk.Testing.Tests.Infrastructure;

/// <summary>Both ways the fake serves: in memory (TestServer) and a real loopback socket.</summary>
public static class FakeHost
{
    public static TheoryData<bool> Modes => new() { false, true };

    public static Task<HireflixFakeServer> StartAsync(bool loopback = false, TimeProvider? time = null, int? inviteQuota = null, FakeSchemaOptions? schema = null) =>
        HireflixFakeServer.StartAsync(new HireflixFakeServerOptions
        {
            ApiKey = "test-key",
            ReviewerName = "Michiel",
            UseLoopback = loopback,
            TimeProvider = time ?? TimeProvider.System,
            InviteQuota = inviteQuota,
            Schema = schema ?? new FakeSchemaOptions(),
        });
}
