namespace Hireflix.Sdk.Transport;

/// <summary>
/// The whole response body in a pooled array: parsed in one pass and returned to the pool after, so large
/// interview results do not leave a body-sized garbage array per call.
/// </summary>
internal sealed class ResponseBuffer : IDisposable
{
    /// <summary>The first buffer when the server declares no length.</summary>
    private const int DefaultInitialSize = 16 * 1024;

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

    /// <summary>Reads the whole body, failing once more than <paramref name="maxBytes"/> bytes have actually arrived.</summary>
    /// <exception cref="HireflixResponseException">The body is longer than <paramref name="maxBytes"/>.</exception>
    public static async Task<ResponseBuffer> ReadAsync(HttpContent content, int maxBytes, string? operationName, CancellationToken cancellationToken)
    {
        var array = ResponseBufferPool.Rent(InitialSize(content.Headers.ContentLength, maxBytes));
        var length = 0;
        try
        {
            using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (true)
            {
                var limit = Math.Min(array.Length, maxBytes);
                if (length == limit)
                {
                    if (length == maxBytes)
                    {
                        // Full to the cap: only one more byte tells "exactly at the cap" from "too large".
                        if (await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) == 0)
                        {
                            return new ResponseBuffer(array, length);
                        }

                        throw TooLarge(maxBytes, operationName);
                    }

                    // Grow on data actually received; long arithmetic, so doubling cannot overflow.
                    var larger = ResponseBufferPool.Rent((int)Math.Min(array.Length * 2L, maxBytes));
                    array.AsSpan(0, length).CopyTo(larger);
                    ResponseBufferPool.Return(array);
                    array = larger;
                    limit = Math.Min(array.Length, maxBytes);
                }

                var read = await stream.ReadAsync(array.AsMemory(length, limit - length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new ResponseBuffer(array, length);
                }

                length += read;
            }
        }
        catch
        {
            ResponseBufferPool.Return(array);
            throw;
        }
    }

    public void Dispose()
    {
        var array = Interlocked.Exchange(ref _array, []);
        ResponseBufferPool.Return(array);
    }

    /// <summary>
    /// A declared Content-Length is only a hint (a server declaring "Content-Length: 1000000000" for
    /// 25 bytes made the SDK reserve 1 GiB per attempt): it pre-sizes up to the pool limit and the cap, the rest grows as bytes arrive.
    /// The extra byte lets the final zero-length read happen without growing.
    /// </summary>
    private static int InitialSize(long? declared, int maxBytes)
    {
        var ceiling = Math.Min(ResponseBufferPool.PoolLimit, maxBytes);
        return declared is > 0 ? (int)Math.Min(declared.Value, ceiling - 1) + 1 : Math.Min(DefaultInitialSize, ceiling);
    }

    private static HireflixResponseException TooLarge(int maxBytes, string? operationName) =>
        new($"Hireflix's answer{(operationName is null ? string.Empty : " to " + operationName)} is larger than HireflixClientOptions.MaxResponseSize ({maxBytes} bytes); it was not read further.")
        {
            OperationName = operationName,
        };
}
