using System.Text;

namespace Hireflix.Sdk.Generators.Mapping;

/// <summary>GraphQL names to C# identifiers: `to_evaluate` → ToEvaluate, `FORWARD` → Forward, `createdAt` → CreatedAt.</summary>
internal static class Naming
{
    public static string Pascal(string name)
    {
        var builder = new StringBuilder(name.Length);
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i == name.Length || !char.IsLetterOrDigit(name[i]))
            {
                AppendPart(builder, name.Substring(start, i - start));
                start = i + 1;
            }
        }

        if (builder.Length == 0)
        {
            return "Value";
        }

        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    private static void AppendPart(StringBuilder builder, string part)
    {
        if (part.Length == 0)
        {
            return;
        }

        // SHOUTING_CASE parts read better as words; camelCase parts keep their inner capitals.
        var allUpper = true;
        foreach (var c in part)
        {
            if (char.IsLower(c))
            {
                allUpper = false;
                break;
            }
        }

        builder.Append(char.ToUpperInvariant(part[0]));
        builder.Append(allUpper ? part.Substring(1).ToLowerInvariant() : part.Substring(1));
    }
}
