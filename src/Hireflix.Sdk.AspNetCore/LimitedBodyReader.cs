using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// Reads the raw request body into a pooled buffer, refusing to buffer more than a limit. The raw bytes are
/// needed because the signature covers them exactly.
/// </summary>
internal static class LimitedBodyReader
{
    private const int InitialBufferSize = 16 * 1024;

    /// <summary>Returns the body, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<PooledBody?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        long? declared = request.ContentLength;
        if (declared > maxBytes)
        {
            return null;
        }

        // One byte of headroom distinguishes "exactly at the limit" from "past it" without reading everything.
        int capacity = maxBytes + 1;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Min(capacity, (int?)declared + 1 ?? InitialBufferSize));
        int length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length >= capacity)
                    {
                        break;
                    }

                    byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, capacity));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                int read = await request.Body.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, capacity) - length), cancellationToken)
                    .ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    break;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
            throw;
        }

        if (length > maxBytes)
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
            return null;
        }

        return new PooledBody(buffer, length);
    }
}

/// <summary>A rented buffer holding a body; disposing clears it (it holds candidate data) and returns it.</summary>
internal sealed class PooledBody(byte[] buffer, int length) : IDisposable
{
    private byte[]? _buffer = buffer;

    public ReadOnlySpan<byte> Span => _buffer is { } b ? b.AsSpan(0, length) : throw new ObjectDisposedException(nameof(PooledBody));

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } b)
        {
            ArrayPool<byte>.Shared.Return(b, clearArray: true);
        }
    }
}
