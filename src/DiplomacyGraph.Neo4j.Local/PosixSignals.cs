using System.Runtime.InteropServices;

namespace DiplomacyGraph.Neo4j.Local;

/// <summary>
/// kill(2) on a whole process group. .NET can only SIGKILL a process tree; Neo4j deserves a SIGTERM first so
/// it closes its store cleanly, and signalling the group reaches the JVM and its supervisor together.
/// </summary>
internal static partial class PosixSignals
{
    public const int SigKill = 9;
    public const int SigTerm = 15;
    private const int NoSuchProcess = 3; // ESRCH

    /// <summary>Sends a signal to every process in the group; false when the group no longer exists.</summary>
    public static bool SignalGroup(int processGroupId, int signal) => Kill(-processGroupId, signal) == 0;

    /// <summary>True while any process of the group is alive (signal 0 only checks).</summary>
    public static bool GroupExists(int processGroupId) =>
        Kill(-processGroupId, 0) == 0 || Marshal.GetLastPInvokeError() != NoSuchProcess;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
