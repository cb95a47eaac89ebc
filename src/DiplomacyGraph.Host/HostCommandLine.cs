using System.CommandLine;
using DiplomacyGraph.Host.Commands;

namespace DiplomacyGraph.Host;

/// <summary>The host's command tree: the default action, the verbs, and the options every one of them takes.</summary>
public static class HostCommandLine
{
    public static RootCommand Create()
    {
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
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(CypherCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        return root;
    }
}
