using System.Security.Cryptography;
using System.Text;

namespace Hireflix.Sdk.Webhooks;

/// <summary>
/// Computes the value Hireflix sends in <c>x-hireflix-signature</c>:
/// Base64( HMAC-SHA256( key = UTF-8 bytes of the webhook secret, message = raw body bytes ) ).
/// Public so tests and the offline fake server can sign the deliveries they emit.
/// </summary>
public static class HireflixWebhookSigner
{
    /// <summary>Length in bytes of an HMAC-SHA256 value.</summary>
#if NETSTANDARD2_0
    internal const int SignatureSizeInBytes = 32; // HMACSHA256.HashSizeInBytes is .NET 6+, and a const needs a constant
#else
    internal const int SignatureSizeInBytes = HMACSHA256.HashSizeInBytes;
#endif

    /// <summary>Computes the signature of a raw body.</summary>
    /// <param name="secret">The webhook secret ("Reveal Key" in the Hireflix dashboard).</param>
    /// <param name="body">The exact bytes sent as the request body.</param>
    /// <returns>The Base64 signature to send in <c>x-hireflix-signature</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="secret"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is empty.</exception>
    public static string ComputeSignature(string secret, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);

        Span<byte> mac = stackalloc byte[SignatureSizeInBytes];
        ComputeMac(Encoding.UTF8.GetBytes(secret), body, mac);
        return Convert.ToBase64String(mac);
    }

    /// <summary>Computes the signature of a body given as text; it is signed as its UTF-8 encoding.</summary>
    /// <param name="secret">The webhook secret.</param>
    /// <param name="body">The body text, exactly as it will be sent.</param>
    /// <returns>The Base64 signature to send in <c>x-hireflix-signature</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="secret"/> or <paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is empty.</exception>
    public static string ComputeSignature(string secret, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return ComputeSignature(secret, Encoding.UTF8.GetBytes(body));
    }

    /// <summary>Writes the raw 32-byte MAC; shared with the verifier so both agree on the scheme.</summary>
    internal static void ComputeMac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> body, Span<byte> destination)
        => HMACSHA256.HashData(key, body, destination);
}
