namespace Hireflix.Sdk;

/// <summary>
/// The primary handler the SDK configures for the shared <c>Hireflix</c> HttpClient . A user's own
/// <c>ConfigurePrimaryHttpMessageHandler</c> replaces it and keeps that handler's settings.
/// </summary>
internal static class HireflixPrimaryHandler
{
#if NET
    public static SocketsHttpHandler Create() => new()
#else
    // .NET Framework and other netstandard2.0 hosts have no SocketsHttpHandler; the same two settings apply.
    public static HttpClientHandler Create() => new()
#endif
    {
        // .NET strips only Authorization when following a redirect: X-API-KEY and the GraphQL body would go to
        // whatever host a Location names. A 3xx becomes a HireflixHttpException instead (see RedirectRefusal).
        AllowAutoRedirect = false,

        // Every tenant's client shares this handler: a cookie one tenant's answer set must not ride on the next
        // tenant's request. Hireflix authenticates by key; it needs no cookies.
        UseCookies = false,
    };
}
