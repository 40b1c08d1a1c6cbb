namespace System.Buffers;

/// <summary>
/// The .NET Core 3.0+ growable buffer writer (System.Text.Json's netstandard2.0 build keeps its copy internal).
/// Same contract: <see cref="WrittenSpan"/> holds what was advanced over; buffers grow by at least doubling.
/// </summary>
internal sealed class ArrayBufferWriter<T> : IBufferWriter<T>
{
    private T[] _buffer;

    public ArrayBufferWriter() => _buffer = [];

    public ArrayBufferWriter(int initialCapacity)
    {
        if (initialCapacity <= 0)
        {
            throw new ArgumentException("The initial capacity must be positive.", nameof(initialCapacity));
        }

        _buffer = new T[initialCapacity];
    }

    public int WrittenCount { get; private set; }

    public int Capacity => _buffer.Length;

    public int FreeCapacity => _buffer.Length - WrittenCount;

    public ReadOnlySpan<T> WrittenSpan => _buffer.AsSpan(0, WrittenCount);

    public ReadOnlyMemory<T> WrittenMemory => _buffer.AsMemory(0, WrittenCount);

    public void Clear()
    {
        _buffer.AsSpan(0, WrittenCount).Clear();
        WrittenCount = 0;
    }

    public void ResetWrittenCount() => WrittenCount = 0;

    public void Advance(int count)
    {
        if (count < 0 || WrittenCount > _buffer.Length - count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "Cannot advance past the end of the buffer.");
        }

        WrittenCount += count;
    }

    public Memory<T> GetMemory(int sizeHint = 0)
    {
        Grow(sizeHint);
        return _buffer.AsMemory(WrittenCount);
    }

    public Span<T> GetSpan(int sizeHint = 0)
    {
        Grow(sizeHint);
        return _buffer.AsSpan(WrittenCount);
    }

    private void Grow(int sizeHint)
    {
        if (sizeHint < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sizeHint));
        }

        sizeHint = Math.Max(sizeHint, 1);
        if (sizeHint <= FreeCapacity)
        {
            return;
        }

        var needed = checked(WrittenCount + sizeHint);
        var size = Math.Max(needed, Math.Max(256, _buffer.Length * 2));
        Array.Resize(ref _buffer, size);
    }
}
