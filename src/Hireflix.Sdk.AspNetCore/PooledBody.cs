using System.Buffers;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>
/// A growable body buffer; disposing clears it (it holds candidate data). Small buffers come from the shared pool;
/// larger ones are plain arrays left to the GC, so a burst of large hostile bodies leaves no memory parked in the pool.
/// </summary>
internal sealed class PooledBody(int initialCapacity) : IDisposable
{
    private const int MaxPooledSize = 64 * 1024;

    private byte[]? _buffer = Allocate(initialCapacity);

    public int Length { get; private set; }

    public int Capacity => Buffer.Length;

    public ReadOnlySpan<byte> Span => Buffer.AsSpan(0, Length);

    public Memory<byte> FreeSpace => Buffer.AsMemory(Length);

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(PooledBody));

    public void Advance(int count) => Length += count;

    public void Grow(int capacity)
    {
        byte[] larger = Allocate(capacity);
        Span.CopyTo(larger);
        Release(Buffer, Length);
        _buffer = larger;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            Release(buffer, Length);
        }
    }

    private static byte[] Allocate(int size) => size <= MaxPooledSize ? ArrayPool<byte>.Shared.Rent(size) : new byte[size];

    private static void Release(byte[] buffer, int used)
    {
        buffer.AsSpan(0, used).Clear();
        if (buffer.Length <= MaxPooledSize)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
