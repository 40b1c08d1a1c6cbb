using System.Text;

namespace Hireflix.Sdk.Reliability.HostileServer;

/// <summary>The answers of a hostile server, written straight to the socket; bodies are streamed so the server's own memory stays flat.</summary>
public static class HostileResponses
{
    private static readonly byte[] Filler = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));

    public static byte[] Positions { get; } = Encoding.UTF8.GetBytes(
        """{"data":{"positions":[{"id":"68d53cf0a3d3c03c50f103c3","name":"Backend Engineer","archived":null,"active":true,"description":null,"tags":[],"createdAt":1758000000000,"updatedAt":null}]}}""");

    public static Func<HostileRequest, Stream, CancellationToken, Task> Redirect(int status, string location) =>
        (_, stream, ct) => HostileHttpServer.WriteHeadAsync(stream, status, [$"Location: {location}", "Content-Length: 0"], ct);

    /// <summary>A chunked body that never ends: only the client can stop it.</summary>
    public static async Task EndlessChunkedAsync(HostileRequest request, Stream stream, CancellationToken cancellationToken)
    {
        await HostileHttpServer.WriteHeadAsync(stream, 200, ["Content-Type: application/json", "Transfer-Encoding: chunked"], cancellationToken).ConfigureAwait(false);
        var size = Encoding.ASCII.GetBytes($"{Filler.Length:X}\r\n");
        var end = "\r\n"u8.ToArray();
        await stream.WriteAsync("1\r\n[\r\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        while (true)
        {
            await stream.WriteAsync(size, cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(Filler, cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(end, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Declares a gigabyte, sends 25 bytes, hangs up.</summary>
    public static async Task LyingContentLengthAsync(HostileRequest request, Stream stream, CancellationToken cancellationToken)
    {
        await HostileHttpServer.WriteHeadAsync(stream, 200, ["Content-Type: application/json", "Content-Length: 1000000000"], cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync("{\"data\":{\"positions\":[]}}"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A well-formed positions answer of exactly <paramref name="bytes"/> bytes (a long description pads it), streamed.</summary>
    public static Func<HostileRequest, Stream, CancellationToken, Task> PositionsOfSize(long bytes) => async (_, stream, ct) =>
    {
        var head = Encoding.UTF8.GetBytes("""{"data":{"positions":[{"id":"68d53cf0a3d3c03c50f103c3","name":"Big","archived":null,"active":true,"tags":[],"createdAt":1758000000000,"updatedAt":null,"description":" """.TrimEnd());
        var tail = "\"}]}}"u8.ToArray();
        var padding = bytes - head.Length - tail.Length;
        await HostileHttpServer.WriteHeadAsync(stream, 200, ["Content-Type: application/json", $"Content-Length: {bytes}"], ct).ConfigureAwait(false);
        await stream.WriteAsync(head, ct).ConfigureAwait(false);
        for (var left = padding; left > 0; left -= Filler.Length)
        {
            await stream.WriteAsync(Filler.AsMemory(0, (int)Math.Min(left, Filler.Length)), ct).ConfigureAwait(false);
        }

        await stream.WriteAsync(tail, ct).ConfigureAwait(false);
    };

    /// <summary><paramref name="count"/> GraphQL errors of about 1 KB each.</summary>
    public static Func<HostileRequest, Stream, CancellationToken, Task> ManyErrors(int count)
    {
        var body = new StringBuilder("{\"errors\":[");
        for (var i = 0; i < count; i++)
        {
            body.Append(i == 0 ? string.Empty : ",").Append("{\"message\":\"error ").Append(i).Append(' ').Append('x', 1_000).Append("\"}");
        }

        var bytes = Encoding.UTF8.GetBytes(body.Append("]}").ToString());
        return (_, stream, ct) => HostileHttpServer.WriteJsonAsync(stream, 200, bytes, ct);
    }

    public static Func<HostileRequest, Stream, CancellationToken, Task> RateLimited(string retryAfter) =>
        (_, stream, ct) => HostileHttpServer.WriteJsonAsync(stream, 429, "{}"u8.ToArray(), ct, $"Retry-After: {retryAfter}");

    /// <summary>A normal answer that also sets a session cookie, as a load balancer in front of one tenant might.</summary>
    public static Task PositionsWithCookieAsync(HostileRequest request, Stream stream, CancellationToken cancellationToken) =>
        HostileHttpServer.WriteJsonAsync(stream, 200, Positions, cancellationToken, "Set-Cookie: tenant-session=first-tenant-secret; Path=/");
}
