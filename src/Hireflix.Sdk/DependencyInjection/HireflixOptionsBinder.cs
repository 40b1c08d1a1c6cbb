using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Hireflix.Sdk;

/// <summary>
/// Reads <see cref="HireflixClientOptions"/> from a configuration section by hand: the reflection-based binder
/// is not trim/AOT safe, and a bad value deserves a message naming the key.
/// </summary>
internal static class HireflixOptionsBinder
{
    public static void Bind(IConfiguration section, HireflixClientOptions options)
    {
        if (section[nameof(HireflixClientOptions.ApiKey)] is { } apiKey)
        {
            options.ApiKey = apiKey;
        }

        if (section[nameof(HireflixClientOptions.Endpoint)] is { Length: > 0 } endpoint)
        {
            options.Endpoint = Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
                ? uri
                : throw new InvalidOperationException($"Hireflix:{nameof(HireflixClientOptions.Endpoint)} is not an absolute URI.");
        }

        options.AttemptTimeout = ReadTimeSpan(section, nameof(HireflixClientOptions.AttemptTimeout)) ?? options.AttemptTimeout;
        options.TotalTimeout = ReadTimeSpan(section, nameof(HireflixClientOptions.TotalTimeout)) ?? options.TotalTimeout;
        options.RetryDelay = ReadTimeSpan(section, nameof(HireflixClientOptions.RetryDelay)) ?? options.RetryDelay;

        if (section[nameof(HireflixClientOptions.MaxRetries)] is { Length: > 0 } retries)
        {
            options.MaxRetries = int.TryParse(retries, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw new InvalidOperationException($"Hireflix:{nameof(HireflixClientOptions.MaxRetries)} is not a whole number.");
        }

        if (section[nameof(HireflixClientOptions.MaxResponseSize)] is { Length: > 0 } maxResponseSize)
        {
            options.MaxResponseSize = int.TryParse(maxResponseSize, NumberStyles.Integer, CultureInfo.InvariantCulture, out var bytes)
                ? bytes
                : throw new InvalidOperationException($"Hireflix:{nameof(HireflixClientOptions.MaxResponseSize)} is not a whole number of bytes.");
        }

        if (section[nameof(HireflixClientOptions.LogContent)] is { Length: > 0 } logContent)
        {
            options.LogContent = bool.TryParse(logContent, out var b)
                ? b
                : throw new InvalidOperationException($"Hireflix:{nameof(HireflixClientOptions.LogContent)} is not true or false.");
        }
    }

    private static TimeSpan? ReadTimeSpan(IConfiguration section, string key)
    {
        if (section[key] is not { Length: > 0 } text)
        {
            return null;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"Hireflix:{key} is not a time span (e.g. 00:00:30).");
    }
}
