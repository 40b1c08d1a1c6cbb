namespace Hireflix.Sdk.Webhooks;

/// <summary>The outcome of checking a delivery's <c>x-hireflix-signature</c> header against its raw body.</summary>
public enum HireflixWebhookVerificationResult
{
    /// <summary>The signature matches the body for one of the configured secrets.</summary>
    Valid = 0,

    /// <summary>The header is absent or blank.</summary>
    MissingSignature = 1,

    /// <summary>The header is not Base64, or does not decode to a 32-byte HMAC-SHA256 value.</summary>
    MalformedSignature = 2,

    /// <summary>The header is well formed but matches no configured secret (forged, or the body was altered).</summary>
    SignatureMismatch = 3,
}
