using System.Buffers;

namespace Hireflix.Sdk.Transport;

/// <summary>
/// Where response buffers come from. Up to <see cref="PoolLimit"/> they are pooled: every realistic answer fits
/// (the largest benchmarked one, an interview with 40,000 timed words, is 1.9 MB) and reuse saves a large-object-heap
/// allocation per call. Above it they come from, and go back to, the GC: ArrayPool.Shared keeps arrays up to 1 GiB
/// per core and per thread, so one 100 MB answer left +724 MiB behind in the pool.
/// </summary>
internal static class ResponseBufferPool
{
    public const int PoolLimit = 4 * 1024 * 1024;

    public static byte[] Rent(int minimumLength) =>
        minimumLength <= PoolLimit ? ArrayPool<byte>.Shared.Rent(minimumLength) : Allocate(minimumLength);

#if NET
    private static byte[] Allocate(int length) => GC.AllocateUninitializedArray<byte>(length);
#else
    private static byte[] Allocate(int length) => new byte[length];
#endif

    public static void Return(byte[] array)
    {
        // Pool-rented arrays are powers of two up to PoolLimit; anything longer was allocated here and is the GC's.
        if (array.Length is > 0 and <= PoolLimit)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
