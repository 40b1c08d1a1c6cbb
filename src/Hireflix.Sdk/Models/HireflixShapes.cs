namespace Hireflix.Sdk.Models;

/// <summary>
/// How Hireflix's values look, shared by <see cref="HireflixModelFactory"/> and the offline fake so a model built in a
/// unit test and one read from the fake agree: links derived from an interview's hash, share URLs, the team average.
/// </summary>
internal static class HireflixShapes
{
    /// <summary>The characters of an interview's 8-character public hash.</summary>
    public const string HashAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static string PublicLink(string hash) => $"https://app.hireflix.com/{hash}";

    public static string ShortLink(string hash) => $"https://hflx.io/c/{hash}";

    public static string ShareUrl(string shareId) => $"https://shared.hireflix.com/interview/{shareId}";

    /// <summary>The team score: the reviewers' scores averaged and rounded to two decimals; none without scores.</summary>
    public static double? TeamAverage(IEnumerable<double> scores)
    {
        var values = scores.ToArray();
        return values.Length == 0 ? null : Math.Round(values.Average(), 2);
    }
}
