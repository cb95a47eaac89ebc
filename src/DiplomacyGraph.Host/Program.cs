using System.CommandLine;
using System.CommandLine.Invocation;
using DiplomacyGraph.Host;
using DiplomacyGraph.Host.Terminal;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Neo4j.Local;

TerminalSettings.Apply();
Interruption.Listen();

var invocation = new InvocationConfiguration
{
    // Ctrl+C/SIGTERM are Interruption's: it cancels the token the commands get, and a second signal ends the process.
    ProcessTerminationTimeout = null,
    EnableDefaultExceptionHandler = false,
};

try
{
    // Parsing reads the environment's defaults, which throw ArgumentException for a bad value: inside the try.
    var parseResult = HostCommandLine.Create().Parse(args);
    if (parseResult.Action is ParseErrorAction)
    {
        // A mistyped command line gets one line per problem and the usual usage-error code, not a page of help.
        foreach (var error in parseResult.Errors)
        {
            Console.Error.WriteLine($"error: {error.Message}");
        }

        Console.Error.WriteLine("Run with --help for the commands and options.");
        return ExitCodes.Usage;
    }

    var exitCode = await parseResult.InvokeAsync(invocation, Interruption.Token);
    return Interruption.ExitCode ?? exitCode;
}
catch (OperationCanceledException) when (Interruption.ExitCode is { } interrupted)
{
    return interrupted;
}
catch (Exception error) when (error is Neo4jProvisioningException or Neo4jException or IOException or ArgumentException or UnauthorizedAccessException)
{
    // Expected failures (Java missing, port taken, server unreachable, file missing, bad setting) deserve a message, not a stack trace.
    Console.Error.WriteLine($"error: {error.Message}");
    return Interruption.ExitCode ?? ExitCodes.Failure;
}
