namespace System.Text.Unicode;

/// <summary>
/// The .NET 8 <c>Utf8.IsValid</c>: well-formed UTF-8 per the Unicode standard (no overlong forms, no surrogate code
/// points, nothing above U+10FFFF, no truncated sequence). Written out rather than delegated to a strict
/// <see cref="UTF8Encoding"/> so the answer cannot depend on the .NET Framework or Mono version.
/// </summary>
internal static class Utf8
{
    public static bool IsValid(ReadOnlySpan<byte> value)
    {
        var i = 0;
        while (i < value.Length)
        {
            var b = value[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            // Table 3-7 of the Unicode standard: the allowed range of the second byte depends on the first.
            int length;
            byte secondMin = 0x80, secondMax = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) { length = 2; }
            else if (b == 0xE0) { length = 3; secondMin = 0xA0; }
            else if (b >= 0xE1 && b <= 0xEC) { length = 3; }
            else if (b == 0xED) { length = 3; secondMax = 0x9F; }
            else if (b >= 0xEE && b <= 0xEF) { length = 3; }
            else if (b == 0xF0) { length = 4; secondMin = 0x90; }
            else if (b >= 0xF1 && b <= 0xF3) { length = 4; }
            else if (b == 0xF4) { length = 4; secondMax = 0x8F; }
            else { return false; }

            if (i + length > value.Length || value[i + 1] < secondMin || value[i + 1] > secondMax)
            {
                return false;
            }

            for (var k = 2; k < length; k++)
            {
                if ((value[i + k] & 0xC0) != 0x80)
                {
                    return false;
                }
            }

            i += length;
        }

        return true;
    }
}
