using System.Security.Cryptography;
using System.Text;

namespace Hireflix.Sdk.Webhooks;

/// <summary>
/// Verifies the <c>x-hireflix-signature</c> header of a webhook delivery against its raw body bytes.
/// Holds one or more secrets so a secret can be rotated without rejecting deliveries in flight.
/// Thread-safe; create once and reuse.
/// </summary>
/// <remarks>
/// Verify the bytes exactly as received: re-serialising parsed JSON (as the vendor's JavaScript sample
/// does with <c>JSON.stringify(req.body)</c>) changes whitespace or escaping and breaks the signature.
/// Hireflix sends no timestamp, so a valid signature does not prove freshness: a captured delivery can
/// be replayed. De-duplicate on the receiving side (the ASP.NET Core endpoint does).
/// </remarks>
public sealed class HireflixWebhookVerifier
{
    /// <summary>The HTTP header that carries the signature.</summary>
    public const string SignatureHeaderName = "x-hireflix-signature";

    // The encoded key bytes are computed once: secrets do not change for the verifier's lifetime.
    private readonly byte[][] _keys;

    /// <summary>Creates a verifier that accepts a signature made with any of <paramref name="secrets"/>.</summary>
    /// <param name="secrets">The active webhook secrets (two during a rotation).</param>
    /// <exception cref="ArgumentNullException"><paramref name="secrets"/> is null.</exception>
    /// <exception cref="ArgumentException">No secret is given, or one is null or empty.</exception>
    public HireflixWebhookVerifier(params string[] secrets)
        : this((IEnumerable<string>)secrets)
    {
    }

    /// <summary>Creates a verifier that accepts a signature made with any of <paramref name="secrets"/>.</summary>
    /// <param name="secrets">The active webhook secrets (two during a rotation).</param>
    /// <exception cref="ArgumentNullException"><paramref name="secrets"/> is null.</exception>
    /// <exception cref="ArgumentException">No secret is given, or one is null or empty.</exception>
    public HireflixWebhookVerifier(IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);

        var keys = new List<byte[]>();
        foreach (string secret in secrets)
        {
            if (string.IsNullOrEmpty(secret))
            {
                throw new ArgumentException("Webhook secrets must not be null or empty.", nameof(secrets));
            }

            keys.Add(Encoding.UTF8.GetBytes(secret));
        }

        if (keys.Count == 0)
        {
            throw new ArgumentException("At least one webhook secret is required.", nameof(secrets));
        }

        _keys = [.. keys];
    }

    /// <summary>Checks a signature without throwing for the expected failures.</summary>
    /// <param name="body">The raw request body bytes, exactly as received.</param>
    /// <param name="signature">The value of the <c>x-hireflix-signature</c> header, or null when absent.</param>
    /// <returns><see cref="HireflixWebhookVerificationResult.Valid"/> or the reason for rejection.</returns>
    public HireflixWebhookVerificationResult Verify(ReadOnlySpan<byte> body, string? signature)
    {
        if (string.IsNullOrWhiteSpace(signature))
        {
            return HireflixWebhookVerificationResult.MissingSignature;
        }

        // Decoding into an exactly-sized buffer rejects both non-Base64 text and values of the wrong length.
        Span<byte> received = stackalloc byte[HireflixWebhookSigner.SignatureSizeInBytes];
        if (!Convert.TryFromBase64String(signature.Trim(), received, out int written)
            || written != HireflixWebhookSigner.SignatureSizeInBytes)
        {
            return HireflixWebhookVerificationResult.MalformedSignature;
        }

        Span<byte> expected = stackalloc byte[HireflixWebhookSigner.SignatureSizeInBytes];
        bool matched = false;

        // Every key is tried even after a match, so the time taken does not reveal which secret is in use.
        foreach (byte[] key in _keys)
        {
            HireflixWebhookSigner.ComputeMac(key, body, expected);
            matched |= CryptographicOperations.FixedTimeEquals(expected, received);
        }

        return matched ? HireflixWebhookVerificationResult.Valid : HireflixWebhookVerificationResult.SignatureMismatch;
    }

    /// <summary>Checks a signature and throws when it is not valid.</summary>
    /// <param name="body">The raw request body bytes, exactly as received.</param>
    /// <param name="signature">The value of the <c>x-hireflix-signature</c> header, or null when absent.</param>
    /// <exception cref="HireflixWebhookSignatureException">The signature is missing, malformed or does not match.</exception>
    public void EnsureValid(ReadOnlySpan<byte> body, string? signature)
    {
        HireflixWebhookVerificationResult result = Verify(body, signature);
        if (result != HireflixWebhookVerificationResult.Valid)
        {
            throw new HireflixWebhookSignatureException(result);
        }
    }

    /// <summary>Verifies a delivery and parses it into a typed event (the Stripe <c>ConstructEvent</c> shape).</summary>
    /// <param name="body">The raw request body bytes, exactly as received.</param>
    /// <param name="signature">The value of the <c>x-hireflix-signature</c> header, or null when absent.</param>
    /// <returns>The typed event.</returns>
    /// <exception cref="HireflixWebhookSignatureException">The signature is missing, malformed or does not match.</exception>
    /// <exception cref="HireflixWebhookPayloadException">The body is not a Hireflix webhook envelope.</exception>
    public HireflixWebhookEvent VerifyAndParse(ReadOnlySpan<byte> body, string? signature)
    {
        EnsureValid(body, signature);
        return HireflixWebhookParser.Parse(body);
    }

    /// <summary>One-shot check against a single secret; prefer an instance when verifying many deliveries.</summary>
    /// <param name="body">The raw request body bytes, exactly as received.</param>
    /// <param name="signature">The value of the <c>x-hireflix-signature</c> header, or null when absent.</param>
    /// <param name="secret">The webhook secret.</param>
    /// <returns><see cref="HireflixWebhookVerificationResult.Valid"/> or the reason for rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="secret"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is empty.</exception>
    public static HireflixWebhookVerificationResult Verify(ReadOnlySpan<byte> body, string? signature, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        return new HireflixWebhookVerifier(secret).Verify(body, signature);
    }
}
