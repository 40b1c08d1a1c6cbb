namespace Hireflix.Sdk.Samples;

/// <summary>Readable console output: a heading per step and indented details.</summary>
internal static class Output
{
    private static int _step;

    public static void Step(string title)
    {
        _step++;
        Console.WriteLine();
        Console.WriteLine($"{_step,2}. {title}");
    }

    public static void Line(string text) => Console.WriteLine($"    {text}");

    public static string Date(DateTimeOffset? value) => value is { } v ? v.ToString("yyyy-MM-dd HH:mm 'UTC'") : "-";
}
