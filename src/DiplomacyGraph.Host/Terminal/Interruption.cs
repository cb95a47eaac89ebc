using System.Runtime.InteropServices;

namespace DiplomacyGraph.Host.Terminal;

/// <summary>
/// The host's one handler of SIGINT (Ctrl+C) and SIGTERM. The first signal cancels <see cref="Token"/>, which every
/// command receives, so it stops what it started (the API, a Neo4j it launched); the process then exits with the
/// shell's code for the signal (128 + its number: 130, 143). A second signal, from someone who does not want to
/// wait, ends the process at once. Neither System.CommandLine nor ASP.NET Core handles these signals in the host:
/// with three handlers the exit code depended on which ran first.
/// </summary>
public static class Interruption
{
    private static readonly CancellationTokenSource Source = new();
    private static readonly List<PosixSignalRegistration> Registrations = [];
    private static int _exitCode;

    public static CancellationToken Token => Source.Token;

    /// <summary>130 after Ctrl+C, 143 after SIGTERM, null when no signal came.</summary>
    public static int? ExitCode => Volatile.Read(ref _exitCode) is var code and > 0 ? code : null;

    public static void Listen()
    {
        Registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, context => OnSignal(context, 130)));
        Registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => OnSignal(context, 143)));
    }

    private static void OnSignal(PosixSignalContext context, int exitCode)
    {
        if (Interlocked.CompareExchange(ref _exitCode, exitCode, 0) != 0)
        {
            return; // the second signal: not cancelled, so the runtime's default (terminate) applies
        }

        context.Cancel = true;
        Source.Cancel();
    }
}
