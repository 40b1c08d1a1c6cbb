namespace Hireflix.Sdk;

/// <summary>Settings of a <see cref="HireflixClient"/>. Bind from configuration or set in code; validated at start.</summary>
public sealed class HireflixClientOptions
{
    /// <summary>The default endpoint: the company API of Hireflix.</summary>
    public static readonly Uri DefaultEndpoint = new("https://api.hireflix.com/me");

    /// <summary>The API key sent as <c>X-API-KEY</c> (create one at admin.hireflix.com → My account → API keys). Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The GraphQL endpoint. Defaults to <see cref="DefaultEndpoint"/>; point it at a fake server in tests.</summary>
    public Uri Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>The longest one HTTP attempt may take before it is cancelled (and, when safe, retried). Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest one operation may take, all retries and waits included. Default 60 s.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many times a failed attempt may be retried when retrying is safe for the operation. Default 3; 0 disables retries.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The base delay of the exponential back-off between retries (jittered). Default 1 s. <c>Retry-After</c> wins when sent.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The default <see cref="MaxResponseSize"/>: 32 MiB.</summary>
    public const int DefaultMaxResponseSize = 32 * 1024 * 1024;

    /// <summary>
    /// The largest response body, in bytes, the client reads; a longer one fails the call with
    /// <see cref="HireflixResponseException"/> (not retried) as soon as that many bytes have arrived, whatever
    /// <c>Content-Length</c> says. Default 32 MiB (<see cref="DefaultMaxResponseSize"/>): the largest realistic answer,
    /// an interview with 40,000 timed transcript words, is 1.9 MB, so this leaves over 16× headroom while keeping a
    /// hostile or broken server from exhausting memory. Between 1 KiB and 1 GiB.
    /// </summary>
    public int MaxResponseSize { get; set; } = DefaultMaxResponseSize;

    /// <summary>
    /// Allows logging request variables and response bodies at Trace level. They hold candidate names and e-mails,
    /// so this is off by default; turn it on only while debugging.
    /// </summary>
    public bool LogContent { get; set; }

    /// <summary>A copy of these options, so a registration's settings cannot change under a running client.</summary>
    internal HireflixClientOptions Clone() => (HireflixClientOptions)MemberwiseClone();

    /// <summary>Describes the options with the API key redacted.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() =>
        $"HireflixClientOptions {{ Endpoint = {Endpoint}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "***")}, " +
        $"AttemptTimeout = {AttemptTimeout}, TotalTimeout = {TotalTimeout}, MaxRetries = {MaxRetries}, RetryDelay = {RetryDelay}, MaxResponseSize = {MaxResponseSize}, LogContent = {LogContent} }}";
}
