using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>How a body read ended.</summary>
internal enum BodyReadStatus
{
    Complete,
    TooLarge,
    TimedOut,
}

/// <summary>
/// Reads the raw request body into a buffer that starts small and doubles only as bytes arrive, refusing to
/// buffer more than a limit or to wait past a deadline. The raw bytes are needed because the signature covers
/// them exactly; the declared <c>Content-Length</c> is never trusted for sizing (a sender can declare 1 MiB and
/// send one byte).
/// </summary>
internal static class LimitedBodyReader
{
    /// <summary>A Hireflix delivery is a few KB: most bodies fit without growing.</summary>
    internal const int InitialBufferSize = 4 * 1024;

    /// <summary>Reads the body; <see cref="BodyReadStatus.Complete"/> comes with the body, the other statuses without.</summary>
    public static async Task<(BodyReadStatus Status, PooledBody? Body)> ReadAsync(
        HttpRequest request, int maxBytes, TimeSpan deadline, CancellationToken cancellationToken)
    {
        long? declared = request.ContentLength;
        if (declared > maxBytes)
        {
            return (BodyReadStatus.TooLarge, null);
        }

        // The deadline cancels the pending read rather than its token: a token-cancelled read leaves Kestrel's body
        // reader unusable, so its drain after the 408 would fail and log at error level.
        PipeReader reader = request.BodyReader;
        using var timer = new CancellationTokenSource(deadline);
        using CancellationTokenRegistration onDeadline = timer.Token.Register(static r => ((PipeReader)r!).CancelPendingRead(), reader);

        // One byte of headroom distinguishes "exactly at the limit" from "past it" without reading everything.
        int capacity = maxBytes + 1;
        var body = new PooledBody((int)Math.Max(1, Math.Min(Math.Min(capacity, InitialBufferSize), (declared ?? InitialBufferSize) + 1)));
        try
        {
            while (true)
            {
                ReadResult result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                ReadOnlySequence<byte> received = result.Buffer;
                bool tooLarge = body.Length + received.Length > maxBytes;
                CopyInto(body, tooLarge ? received.Slice(0, capacity - body.Length) : received, capacity);
                reader.AdvanceTo(received.End);

                if (tooLarge || result.IsCanceled || result.IsCompleted)
                {
                    BodyReadStatus status = tooLarge ? BodyReadStatus.TooLarge : result.IsCanceled ? BodyReadStatus.TimedOut : BodyReadStatus.Complete;
                    if (status != BodyReadStatus.Complete)
                    {
                        body.Dispose();
                        return (status, null);
                    }

                    return (status, body);
                }
            }
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    private static void CopyInto(PooledBody body, ReadOnlySequence<byte> bytes, int capacity)
    {
        long needed = body.Length + bytes.Length;
        if (needed > body.Capacity)
        {
            // Doubling keeps the copies amortised; the buffer never exceeds twice what was received (or the limit).
            body.Grow((int)Math.Min(capacity, Math.Max(needed, (long)body.Capacity * 2)));
        }

        bytes.CopyTo(body.FreeSpace.Span);
        body.Advance((int)bytes.Length);
    }
}
