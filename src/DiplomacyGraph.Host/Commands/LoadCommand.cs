using System.CommandLine;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Neo4j;
using Spectre.Console;

namespace DiplomacyGraph.Host.Commands;

/// <summary>
/// <c>load [--data FOLDER] [--dry-run]</c>: validate the fact files and load them into the configured Neo4j
/// (schema first), in one transaction; with <c>--dry-run</c> only validate (no Neo4j needed). The article texts
/// come from <c>--corpus</c> / <c>DIPLOMACYGRAPH_CORPUS</c> / <c>../shared/seeds</c>.
/// </summary>
public static class LoadCommand
{
    private static readonly Option<string?> Data = new("--data")
    {
        Description = "Folder of fact files (default: the data folder shipped with the host).",
    };

    private static readonly Option<bool> DryRun = new("--dry-run")
    {
        Description = "Only validate the fact files and show what they describe; write nothing.",
    };

    public static Command Create()
    {
        var command = new Command("load", "Validate the fact files and load them into Neo4j (idempotent; removes facts no longer in the files).")
        {
            Data,
            DryRun,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = DiplomacyGraphOptions.From(parseResult);
            var data = parseResult.GetValue(Data) is { } folder ? Path.GetFullPath(folder) : GraphLoader.DefaultDataFolder;
            var console = AnsiConsole.Console;
            if (parseResult.GetValue(DryRun))
            {
                return Report(console, GraphLoader.Check(data, options.Corpus), dryRun: true);
            }

            using var client = new Neo4jClient(Neo4jConnection.ClientOptions(options));
            await SchemaCommand.ApplyAsync(client, Console.Out, cancellationToken);
            return await LoadAsync(client, console, data, options.Corpus, cancellationToken);
        });
        return command;
    }

    /// <summary>Loads with a progress bar and prints the summary; 0 on success, 1 when the facts have errors. The run command calls this too.</summary>
    public static async Task<int> LoadAsync(Neo4jClient client, IAnsiConsole console, string dataFolder, string? corpusFolder, CancellationToken cancellationToken)
    {
        console.MarkupLine($"Facts:  {Markup.Escape(dataFolder)}");
        console.MarkupLine($"Corpus: {Markup.Escape(corpusFolder ?? "none")}");
        var result = await LoadSummaryTable.WithProgressAsync(
            console, "Loading the graph", progress => GraphLoader.LoadAsync(client, dataFolder, corpusFolder, dryRun: false, progress, cancellationToken));
        return Report(console, result, dryRun: false);
    }

    private static int Report(IAnsiConsole console, LoadResult result, bool dryRun)
    {
        LoadSummaryTable.Warnings(console, result.Warnings);
        if (!result.Succeeded)
        {
            LoadSummaryTable.Errors(console, result.Errors);
            return 1;
        }

        if (dryRun)
        {
            console.Write(LoadSummaryTable.Content(result.Content));
            console.MarkupLine("[green]The fact files are valid.[/] Nothing was written (dry run).");
        }
        else if (result.Changes is { } changes)
        {
            console.Write(LoadSummaryTable.Changes(changes));
            LoadSummaryTable.Overrides(console, changes.Overrides);
            console.MarkupLine(changes.IsEmpty ? "[green]The graph already held these facts; nothing was written.[/]" : "[green]Loaded.[/]");
        }

        return 0;
    }
}
