using System.CommandLine;
using DiplomacyGraph.Host.Terminal;
using DiplomacyGraph.Neo4j.Local;

namespace DiplomacyGraph.Host.Commands;

/// <summary>
/// <c>neo4j start|stop|status|wait|logs</c>: the project's own local Neo4j 3.1.1 dev server, which keeps running
/// between commands (its state lives in <c>.local/neo4j/dev</c>).
/// </summary>
public static class Neo4jCommand
{
    private static readonly Option<int> TimeoutSeconds = new("--timeout")
    {
        Description = "Seconds to wait for the server to answer.",
        DefaultValueFactory = _ => 120,
        Validators = { OptionValidation.IntegerIn(1, int.MaxValue, "must be a positive number") },
    };

    private static readonly Option<int> Lines = new("--lines", "-n")
    {
        Description = "How many lines of each log to show.",
        DefaultValueFactory = _ => 50,
        Validators = { OptionValidation.IntegerIn(1, int.MaxValue, "must be a positive number") },
    };

    public static Command Create()
    {
        var start = new Command("start", "Install (first time) and start the local Neo4j in the background.");
        start.SetAction(StartAsync);

        var stop = new Command("stop", "Stop the local Neo4j (SIGTERM, then SIGKILL after 30 s).");
        stop.SetAction(StopAsync);

        var status = new Command("status", "Say whether the local Neo4j runs and answers; exit code 3 when it does not run.");
        status.SetAction(StatusAsync);

        var wait = new Command("wait", "Wait until the local Neo4j answers HTTP; exit code 3 at once when it does not run.") { TimeoutSeconds };
        wait.SetAction(WaitAsync);

        var logs = new Command("logs", "Show the end of the local Neo4j's logs.") { Lines };
        logs.SetAction(parseResult =>
        {
            var instance = Neo4jConnection.LocalInstance(DiplomacyGraphOptions.From(parseResult));
            Console.Out.Write(instance.TailLogs(parseResult.GetValue(Lines)));
            return 0;
        });

        return new Command("neo4j", "Manage the project's local Neo4j 3.1.1 server.") { start, stop, status, wait, logs };
    }

    private static async Task<int> StartAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var instance = Neo4jConnection.LocalInstance(DiplomacyGraphOptions.From(parseResult));
        if (instance.IsRunning)
        {
            Console.Out.WriteLine("The local Neo4j is already running.");
        }
        else
        {
            await StepProgress.RunAsync("Starting Neo4j", log => Neo4jInstance.ProvisionAndStartAsync(instance.Options, log, cancellationToken));
        }

        Neo4jConnection.Describe(Console.Out, instance);
        return 0;
    }

    private static async Task<int> StopAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var instance = Neo4jConnection.LocalInstance(DiplomacyGraphOptions.From(parseResult));
        Console.Out.WriteLine(await instance.StopAsync() ? "Stopped the local Neo4j." : "The local Neo4j was not running.");
        return 0;
    }

    private static async Task<int> StatusAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var instance = Neo4jConnection.LocalInstance(DiplomacyGraphOptions.From(parseResult));
        var status = await instance.GetStatusAsync(cancellationToken);
        if (!status.IsRunning)
        {
            Console.Out.WriteLine($"The local Neo4j ({instance.Options.Directory}) is not running.");
            return ExitCodes.NotRunning;
        }

        Console.Out.WriteLine($"The local Neo4j is running (supervisor pid {status.SupervisorPid}) and " +
            (status.AnswersHttp ? "answers HTTP." : "does not answer HTTP yet (starting, or failing: see 'neo4j logs')."));
        Neo4jConnection.Describe(Console.Out, instance);
        return 0;
    }

    private static async Task<int> WaitAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var instance = Neo4jConnection.LocalInstance(DiplomacyGraphOptions.From(parseResult));
        if (!instance.IsRunning)
        {
            // Nothing is starting, so there is nothing to wait for: say so now rather than after the timeout.
            Console.Error.WriteLine($"error: the local Neo4j ({instance.Options.Directory}) is not running; start it with 'neo4j start'.");
            return ExitCodes.NotRunning;
        }

        await instance.WaitUntilReadyAsync(TimeSpan.FromSeconds(parseResult.GetValue(TimeoutSeconds)), cancellationToken);
        Console.Out.WriteLine($"The local Neo4j answers at {instance.HttpUri}.");
        return 0;
    }
}
