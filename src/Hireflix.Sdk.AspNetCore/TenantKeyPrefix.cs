using System.Security.Cryptography;
using System.Text;

namespace Hireflix.Sdk.AspNetCore;

/// <summary>The tenant part of a de-duplication key: the id itself when short, else its hash, so keys stay bounded.</summary>
internal static class TenantKeyPrefix
{
    private const int MaxLength = 64;

    public static string For(string tenant) => tenant.Length <= MaxLength && !tenant.Contains('|', StringComparison.Ordinal)
        ? "t:" + tenant + "|"
        : "t:sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(tenant))) + "|";
}
