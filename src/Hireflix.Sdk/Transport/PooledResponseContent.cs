using System.Net;

namespace Hireflix.Sdk.Transport;

/// <summary>
/// A response body already read into a pooled <see cref="ResponseBuffer"/> by <see cref="ResponseBufferingHandler"/>.
/// The transport takes the buffer over (<see cref="TryTakeBuffer"/>) and parses it in place; anything else that reads
/// the content sees the same bytes. Disposing the content returns the buffer unless it was taken.
/// </summary>
internal sealed class PooledResponseContent : HttpContent
{
    private ResponseBuffer? _buffer;

    public PooledResponseContent(ResponseBuffer buffer, HttpContent original)
    {
        _buffer = buffer;
        foreach (var header in original.Headers.NonValidated)
        {
            if (string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                continue; // computed from the buffer
            }

            if (header.Value.Count == 1)
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value.ToString());
            }
            else
            {
                Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
    }

    /// <summary>Hands the buffer (and the duty to dispose it) to the caller; false when it was already taken.</summary>
    public bool TryTakeBuffer(out ResponseBuffer buffer)
    {
        buffer = Interlocked.Exchange(ref _buffer, null)!;
        return buffer is not null;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

#if NETSTANDARD2_0
    // netstandard2.0's HttpContent has no cancellable overloads to override; the overrides above call these instead.
    private Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(Current.Memory, cancellationToken).AsTask();
#else
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(Current.Memory, cancellationToken).AsTask();
#endif

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult(CreateContentReadStream(CancellationToken.None));

#if NETSTANDARD2_0
    private Stream CreateContentReadStream(CancellationToken cancellationToken) =>
        Current.CreateReadStream();
#else
    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) =>
        Current.CreateReadStream();
#endif

    protected override bool TryComputeLength(out long length)
    {
        length = _buffer?.Length ?? 0;
        return _buffer is not null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Interlocked.Exchange(ref _buffer, null)?.Dispose();
        }

        base.Dispose(disposing);
    }

    private ResponseBuffer Current =>
        _buffer ?? throw new InvalidOperationException("The response body was already handed to the Hireflix transport.");
}
