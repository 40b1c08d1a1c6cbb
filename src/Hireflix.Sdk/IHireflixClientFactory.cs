namespace Hireflix.Sdk;

/// <summary>
/// Creates clients for API keys known only at run time (an ATS acting for the company whose key it reads from its
/// database). Every client shares the process's one HttpClient pipeline, so creating many is cheap and safe.
/// </summary>
public interface IHireflixClientFactory
{
    /// <summary>Creates a client that calls Hireflix with <paramref name="apiKey"/>, using the default registration's endpoint and settings.</summary>
    /// <param name="apiKey">The company's API key.</param>
    /// <returns>A client for that key.</returns>
    /// <exception cref="ArgumentException"><paramref name="apiKey"/> is null, empty or contains whitespace.</exception>
    HireflixClient CreateClient(string apiKey);
}
