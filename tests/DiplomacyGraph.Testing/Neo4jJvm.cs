using System.Diagnostics;
using System.Globalization;

namespace DiplomacyGraph.Testing;

/// <summary>The JVM of a local Neo4j instance, for tests that kill it the way a crash or the kernel's OOM killer would.</summary>
public static class Neo4jJvm
{
    /// <summary>
    /// The java process in the supervisor's process group (<paramref name="supervisorPid"/> leads it), waiting up to
    /// 30 s for one to appear (during a restart there is none for a moment).
    /// </summary>
    public static int ProcessIdIn(int supervisorPid)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                    && IsJavaInGroup(folder, supervisorPid))
                {
                    return pid;
                }
            }

            Thread.Sleep(200);
        }

        throw new InvalidOperationException($"No java process in the process group {supervisorPid}.");
    }

    /// <summary>Kills the JVM with SIGKILL; returns its pid.</summary>
    public static int Kill(int supervisorPid)
    {
        var pid = ProcessIdIn(supervisorPid);
        using var process = Process.GetProcessById(pid);
        process.Kill();
        return pid;
    }

    private static bool IsJavaInGroup(string procFolder, int group)
    {
        try
        {
            // "pid (comm) state ppid pgrp ...": comm may hold spaces, so the fields are read after its ')'.
            var stat = File.ReadAllText(Path.Combine(procFolder, "stat"));
            var comm = stat[(stat.IndexOf('(', StringComparison.Ordinal) + 1)..stat.LastIndexOf(')')];
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return comm == "java" && int.Parse(fields[2], CultureInfo.InvariantCulture) == group;
        }
        catch (IOException)
        {
            return false; // the process ended while we looked
        }
    }
}
