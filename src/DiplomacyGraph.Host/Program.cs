using System.CommandLine;
using DiplomacyGraph.Host;
using DiplomacyGraph.Host.Commands;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Neo4j.Local;

var root = new RootCommand("DiplomacyGraph: a GraphQL API over a Neo4j knowledge graph of international relations. " +
    "Without a command: start Neo4j, apply the schema and serve until Ctrl+C.");
foreach (var option in DiplomacyGraphOptions.All)
{
    root.Options.Add(option);
}

root.SetAction(RunCommand.RunAsync);

// The commands, one line each; add yours here.
root.Subcommands.Add(Neo4jCommand.Create());
root.Subcommands.Add(SchemaCommand.Create());
root.Subcommands.Add(LoadCommand.Create());
root.Subcommands.Add(IngestCommand.Create());

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
catch (Exception error) when (error is Neo4jProvisioningException or Neo4jException or FileNotFoundException or ArgumentException)
{
    // Expected failures (Java missing, port taken, server unreachable, bad setting) deserve a message, not a stack trace.
    Console.Error.WriteLine($"error: {error.Message}");
    return 1;
}
