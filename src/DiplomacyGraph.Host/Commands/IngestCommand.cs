using System.CommandLine;
using DiplomacyGraph.Domain.Ingest;
using DiplomacyGraph.Neo4j;
using Spectre.Console;

namespace DiplomacyGraph.Host.Commands;

/// <summary>
/// <c>ingest FOLDER</c>: add every <c>.txt</c> file of a folder as an Article (id = file stem) with its
/// MENTIONS of the entities already in the graph. Re-ingesting the same files changes nothing.
/// </summary>
public static class IngestCommand
{
    private static readonly Argument<string> Folder = new("folder")
    {
        Description = "Folder of new .txt articles (UTF-8).",
        Validators = { OptionValidation.ExistingFolder },
    };

    public static Command Create()
    {
        var command = new Command("ingest", "Ingest a folder of new .txt articles: Article nodes and their MENTIONS of known entities.") { Folder };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = DiplomacyGraphOptions.From(parseResult);
            var folder = Path.GetFullPath(parseResult.GetRequiredValue(Folder));
            var console = AnsiConsole.Console;
            using var client = new Neo4jClient(Neo4jConnection.ClientOptions(options));
            var result = await LoadSummaryTable.WithProgressAsync(
                console, "Ingesting articles", progress => ArticleIngester.IngestAsync(client, folder, progress, cancellationToken));
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    console.MarkupLine($"[red]error:[/] {Markup.Escape(error)}");
                }

                return 1;
            }

            console.MarkupLine($"Read {result.ArticleIds.Count} article(s) from {Markup.Escape(folder)}.");
            console.Write(LoadSummaryTable.Changes(result.Changes!));
            return 0;
        });
        return command;
    }
}
