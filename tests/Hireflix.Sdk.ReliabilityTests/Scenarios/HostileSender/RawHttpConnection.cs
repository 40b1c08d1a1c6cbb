using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Hireflix.Sdk.Reliability.HostileSender;

/// <summary>
/// One HTTP/1.1 request written byte by byte over a raw <see cref="TcpClient"/>: HttpClient cannot declare a length
/// it does not send, trickle a body, or hang up half-way, which is exactly what a hostile sender does.
/// </summary>
public sealed class RawHttpConnection : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;

    private RawHttpConnection(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    /// <summary>Connects to the endpoint's host and port (a loopback URL).</summary>
    public static async Task<RawHttpConnection> OpenAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(endpoint.Host, endpoint.Port, cancellationToken).ConfigureAwait(false);
            return new RawHttpConnection(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Sends the request line and headers; the body follows with <see cref="SendAsync"/>.</summary>
    public Task SendHeadersAsync(Uri endpoint, long contentLength, string? signature, CancellationToken cancellationToken)
    {
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"POST {endpoint.PathAndQuery} HTTP/1.1\r\n")
            .Append(CultureInfo.InvariantCulture, $"Host: {endpoint.Authority}\r\n")
            .Append("Content-Type: application/json\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {contentLength}\r\n");
        if (signature is not null)
        {
            head.Append(CultureInfo.InvariantCulture, $"x-hireflix-signature: {signature}\r\n");
        }

        return SendAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), cancellationToken);
    }

    public async Task SendAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the response's status code, or null when the server closed the connection without answering.</summary>
    public async Task<int?> ReadStatusAsync(CancellationToken cancellationToken)
    {
        // "HTTP/1.1 408" is 12 bytes; the status line is all that is needed.
        var buffer = new byte[12];
        int read = 0;
        try
        {
            while (read < buffer.Length)
            {
                int n = await _stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    return null;
                }

                read += n;
            }
        }
        catch (IOException)
        {
            return null;
        }

        return int.Parse(Encoding.ASCII.GetString(buffer, 9, 3), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>Hangs up with a TCP reset (linger 0) instead of a clean close, as a crashed or hostile peer does.</summary>
    public void Reset()
    {
        _client.Client.LingerState = new LingerOption(true, 0);
        _client.Client.Close();
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
