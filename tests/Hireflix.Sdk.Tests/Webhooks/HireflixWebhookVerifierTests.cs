using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hireflix.Sdk.Webhooks;

namespace Hireflix.Sdk.Tests.Webhooks;

public sealed class HireflixWebhookVerifierTests
{
    private const string Secret = "current-secret";
    private const string OldSecret = "previous-secret";

    private static readonly byte[] Body = WebhookPayloads.Bytes(WebhookPayloads.InterviewFinish);

    // Computed here with the BCL directly, independent of the signer under test.
    private static string Sign(string secret, byte[] body)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return Convert.ToBase64String(hmac.ComputeHash(body));
    }

    [Fact]
    public void A_signature_over_the_exact_body_is_valid()
    {
        new HireflixWebhookVerifier(Secret).Verify(Body, Sign(Secret, Body)).Should().Be(HireflixWebhookVerificationResult.Valid);
        HireflixWebhookVerifier.Verify(Body, Sign(Secret, Body), Secret).Should().Be(HireflixWebhookVerificationResult.Valid);
    }

    [Fact]
    public void Changing_one_byte_of_the_body_is_a_mismatch()
    {
        string signature = Sign(Secret, Body);
        byte[] tampered = (byte[])Body.Clone();
        tampered[^3] ^= 0x01;

        new HireflixWebhookVerifier(Secret).Verify(tampered, signature).Should().Be(HireflixWebhookVerificationResult.SignatureMismatch);
    }

    [Fact]
    public void A_wrong_secret_is_a_mismatch()
    {
        new HireflixWebhookVerifier(Secret).Verify(Body, Sign("someone-else", Body))
            .Should().Be(HireflixWebhookVerificationResult.SignatureMismatch);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_header_is_reported_as_missing(string? header)
    {
        new HireflixWebhookVerifier(Secret).Verify(Body, header).Should().Be(HireflixWebhookVerificationResult.MissingSignature);
    }

    [Theory]
    [InlineData("not base64 !!")]
    [InlineData("sha256=abc")]
    [InlineData("AAAA")] // valid Base64, but 3 bytes instead of 32
    [InlineData("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")] // hex, not Base64
    public void A_header_that_is_not_a_base64_hmac_is_malformed(string header)
    {
        new HireflixWebhookVerifier(Secret).Verify(Body, header).Should().Be(HireflixWebhookVerificationResult.MalformedSignature);
    }

    [Fact]
    public void A_44_character_base64_value_of_33_bytes_is_malformed_not_a_mismatch()
    {
        string tooLong = Convert.ToBase64String(new byte[33]);

        new HireflixWebhookVerifier(Secret).Verify(Body, tooLong).Should().Be(HireflixWebhookVerificationResult.MalformedSignature);
    }

    [Fact]
    public void Verification_uses_the_raw_bytes_so_a_reserialised_body_fails()
    {
        string signature = Sign(Secret, Body);
        using JsonDocument document = JsonDocument.Parse(Body);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.RootElement.WriteTo(writer);
        }

        byte[] reserialised = buffer.ToArray();

        reserialised.Should().NotEqual(Body, "the test needs a body that means the same JSON with different bytes");
        new HireflixWebhookVerifier(Secret).Verify(reserialised, signature).Should().Be(HireflixWebhookVerificationResult.SignatureMismatch);
    }

    [Fact]
    public void During_rotation_either_secret_verifies()
    {
        var verifier = new HireflixWebhookVerifier(Secret, OldSecret);

        verifier.Verify(Body, Sign(Secret, Body)).Should().Be(HireflixWebhookVerificationResult.Valid);
        verifier.Verify(Body, Sign(OldSecret, Body)).Should().Be(HireflixWebhookVerificationResult.Valid);
        verifier.Verify(Body, Sign("retired-secret", Body)).Should().Be(HireflixWebhookVerificationResult.SignatureMismatch);
    }

    [Fact]
    public void Surrounding_whitespace_in_the_header_is_tolerated()
    {
        new HireflixWebhookVerifier(Secret).Verify(Body, "  " + Sign(Secret, Body) + " ").Should().Be(HireflixWebhookVerificationResult.Valid);
    }

    [Fact]
    public void EnsureValid_throws_a_typed_exception_carrying_the_result()
    {
        var verifier = new HireflixWebhookVerifier(Secret);

        verifier.Invoking(v => v.EnsureValid(Body, Sign(Secret, Body))).Should().NotThrow();
        verifier.Invoking(v => v.EnsureValid(Body, null)).Should().Throw<HireflixWebhookSignatureException>()
            .Which.Result.Should().Be(HireflixWebhookVerificationResult.MissingSignature);
        verifier.Invoking(v => v.EnsureValid(Body, Sign("x", Body))).Should().Throw<HireflixWebhookSignatureException>()
            .Which.Should().BeAssignableTo<HireflixWebhookException>()
            .Which.Message.Should().NotContain(Secret);
    }

    [Fact]
    public void VerifyAndParse_returns_the_typed_event_only_for_a_valid_signature()
    {
        var verifier = new HireflixWebhookVerifier(Secret);

        verifier.VerifyAndParse(Body, Sign(Secret, Body)).Should().BeOfType<InterviewFinished>();
        verifier.Invoking(v => v.VerifyAndParse(Body, Sign("x", Body))).Should().Throw<HireflixWebhookSignatureException>();
    }

    [Fact]
    public void Invalid_secrets_are_argument_errors()
    {
        FluentActions.Invoking(() => new HireflixWebhookVerifier((string[])null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new HireflixWebhookVerifier()).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new HireflixWebhookVerifier(Secret, "")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new HireflixWebhookVerifier(new List<string> { Secret, null! })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => HireflixWebhookVerifier.Verify(Body, "x", "")).Should().Throw<ArgumentException>();
    }
}
