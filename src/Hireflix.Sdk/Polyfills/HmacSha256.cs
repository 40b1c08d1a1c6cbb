using System.Security.Cryptography;

namespace Hireflix.Sdk;

/// <summary>The .NET 6+ static one-shot HMAC-SHA256.</summary>
internal static class HmacSha256Polyfill
{
    extension(HMACSHA256)
    {
        public static int HashData(ReadOnlySpan<byte> key, ReadOnlySpan<byte> source, Span<byte> destination)
        {
            using var hmac = new HMACSHA256(key.ToArray());
            var hash = hmac.ComputeHash(source.ToArray());
            hash.CopyTo(destination);
            return hash.Length;
        }
    }
}
