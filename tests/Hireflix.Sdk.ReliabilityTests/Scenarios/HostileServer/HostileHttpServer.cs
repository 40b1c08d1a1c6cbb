using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Hireflix.Sdk.Reliability.HostileServer;

/// <summary>One request as a hostile server saw it: the raw head (request line and headers) and the body length.</summary>
public sealed record HostileRequest(string Head, int BodyLength)
{
    public bool Carries(string text) => Head.Contains(text, StringComparison.Ordinal);
}

/// <summary>
/// A raw HTTP/1.1 server on 127.0.0.1 (never another interface) that answers each request with whatever bytes its
/// responder writes: bodies that never end, lying Content-Length, redirects, cookies. Kestrel or WireMock would
/// refuse to send most of these. Every request head is kept, so a test can tell whether the API key arrived.
/// </summary>
public sealed class HostileHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<HostileRequest, Stream, CancellationToken, Task> _respond;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<HostileRequest> _requests = new();
    private readonly Task _accepting;

    /// <param name="respond">Writes the whole response for one request; the connection closes after it.</param>
    public HostileHttpServer(Func<HostileRequest, Stream, CancellationToken, Task> respond)
    {
        _respond = respond;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    public Uri Endpoint => new($"http://127.0.0.1:{Port}/me");

    public IReadOnlyList<HostileRequest> Requests => _requests.ToArray();

    /// <summary>Writes a response head; <paramref name="headers"/> are complete header lines.</summary>
    public static Task WriteHeadAsync(Stream stream, int status, IEnumerable<string> headers, CancellationToken cancellationToken)
    {
        var head = new StringBuilder($"HTTP/1.1 {status} Hostile\r\nConnection: close\r\n");
        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        return stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), cancellationToken).AsTask();
    }

    /// <summary>A complete JSON response with an honest Content-Length.</summary>
    public static async Task WriteJsonAsync(Stream stream, int status, byte[] body, CancellationToken cancellationToken, params string[] headers)
    {
        await WriteHeadAsync(stream, status, [.. headers, "Content-Type: application/json", $"Content-Length: {body.Length}"], cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try
        {
            await _accepting.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
            _ = ServeAsync(socket);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using var _ = socket;
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        try
        {
            var request = await ReadRequestAsync(stream, _stop.Token).ConfigureAwait(false);
            if (request is null)
            {
                return;
            }

            _requests.Enqueue(request);
            await _respond(request, stream, _stop.Token).ConfigureAwait(false);
            await stream.FlushAsync(_stop.Token).ConfigureAwait(false);
            socket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client hung up (as it should on an endless body) or the server is stopping.
        }
    }

    /// <summary>Reads the head up to the blank line, then exactly Content-Length body bytes (the SDK always sends one).</summary>
    private static async Task<HostileRequest?> ReadRequestAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new List<byte>(1024);
        var one = new byte[1];
        while (!EndsWithBlankLine(head))
        {
            if (await stream.ReadAsync(one, cancellationToken).ConfigureAwait(false) == 0 || head.Count > 64 * 1024)
            {
                return null;
            }

            head.Add(one[0]);
        }

        var text = Encoding.ASCII.GetString([.. head]);
        var length = text.Split("\r\n")
            .Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            .Select(l => int.Parse(l["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
        return new HostileRequest(text, length);
    }

    private static bool EndsWithBlankLine(List<byte> head) =>
        head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n';
}
