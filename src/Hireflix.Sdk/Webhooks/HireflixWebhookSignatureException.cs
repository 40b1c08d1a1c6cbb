namespace Hireflix.Sdk.Webhooks;

/// <summary>
/// Thrown by the throwing verification helpers when a delivery's <c>x-hireflix-signature</c> header
/// is missing, malformed or does not match any configured secret.
/// </summary>
public sealed class HireflixWebhookSignatureException : HireflixWebhookException
{
    /// <summary>Creates the exception for a failed verification.</summary>
    /// <param name="result">Why verification failed; must not be <see cref="HireflixWebhookVerificationResult.Valid"/>.</param>
    public HireflixWebhookSignatureException(HireflixWebhookVerificationResult result)
        : base(DescribeFailure(result))
    {
        if (result == HireflixWebhookVerificationResult.Valid)
        {
            throw new ArgumentException("A valid signature is not a failure.", nameof(result));
        }

        Result = result;
    }

    /// <summary>Why verification failed.</summary>
    public HireflixWebhookVerificationResult Result { get; }

    private static string DescribeFailure(HireflixWebhookVerificationResult result) => result switch
    {
        HireflixWebhookVerificationResult.MissingSignature =>
            $"The Hireflix webhook delivery has no '{HireflixWebhookVerifier.SignatureHeaderName}' header.",
        HireflixWebhookVerificationResult.MalformedSignature =>
            $"The '{HireflixWebhookVerifier.SignatureHeaderName}' header is not a Base64-encoded HMAC-SHA256 value.",
        HireflixWebhookVerificationResult.SignatureMismatch =>
            "The Hireflix webhook signature does not match the body for any configured secret.",
        _ => $"The Hireflix webhook signature could not be verified ({result}).",
    };
}
