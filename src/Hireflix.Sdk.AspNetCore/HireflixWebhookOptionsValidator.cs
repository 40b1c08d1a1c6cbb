using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>Fails start-up with messages that say which setting is wrong and how to fix it.</summary>
internal sealed class HireflixWebhookOptionsValidator(IServiceProviderIsService isService) : IValidateOptions<HireflixWebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, HireflixWebhookOptions options)
    {
        var failures = new List<string>();

        if (isService.IsService(typeof(IHireflixWebhookSecretProvider)))
        {
            // A global secret next to per-tenant ones would let any tenant's sender sign for every other tenant.
            if (options.Secrets is { Count: > 0 })
            {
                failures.Add(
                    "Hireflix webhooks: HireflixWebhookOptions.Secrets must be empty when AddHireflixWebhookTenants is used: "
                    + "each tenant's secrets come from the IHireflixWebhookSecretProvider.");
            }
        }
        else if (options.Secrets is null || options.Secrets.Count == 0)
        {
            failures.Add(
                "Hireflix webhooks: no secret is configured. Add the webhook secret (Hireflix dashboard, Profile → Webhooks → "
                + "'Reveal Key') to HireflixWebhookOptions.Secrets, or to the 'Secrets' array of the configuration section.");
        }
        else
        {
            for (int i = 0; i < options.Secrets.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(options.Secrets[i]))
                {
                    failures.Add($"Hireflix webhooks: HireflixWebhookOptions.Secrets[{i}] is empty.");
                }
            }
        }

        if (options.MaxBodyBytes is <= 0 or > HireflixWebhookOptions.MaxBodyBytesUpperLimit)
        {
            failures.Add(
                $"Hireflix webhooks: HireflixWebhookOptions.MaxBodyBytes must be between 1 and {HireflixWebhookOptions.MaxBodyBytesUpperLimit} "
                + $"(was {options.MaxBodyBytes}).");
        }

        if (options.DeduplicationWindow <= TimeSpan.Zero)
        {
            failures.Add(
                $"Hireflix webhooks: HireflixWebhookOptions.DeduplicationWindow must be positive (was {options.DeduplicationWindow}).");
        }

        if (options.BodyReadTimeout <= TimeSpan.Zero || options.BodyReadTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add(
                $"Hireflix webhooks: HireflixWebhookOptions.BodyReadTimeout must be positive and at most 10 minutes (was {options.BodyReadTimeout}).");
        }

        if (options.ProcessingLease <= TimeSpan.Zero)
        {
            failures.Add($"Hireflix webhooks: HireflixWebhookOptions.ProcessingLease must be positive (was {options.ProcessingLease}).");
        }

        if (options.DeliveryKey is null)
        {
            failures.Add("Hireflix webhooks: HireflixWebhookOptions.DeliveryKey must not be null (the default is HireflixWebhookDeliveryKeys.Default).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
