namespace DiplomacyGraph.Benchmarks.Throughput;

/// <summary>CPU time (user + system) this process has used so far, from <c>/proc/self/stat</c>.</summary>
public static class ProcessCpu
{
    public static TimeSpan OfThisProcess()
    {
        // Fields after the parenthesised command name: utime and stime are the 14th and 15th of the line.
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
        return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
    }

    // USER_HZ is 100 on Linux for every architecture .NET runs on.
    private const int ClockTicksPerSecond = 100;
}
