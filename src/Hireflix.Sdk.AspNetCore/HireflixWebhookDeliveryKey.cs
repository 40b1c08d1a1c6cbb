using System.Globalization;
using System.Security.Cryptography;
using Hireflix.Sdk.Webhooks;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>Computes the de-duplication key documented on <see cref="IHireflixWebhookDeduplicationStore"/>.</summary>
internal static class HireflixWebhookDeliveryKey
{
    public static string Compute(HireflixWebhookEvent webhookEvent, ReadOnlySpan<byte> body)
    {
        // Event + interview + date identifies a delivery even if Hireflix re-serialises the body on redelivery.
        if (webhookEvent is HireflixInterviewWebhookEvent interviewEvent && webhookEvent.Date is { } date)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{webhookEvent.EventName}|{interviewEvent.Interview.Id}|{date.ToUnixTimeMilliseconds()}");
        }

        // Without a date, two distinct events can share event and interview (e.g. two status changes),
        // so only the exact body is a safe identity.
        return "sha256:" + Convert.ToHexString(SHA256.HashData(body));
    }
}
