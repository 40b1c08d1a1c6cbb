using Hireflix.Sdk.Models;
using System.Security.Cryptography;

namespace Hireflix.Sdk.Testing.Internal;

/// <summary>
/// Identifiers shaped like the real API's: 24-hex MongoDB ObjectIds (timestamp + random + counter, so ids made later
/// sort later, as Mongo's do) and 8-character interview hashes.
/// </summary>
internal sealed class Ids(TimeProvider time)
{
    private readonly byte[] _processRandom = RandomNumberGenerator.GetBytes(5);
    private int _counter = RandomNumberGenerator.GetInt32(0, 0xFFFFFF);

    public string NewObjectId()
    {
        var seconds = (uint)time.GetUtcNow().ToUnixTimeSeconds();
        var counter = (uint)Interlocked.Increment(ref _counter) & 0xFFFFFF;
        Span<byte> bytes = stackalloc byte[12];
        bytes[0] = (byte)(seconds >> 24);
        bytes[1] = (byte)(seconds >> 16);
        bytes[2] = (byte)(seconds >> 8);
        bytes[3] = (byte)seconds;
        _processRandom.CopyTo(bytes[4..]);
        bytes[9] = (byte)(counter >> 16);
        bytes[10] = (byte)(counter >> 8);
        bytes[11] = (byte)counter;
        return Convert.ToHexString(bytes).ToLowerInvariant();
    }

    public static string NewHash()
    {
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = HireflixShapes.HashAlphabet[RandomNumberGenerator.GetInt32(HireflixShapes.HashAlphabet.Length)];
        }

        return new string(chars);
    }

    public static string NewUuid() => Guid.NewGuid().ToString("D");
}
