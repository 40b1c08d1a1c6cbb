using System.Runtime.InteropServices;

namespace Hireflix.Sdk.Benchmarks.Harness;

/// <summary>
/// CPU time consumed by this process (all threads, so GC work counts), in nanoseconds. On a shared machine
/// wall-clock time also counts the time spent waiting for a core; CPU time mostly does not.
/// </summary>
public static partial class CpuTime
{
    private const int ClockProcessCpuTimeId = 2;

    public static bool IsSupported { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    public static long ProcessNanoseconds()
    {
        if (IsSupported && TryRead(out var ns))
        {
            return ns;
        }

        return (long)System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalNanoseconds;
    }

    private static bool TryRead(out long nanoseconds)
    {
        try
        {
            if (clock_gettime(ClockProcessCpuTimeId, out var ts) == 0)
            {
                nanoseconds = (ts.Seconds * 1_000_000_000L) + ts.Nanoseconds;
                return true;
            }
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }

        nanoseconds = 0;
        return false;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int clock_gettime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
