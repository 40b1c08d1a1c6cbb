using Hireflix.Sdk.Resilience;
using Hireflix.Sdk.Transport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hireflix.Sdk;

/// <summary>
/// The Hireflix client: <see cref="Positions"/> and <see cref="Interviews"/> of one company account.
/// Thread-safe; register once with <c>services.AddHireflix(…)</c> and inject it, or create one with
/// <see cref="HireflixClient(HireflixClientOptions)"/> in apps without dependency injection.
/// </summary>
/// <example>
/// <code>
/// var positions = await hireflix.Positions.ListAsync(cancellationToken);
/// var invitation = await hireflix.Interviews.InviteAsync(positions[0].Id,
///     new CandidateInvite { FirstName = "Ada", LastName = "Lovelace", Email = "ada@example.com" }, cancellationToken);
/// </code>
/// </example>
public partial class HireflixClient : IDisposable
{
    private readonly HttpClient? _ownedHttpClient;
    private readonly HireflixConnection? _connection;

    /// <summary>For mocking: a client whose members a test overrides.</summary>
    protected HireflixClient()
    {
        Positions = null!;
        Interviews = null!;
    }

    /// <summary>Creates a client without dependency injection. Dispose it when done.</summary>
    /// <param name="options">The settings; <see cref="HireflixClientOptions.ApiKey"/> is required.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (the message says which).</exception>
    public HireflixClient(HireflixClientOptions options)
        : this(options, primaryHandler: null)
    {
    }

    /// <summary>Creates a client without dependency injection that sends through <paramref name="primaryHandler"/> (e.g. a fake server's handler).</summary>
    /// <param name="options">The settings; <see cref="HireflixClientOptions.ApiKey"/> is required.</param>
    /// <param name="primaryHandler">
    /// The innermost handler, or null for the SDK's socket handler (no redirects, no cookies). The client does not
    /// dispose it, and keeps its redirect and cookie settings: set <c>AllowAutoRedirect = false</c> and
    /// <c>UseCookies = false</c> on it unless you mean otherwise.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (the message says which).</exception>
    public HireflixClient(HireflixClientOptions options, HttpMessageHandler? primaryHandler)
        : this(options, primaryHandler, TimeProvider.System)
    {
    }

    /// <summary>The non-DI client on a given clock, so tests can drive its retries and timeouts.</summary>
    internal HireflixClient(HireflixClientOptions options, HttpMessageHandler? primaryHandler, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = HireflixClientOptionsValidator.Check(options);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        var copy = options.Clone();
        var logger = NullLogger.Instance;
        var httpClient = new HttpClient(StandaloneHandler.Create(copy, primaryHandler, logger, time)) { Timeout = Timeout.InfiniteTimeSpan };
        _ownedHttpClient = httpClient;
        _connection = new HireflixConnection(new HireflixTransport(() => httpClient, logger, time), copy);
        Positions = new PositionsClient(_connection);
        Interviews = new InterviewsClient(_connection);
    }

    internal HireflixClient(HireflixConnection connection)
    {
        _connection = connection;
        Positions = new PositionsClient(connection);
        Interviews = new InterviewsClient(connection);
    }

    /// <summary>Positions: list, get, rename, archive, delete.</summary>
    public virtual PositionsClient Positions { get; }

    /// <summary>Interviews: invite, list by stage, results, score, comment, shortlist, discard, share.</summary>
    public virtual InterviewsClient Interviews { get; }

    /// <summary>Releases what a client created without dependency injection owns; does nothing for injected clients.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases owned resources.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ownedHttpClient?.Dispose();
        }
    }
}
