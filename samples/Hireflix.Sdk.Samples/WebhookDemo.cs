namespace Hireflix.Sdk.Samples;

/// <summary>Placeholder until the fake server emits signed webhook deliveries (issue 5).</summary>
internal static class WebhookDemo
{
    public static Task RunAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
