using System.Globalization;

namespace DiplomacyGraph.Benchmarks.Throughput;

/// <summary>One line naming when and on what a measurement ran, for the figures' heading.</summary>
public static class MachineDescription
{
    public static string Now()
    {
        var memory = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").First().Split(':')[1].Trim() : "unknown";
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "unknown";
        return string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores (shared), {memory} RAM, load {load}, .NET {Environment.Version}");
    }
}
