using System.Buffers;

namespace Hireflix.Sdk.Transport;

/// <summary>
/// The whole response body in a pooled array: parsed in one pass and returned to the pool after, so large
/// interview results do not leave a body-sized garbage array per call.
/// </summary>
internal sealed class ResponseBuffer : IDisposable
{
    private byte[] _array;

    private ResponseBuffer(byte[] array, int length)
    {
        _array = array;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _array.AsSpan(0, Length);

    public ReadOnlyMemory<byte> Memory => _array.AsMemory(0, Length);

    /// <summary>A read-only stream over the bytes; valid until the buffer is disposed.</summary>
    public Stream CreateReadStream() => new MemoryStream(_array, 0, Length, writable: false);

    public static async Task<ResponseBuffer> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        var array = ArrayPool<byte>.Shared.Rent(declared is > 0 and < int.MaxValue / 2 ? (int)declared.Value + 1 : 16 * 1024);
        var length = 0;
        try
        {
            using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (length == array.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(array.Length * 2);
                    array.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(array);
                    array = larger;
                }

                var read = await stream.ReadAsync(array.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new ResponseBuffer(array, length);
                }

                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(array);
            throw;
        }
    }

    public void Dispose()
    {
        var array = Interlocked.Exchange(ref _array, []);
        if (array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
