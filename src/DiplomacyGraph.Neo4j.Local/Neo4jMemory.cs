using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyGraph.Neo4j.Local;

/// <summary>
/// Sizes of the local Neo4j's heap and page cache, written as Neo4j reads them (<c>512m</c>, <c>2g</c>), and the
/// defaults the run command uses: each is one sixteenth of the machine's memory, between
/// <see cref="MinimumHeapBytes"/> and <see cref="CapBytes"/> for the heap and between
/// <see cref="MinimumPageCacheBytes"/> and <see cref="CapBytes"/> for the page cache (24 GiB → 1.5 GiB each;
/// 8 GiB → 512 MiB each; 64 GiB and more → 4 GiB each). An eighth of memory in all leaves room for the API, the OS
/// and other services; the graph of five articles needs far less, the million-node graph of the scale tests more.
/// </summary>
public static partial class Neo4jMemory
{
    public const long MinimumHeapBytes = 256L << 20;

    public const long MinimumPageCacheBytes = 16L << 20;

    public const long CapBytes = 4L << 30;

    private const long Mebibyte = 1L << 20;

    /// <summary>The machine's memory as .NET sees it (a container's limit, when there is one).</summary>
    public static long MachineBytes => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    public static string DefaultHeap(long machineBytes) => Format(Math.Clamp(machineBytes / 16, 512 * Mebibyte, CapBytes));

    public static string DefaultPageCache(long machineBytes) => Format(Math.Clamp(machineBytes / 16, 128 * Mebibyte, CapBytes));

    /// <summary>Bytes of a size such as <c>512m</c> or <c>2g</c> (k, m, g; case-insensitive); null when it is not one.</summary>
    public static long? TryParse(string text)
    {
        var match = SizePattern().Match(text.Trim());
        if (!match.Success || !long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > (1L << 40))
        {
            return null;
        }

        return number * (char.ToLowerInvariant(match.Groups[2].Value[0]) switch { 'k' => 1L << 10, 'm' => 1L << 20, _ => 1L << 30 });
    }

    /// <summary>
    /// Why a heap or page cache size cannot be used, or null: not a size, below the minimum, or more than the
    /// machine has (Neo4j would start and then be killed by the kernel, or not start at all).
    /// </summary>
    public static string? Problem(string text, long minimumBytes, long machineBytes)
    {
        if (TryParse(text) is not { } bytes)
        {
            return $"'{text}' is not a size such as 512m or 2g";
        }

        if (bytes < minimumBytes)
        {
            return $"'{text}' is below the minimum of {Format(minimumBytes)}";
        }

        return bytes > machineBytes ? $"'{text}' is more than this machine's memory ({Format(machineBytes)})" : null;
    }

    /// <summary>Whole mebibytes (or gibibytes when exact), as Neo4j's configuration takes them.</summary>
    public static string Format(long bytes) =>
        bytes % (1L << 30) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes >> 30}g")
            : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / Mebibyte)}m");

    [GeneratedRegex("^([0-9]{1,13})([kKmMgG])$")]
    private static partial Regex SizePattern();
}
