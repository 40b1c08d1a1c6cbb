using System.Net.Http.Headers;
using System.Runtime.InteropServices;

namespace Hireflix.Sdk;

/// <summary>The .NET 5+ cancellable <see cref="HttpContent"/> reads and the .NET 6+ header view the transport uses.</summary>
internal static class HttpPolyfills
{
    extension(HttpContent content)
    {
        // netstandard2.0 cannot cancel the call itself; the read loop that follows passes the token to every read.
        public Task<Stream> ReadAsStreamAsync(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return content.ReadAsStreamAsync();
        }
    }

    extension(HttpHeaders headers)
    {
        /// <summary>The headers with their values as stored, like .NET 6's <c>HttpHeaders.NonValidated</c>.</summary>
        public IEnumerable<KeyValuePair<string, HeaderValues>> NonValidated =>
            headers.Select(header => new KeyValuePair<string, HeaderValues>(header.Key, new HeaderValues(header.Value.ToArray())));
    }

    extension(Stream stream)
    {
        public ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken) =>
            MemoryMarshal.TryGetArray(buffer, out var segment)
                ? new ValueTask(stream.WriteAsync(segment.Array!, segment.Offset, segment.Count, cancellationToken))
                : new ValueTask(stream.WriteAsync(buffer.ToArray(), 0, buffer.Length, cancellationToken));

        public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            if (MemoryMarshal.TryGetArray<byte>(buffer, out var segment))
            {
                return new ValueTask<int>(stream.ReadAsync(segment.Array!, segment.Offset, segment.Count, cancellationToken));
            }

            return ReadThroughArrayAsync(stream, buffer, cancellationToken);

            static async ValueTask<int> ReadThroughArrayAsync(Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
            {
                var array = System.Buffers.ArrayPool<byte>.Shared.Rent(buffer.Length);
                try
                {
                    var read = await stream.ReadAsync(array, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
                    array.AsSpan(0, read).CopyTo(buffer.Span);
                    return read;
                }
                finally
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(array);
                }
            }
        }
    }
}

/// <summary>.NET 6's <c>HeaderStringValues</c>: one header's values; <see cref="ToString"/> joins them with ", ".</summary>
internal readonly struct HeaderValues(string[] values) : IEnumerable<string>
{
    public int Count => values.Length;

    public override string ToString() => string.Join(", ", values);

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)values).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => values.GetEnumerator();
}
