namespace Hireflix.Sdk.EndToEndTests.Infrastructure;

/// <summary>How the SDK reaches the fake: through the in-memory TestServer handler, or over a real 127.0.0.1 socket.</summary>
public enum FakeMode
{
    InMemory,
    Loopback,
}
