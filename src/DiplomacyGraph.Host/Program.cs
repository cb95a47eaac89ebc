using System.CommandLine;
using DiplomacyGraph.Host;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Neo4j.Local;

var root = HostCommandLine.Create();

// Spectre.Console assumes 80 columns when output is redirected (logs, CI, `| tee`), which wraps the
// load summary's relationship type names mid-word; a wider page keeps each row on one line.
if (Console.IsOutputRedirected)
{
    Spectre.Console.AnsiConsole.Profile.Width = 120;
}

var invocation = new InvocationConfiguration
{
    // Ctrl+C/SIGTERM cancel the running command, which then has this long to stop Neo4j cleanly.
    ProcessTerminationTimeout = TimeSpan.FromSeconds(45),
    EnableDefaultExceptionHandler = false,
};

try
{
    return await root.Parse(args).InvokeAsync(invocation);
}
catch (Exception error) when (error is Neo4jProvisioningException or Neo4jException or IOException or ArgumentException)
{
    // Expected failures (Java missing, port taken, server unreachable, file missing, bad setting) deserve a message, not a stack trace.
    Console.Error.WriteLine($"error: {error.Message}");
    return 1;
}
