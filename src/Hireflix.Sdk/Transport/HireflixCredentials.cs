namespace Hireflix.Sdk.Transport;

/// <summary>Who is calling and where: the per-client part of a call.</summary>
internal sealed record HireflixCredentials(string ApiKey, Uri Endpoint, bool LogContent, int MaxResponseSize)
{
    /// <summary>Never print the key.</summary>
    public override string ToString() => $"HireflixCredentials {{ Endpoint = {Endpoint}, ApiKey = *** }}";
}
