using System.Security.Cryptography;
using System.Text;
using Hireflix.Sdk.Webhooks;

namespace Hireflix.Sdk.Tests.Webhooks;

public sealed class HireflixWebhookSignerTests
{
    [Theory]
    [InlineData("whsec_test", "{\"event\":\"interview.create\"}")]
    [InlineData("ünïcødé-secret", WebhookPayloads.InterviewCreate)]
    [InlineData("k", "")]
    public void ComputeSignature_is_base64_hmac_sha256_of_the_raw_body_keyed_by_the_utf8_secret(string secret, string body)
    {
        byte[] bodyBytes = Encoding.UTF8.GetBytes(body);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        string expected = Convert.ToBase64String(hmac.ComputeHash(bodyBytes));

        HireflixWebhookSigner.ComputeSignature(secret, bodyBytes).Should().Be(expected);
        HireflixWebhookSigner.ComputeSignature(secret, body).Should().Be(expected);
    }

    [Fact]
    public void ComputeSignature_matches_a_known_vector()
    {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        byte[] expected = Convert.FromHexString("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");

        HireflixWebhookSigner.ComputeSignature("Jefe", "what do ya want for nothing?").Should().Be(Convert.ToBase64String(expected));
    }

    [Fact]
    public void ComputeSignature_rejects_missing_arguments()
    {
        FluentActions.Invoking(() => HireflixWebhookSigner.ComputeSignature(null!, "{}")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => HireflixWebhookSigner.ComputeSignature("", "{}")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => HireflixWebhookSigner.ComputeSignature("s", (string)null!)).Should().Throw<ArgumentNullException>();
    }
}
