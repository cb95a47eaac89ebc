namespace DiplomacyGraph.Benchmarks.Throughput;

/// <summary>CPU time (user + system) from <c>/proc</c>: of this process, of its ended children (wrk), of a process group (Neo4j).</summary>
public static class ProcessCpu
{
    // USER_HZ is 100 on Linux for every architecture .NET runs on.
    private const double ClockTicksPerSecond = 100;

    /// <summary>This process (the API and the idle harness).</summary>
    public static TimeSpan OfThisProcess() => Ticks(Fields("/proc/self/stat"), 11, 12);

    /// <summary>The children this process has waited for: every wrk run so far.</summary>
    public static TimeSpan OfEndedChildren() => Ticks(Fields("/proc/self/stat"), 13, 14);

    /// <summary>Every live process of a process group (the local Neo4j runs in its supervisor's group).</summary>
    public static TimeSpan OfProcessGroup(int group)
    {
        var total = TimeSpan.Zero;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out _))
            {
                continue;
            }

            try
            {
                var fields = Fields(Path.Combine(folder, "stat"));
                if (int.Parse(fields[2]) == group)
                {
                    total += Ticks(fields, 11, 12);
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        return total;
    }

    /// <summary>The fields after the parenthesised command name (state is [0], pgrp [2], utime [11], cutime [13]).</summary>
    private static string[] Fields(string statFile)
    {
        var stat = File.ReadAllText(statFile);
        return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    }

    private static TimeSpan Ticks(string[] fields, int user, int system) =>
        TimeSpan.FromSeconds((long.Parse(fields[user]) + long.Parse(fields[system])) / ClockTicksPerSecond);
}
