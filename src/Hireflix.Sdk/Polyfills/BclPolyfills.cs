using System.Net;
using System.Text;

namespace Hireflix.Sdk;

/// <summary>Small .NET Core 2.0–7 BCL members with their .NET results.</summary>
internal static class BclPolyfills
{
    extension(Enum)
    {
        public static bool IsDefined<TEnum>(TEnum value) where TEnum : struct, Enum => Enum.IsDefined(typeof(TEnum), value);
    }

    extension(HttpStatusCode)
    {
        public static HttpStatusCode TooManyRequests => (HttpStatusCode)429;
    }

    extension(char)
    {
        public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

        public static bool IsAsciiHexDigit(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
    }

    extension(double)
    {
        public static bool IsFinite(double d) => !double.IsNaN(d) && !double.IsInfinity(d);
    }

    extension(string text)
    {
        public bool EndsWith(char value) => text.Length > 0 && text[text.Length - 1] == value;

        public string Replace(string oldValue, string? newValue, StringComparison comparisonType)
        {
            ArgumentException.ThrowIfNullOrEmpty(oldValue);
            var builder = new StringBuilder(text.Length);
            var start = 0;
            int found;
            while ((found = text.IndexOf(oldValue, start, comparisonType)) >= 0)
            {
                builder.Append(text, start, found - start).Append(newValue);
                start = found + oldValue.Length;
            }

            return start == 0 ? text : builder.Append(text, start, text.Length - start).ToString();
        }
    }

    extension(Encoding encoding)
    {
        public string GetString(ReadOnlySpan<byte> bytes) => encoding.GetString(bytes.ToArray());
    }

    extension(Convert)
    {
        public static string ToBase64String(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes.ToArray());

        public static bool TryFromBase64String(string s, Span<byte> bytes, out int bytesWritten)
        {
            ArgumentNullException.ThrowIfNull(s);
            byte[] decoded;
            try
            {
                decoded = Convert.FromBase64String(s);
            }
            catch (FormatException)
            {
                bytesWritten = 0;
                return false;
            }

            if (decoded.Length > bytes.Length)
            {
                bytesWritten = 0;
                return false;
            }

            decoded.CopyTo(bytes);
            bytesWritten = decoded.Length;
            return true;
        }
    }
}
