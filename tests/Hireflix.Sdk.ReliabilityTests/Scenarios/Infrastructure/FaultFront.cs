using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Hireflix.Sdk.Reliability.Infrastructure;

/// <summary>What <see cref="FaultFront"/> does with one request instead of (or after) forwarding it.</summary>
public enum FrontAction
{
    /// <summary>Answer with <see cref="FrontFault.Status"/> and the body <see cref="FrontFault.Body"/> makes.</summary>
    Respond,

    /// <summary>Reset the connection (RST) once the request head arrived, before reading the body.</summary>
    ResetBeforeBody,

    /// <summary>Read the whole request, then reset the connection without answering.</summary>
    ResetAfterRequest,

    /// <summary>Send the headers announcing the whole body, half the body, then close.</summary>
    CutMidBody,

    /// <summary>Answer nothing until the client gives up (its attempt timeout or cancellation).</summary>
    Stall,

    /// <summary>Send the headers and half the body, then nothing until the client gives up.</summary>
    StallBody,
}

/// <summary>One fault the front serves to one request.</summary>
public sealed record FrontFault
{
    public required FrontAction Action { get; init; }

    /// <summary>Forward the request to the fake first: the operation runs (its side effect happens), then the fault replaces the answer.</summary>
    public bool ExecuteFirst { get; init; }

    public int Status { get; init; } = 200;

    public string ContentType { get; init; } = "application/json";

    /// <summary>Makes the body from the fake's real answer (empty when not executed).</summary>
    public Func<byte[], byte[]>? Body { get; init; }

    /// <summary>Makes the <c>Retry-After</c> value when the fault is served (a date needs the client's clock at that moment).</summary>
    public Func<string>? RetryAfter { get; init; }
}

/// <summary>
/// A raw HTTP/1.1 front on 127.0.0.1 in front of a <see cref="Testing.HireflixFakeServer"/>: it forwards requests to
/// the fake (so side effects are real and counted there) and serves the faults a plan asks for, including the
/// socket-level ones HTTP servers cannot fake (resets, cut bodies, stalls). One connection per request
/// (<c>Connection: close</c>), so no attempt is hidden by connection reuse.
/// </summary>
public sealed class FaultFront : IAsyncDisposable
{
    private const int MaxHead = 64 * 1024;
    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(20);

    private readonly TcpListener _listener;
    private readonly HttpClient _upstream;
    private readonly Uri _upstreamEndpoint;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, int> _byOperation = new(StringComparer.Ordinal);
    private readonly Task _acceptLoop;
    private volatile Func<int, FrontFault?> _plan = _ => null;
    private int _requests;
    private int _unread;
    private int _busy;
    private int _stalled;

