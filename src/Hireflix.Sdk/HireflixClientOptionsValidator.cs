using Microsoft.Extensions.Options;

namespace Hireflix.Sdk;

/// <summary>Checks <see cref="HireflixClientOptions"/> at start, with messages that say what to fix.</summary>
internal sealed class HireflixClientOptionsValidator : IValidateOptions<HireflixClientOptions>
{
    private const int MinMaxResponseSize = 1024;
    private const int MaxMaxResponseSize = 1024 * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, HireflixClientOptions options)
    {
        var errors = Check(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Every problem with the options; empty when they are usable.</summary>
    internal static List<string> Check(HireflixClientOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            errors.Add("Hireflix:ApiKey is required: set it to an API key from admin.hireflix.com (My account → API keys).");
        }
        else if (options.ApiKey.Any(char.IsWhiteSpace) || options.ApiKey.Any(char.IsControl))
        {
            errors.Add("Hireflix:ApiKey must not contain whitespace or control characters.");
        }

        if (options.Endpoint is null || !options.Endpoint.IsAbsoluteUri || (options.Endpoint.Scheme != Uri.UriSchemeHttps && options.Endpoint.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add("Hireflix:Endpoint must be an absolute http(s) URI, e.g. https://api.hireflix.com/me.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero)
        {
            errors.Add("Hireflix:AttemptTimeout must be positive.");
        }

        if (options.TotalTimeout <= TimeSpan.Zero)
        {
            errors.Add("Hireflix:TotalTimeout must be positive.");
        }
        else if (options.TotalTimeout < options.AttemptTimeout)
        {
            errors.Add("Hireflix:TotalTimeout must be at least Hireflix:AttemptTimeout.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            errors.Add("Hireflix:MaxRetries must be between 0 and 10.");
        }

        if (options.RetryDelay < TimeSpan.Zero)
        {
            errors.Add("Hireflix:RetryDelay must not be negative.");
        }

        if (options.MaxResponseSize is < MinMaxResponseSize or > MaxMaxResponseSize)
        {
            errors.Add("Hireflix:MaxResponseSize must be between 1024 bytes (1 KiB) and 1073741824 bytes (1 GiB).");
        }

        return errors;
    }
}
