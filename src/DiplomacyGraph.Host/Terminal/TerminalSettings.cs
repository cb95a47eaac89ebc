using Spectre.Console;

namespace DiplomacyGraph.Host.Terminal;

/// <summary>
/// How the host writes to its console. On a terminal: colours, live progress bars and spinners. When output is
/// redirected (a log file, CI, a pipe) or <c>NO_COLOR</c> is set: plain text with no escape codes at all (no colour,
/// no bold, no cursor movement), and progress as one line per step.
/// </summary>
public static class TerminalSettings
{
    /// <summary>The convention of https://no-color.org: any non-empty value turns colour off.</summary>
    public const string NoColorVariable = "NO_COLOR";

    public static bool IsPlain =>
        Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(NoColorVariable));

    /// <summary>True when live displays (progress bars, spinners) can redraw in place.</summary>
    public static bool IsInteractive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Replaces Spectre.Console's detected console by one that follows the rules above; call once at start-up.</summary>
    public static void Apply()
    {
        if (!IsPlain)
        {
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = Console.IsOutputRedirected ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(Console.Out),
        });

        // Spectre.Console assumes 80 columns when output is redirected (logs, CI, `| tee`), which wraps tables
        // mid-word; a wider page keeps each row on one line.
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 120;
        }

        AnsiConsole.Console = console;
    }
}