    public FaultFront(HttpMessageHandler upstreamHandler, Uri upstreamEndpoint)
    {
        _upstream = new HttpClient(upstreamHandler, disposeHandler: true) { Timeout = TimeSpan.FromSeconds(30) };
        _upstreamEndpoint = upstreamEndpoint;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start(512);
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        Endpoint = new Uri($"http://127.0.0.1:{Port}/me");
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    public Uri Endpoint { get; }

    /// <summary>Requests whose head arrived since the last <see cref="Arm"/>.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Requests reset before their body was read (so their operation is unknown) since the last <see cref="Arm"/>.</summary>
    public int Unread => Volatile.Read(ref _unread);

    /// <summary>Requests currently being worked on (not stalled on purpose).</summary>
    public int Busy => Volatile.Read(ref _busy);

    /// <summary>Requests currently held on purpose (the client is waiting on its own timeout or cancellation).</summary>
    public int Stalled => Volatile.Read(ref _stalled);

    /// <summary>Requests per GraphQL operation name since the last <see cref="Arm"/> (those whose body was read).</summary>
    public int RequestsFor(string operationName) => _byOperation.TryGetValue(operationName, out var n) ? n : 0;

    /// <summary>Sets the plan (request index since now → fault, or null to forward) and clears the counters.</summary>
    public void Arm(Func<int, FrontFault?> plan)
    {
        _byOperation.Clear();
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _unread, 0);
        _plan = plan;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try
        {
            await _acceptLoop.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _upstream.Dispose();
        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        client.NoDelay = true;
        var stream = client.GetStream();
        var busy = true;
        Interlocked.Increment(ref _busy);
        try
        {
            var head = await ReadHeadAsync(stream).ConfigureAwait(false);
            if (head is null)
            {
                return;
            }

            var index = Interlocked.Increment(ref _requests) - 1;
            var fault = _plan(index);
            if (fault?.Action == FrontAction.ResetBeforeBody)
            {
                Interlocked.Increment(ref _unread);
                Reset(client);
                return;
            }

            var body = await ReadBodyAsync(stream, head.Value.Leftover, head.Value.ContentLength).ConfigureAwait(false);
            _byOperation.AddOrUpdate(OperationName(body) ?? "(unnamed)", 1, (_, n) => n + 1);

            var real = (Status: 0, Body: Array.Empty<byte>());
            if (fault is null || fault.ExecuteFirst)
            {
                real = await ForwardAsync(body, head.Value.ApiKey).ConfigureAwait(false);
            }

            if (fault is null)
            {
                await WriteAsync(stream, real.Status, "application/json", real.Body, null).ConfigureAwait(false);
                client.Client.Shutdown(SocketShutdown.Send);
                return;
            }

            var faultBody = fault.Body?.Invoke(real.Body) ?? real.Body;
            switch (fault.Action)
            {
                case FrontAction.ResetAfterRequest:
                    Reset(client);
                    return;
                case FrontAction.Respond:
                    await WriteAsync(stream, fault.Status, fault.ContentType, faultBody, fault.RetryAfter?.Invoke()).ConfigureAwait(false);
                    client.Client.Shutdown(SocketShutdown.Send);
                    return;
                case FrontAction.CutMidBody:
                    await WriteHeadAsync(stream, fault.Status, fault.ContentType, faultBody.Length, null).ConfigureAwait(false);
                    await stream.WriteAsync(faultBody.AsMemory(0, faultBody.Length / 2)).ConfigureAwait(false);
                    await stream.FlushAsync().ConfigureAwait(false);
                    client.Client.Shutdown(SocketShutdown.Send);
                    return;
                case FrontAction.StallBody:
                    await WriteHeadAsync(stream, fault.Status, fault.ContentType, faultBody.Length, null).ConfigureAwait(false);
                    await stream.WriteAsync(faultBody.AsMemory(0, faultBody.Length / 2)).ConfigureAwait(false);
                    await stream.FlushAsync().ConfigureAwait(false);
                    break;
            }

            // Stall / StallBody: hold until the client closes (its timeout or cancellation), bounded in real time.
            Interlocked.Decrement(ref _busy);
            busy = false;
            Interlocked.Increment(ref _stalled);
            try
            {
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
                limit.CancelAfter(StallLimit);
                var sink = new byte[256];
                while (await stream.ReadAsync(sink, limit.Token).ConfigureAwait(false) > 0)
                {
                }
            }
            finally
            {
                Interlocked.Decrement(ref _stalled);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException or HttpRequestException)
        {
            // The client went away (timeout, cancellation) or the upstream failed: nothing to answer.
        }
        finally
        {
            if (busy)
            {
                Interlocked.Decrement(ref _busy);
            }
        }
    }

    private async Task<(int Status, byte[] Body)> ForwardAsync(byte[] body, string? apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _upstreamEndpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (apiKey is not null)
        {
            request.Headers.TryAddWithoutValidation("X-API-KEY", apiKey);
        }

        using var response = await _upstream.SendAsync(request, _stopping.Token).ConfigureAwait(false);
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(_stopping.Token).ConfigureAwait(false));
    }

    private static void Reset(TcpClient client)
    {
        client.Client.LingerState = new LingerOption(true, 0);
        client.Client.Close();
    }

    private static async Task WriteAsync(NetworkStream stream, int status, string contentType, byte[] body, string? retryAfter)
    {
        await WriteHeadAsync(stream, status, contentType, body.Length, retryAfter).ConfigureAwait(false);
        await stream.WriteAsync(body).ConfigureAwait(false);
        await stream.FlushAsync().ConfigureAwait(false);
    }

    private static async Task WriteHeadAsync(NetworkStream stream, int status, string contentType, int length, string? retryAfter)
    {
        var head = new StringBuilder()
            .Append("HTTP/1.1 ").Append(status).Append(" Status\r\n")
            .Append("Content-Type: ").Append(contentType).Append("\r\n")
            .Append("Content-Length: ").Append(length).Append("\r\n")
            .Append("X-Request-Id: front-").Append(Guid.NewGuid().ToString("N")).Append("\r\n")
            .Append("Connection: close\r\n");
        if (retryAfter is not null)
        {
            head.Append("Retry-After: ").Append(retryAfter).Append("\r\n");
        }

        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString())).ConfigureAwait(false);
    }

    private static async Task<(int ContentLength, string? ApiKey, byte[] Leftover)?> ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new byte[8192];
        var data = new List<byte>();
        while (data.Count < MaxHead)
        {
            var read = await stream.ReadAsync(buffer).ConfigureAwait(false);
            if (read == 0)
            {
                return null;
            }

            data.AddRange(buffer.AsSpan(0, read));
            var end = IndexOfHeadEnd(data);
            if (end < 0)
            {
                continue;
            }

            var text = Encoding.ASCII.GetString(data.GetRange(0, end).ToArray());
            int length = 0;
            string? apiKey = null;
            foreach (var line in text.Split("\r\n").Skip(1))
            {
                var colon = line.IndexOf(':');
                if (colon <= 0)
                {
                    continue;
                }

                var name = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                }
                else if (name.Equals("X-API-KEY", StringComparison.OrdinalIgnoreCase))
                {
                    apiKey = value;
                }
            }

            return (length, apiKey, data.GetRange(end + 4, data.Count - end - 4).ToArray());
        }

        return null;
    }

    private static int IndexOfHeadEnd(List<byte> data)
    {
        for (var i = 0; i + 3 < data.Count; i++)
        {
            if (data[i] == '\r' && data[i + 1] == '\n' && data[i + 2] == '\r' && data[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }

    private static async Task<byte[]> ReadBodyAsync(NetworkStream stream, byte[] leftover, int length)
    {
        var body = new byte[length];
        var have = Math.Min(leftover.Length, length);
        leftover.AsSpan(0, have).CopyTo(body);
        while (have < length)
        {
            var read = await stream.ReadAsync(body.AsMemory(have)).ConfigureAwait(false);
            if (read == 0)
            {
                throw new IOException("The client closed the connection mid-request.");
            }

            have += read;
        }

        return body;
    }

    private static string? OperationName(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("operationName", out var name) ? name.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
