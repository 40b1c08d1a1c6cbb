using System.Globalization;
using System.Security.Cryptography;
using Hireflix.Sdk.Webhooks;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>Computes the de-duplication key of a delivery; set <see cref="HireflixWebhookOptions.DeliveryKey"/> to replace it.</summary>
/// <param name="webhookEvent">The verified, parsed event.</param>
/// <param name="body">The raw body, exactly as signed.</param>
/// <returns>A key that is equal for redeliveries of one event and different for distinct events.</returns>
public delegate string HireflixWebhookDeliveryKeySelector(HireflixWebhookEvent webhookEvent, ReadOnlySpan<byte> body);

/// <summary>The built-in de-duplication keys.</summary>
public static class HireflixWebhookDeliveryKeys
{
    /// <summary>Interview ids longer than this are cut in keys (real ones are 24 hex digits); the body hash keeps keys distinct.</summary>
    public const int MaxIdLength = 64;

    /// <summary>
    /// The default key: <c>"{event}|{interview id}|{date as epoch ms}|{hex SHA-256 of the raw body}"</c> for an
    /// interview event, <c>"sha256:{hex SHA-256 of the raw body}"</c> otherwise; at most 200 characters, no candidate data.
    /// </summary>
    /// <remarks>
    /// Hireflix documents no delivery id, so the key assumes a redelivery repeats the exact bytes of the first
    /// attempt (it re-sends the signed body). Two distinct events with the same interview and <c>date</c> (two
    /// status changes in one millisecond) differ in their bodies, so they are never merged. If Hireflix ever
    /// re-serialises a redelivery, this key treats it as a new delivery (the handler runs again: keep it
    /// idempotent); a key of event, id and date alone would instead merge distinct events, which loses data.
    /// </remarks>
    /// <param name="webhookEvent">The verified, parsed event.</param>
    /// <param name="body">The raw body, exactly as signed.</param>
    /// <returns>The key.</returns>
    public static string Default(HireflixWebhookEvent webhookEvent, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        string hash = Convert.ToHexString(SHA256.HashData(body));
        if (webhookEvent is not HireflixInterviewWebhookEvent interviewEvent)
        {
            return "sha256:" + hash;
        }

        string id = interviewEvent.Interview.Id;
        ReadOnlySpan<char> cappedId = id.AsSpan(0, Math.Min(id.Length, MaxIdLength));
        string date = webhookEvent.OccurredAt is { } d ? d.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) : "-";
        return string.Create(CultureInfo.InvariantCulture, $"{webhookEvent.EventName}|{cappedId}|{date}|{hash}");
    }
}
