using System.CommandLine;
using DiplomacyGraph.Domain.Export;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Neo4j.Local;
using Spectre.Console;

namespace DiplomacyGraph.Host.Commands;

/// <summary>
/// <c>export [--data FOLDER]</c>: write what curation changed in the configured Neo4j (new and changed
/// entities and relationships, removals) into the fact files of the repository, for a reviewer to read
/// with <c>git diff</c> and commit. The next <c>load</c> takes the exported items over as file-owned.
/// </summary>
public static class ExportCommand
{
    /// <summary>The repository's fact files, relative to its root: the default target.</summary>
    private static readonly string RepositoryDataFolder = Path.Combine("src", "DiplomacyGraph.Domain", "data");

    private static readonly Option<string?> Data = new("--data")
    {
        Description = $"Folder of fact files to write into (default: {RepositoryDataFolder} of the repository around the current directory).",
    };

    public static Command Create()
    {
        var command = new Command("export", "Write the curated entities, relationships and removals into the fact files (review with git diff, then commit).") { Data };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = DiplomacyGraphOptions.From(parseResult);
            var console = AnsiConsole.Console;
            var data = parseResult.GetValue(Data) is { } folder ? Path.GetFullPath(folder) : FindRepositoryDataFolder();
            if (data is null)
            {
                console.MarkupLine($"[red]error:[/] no repository (with {Markup.Escape(RepositoryDataFolder)}) around the current directory; give the fact files with --data FOLDER.");
                return 1;
            }

            console.MarkupLine($"Facts:  {Markup.Escape(data)}");
            console.MarkupLine($"Corpus: {Markup.Escape(options.Corpus ?? "none")}");
            using var client = new Neo4jClient(Neo4jConnection.ClientOptions(options));
            var result = await FactExporter.ExportAsync(client, data, options.Corpus, cancellationToken);
            if (!result.Succeeded)
            {
                LoadSummaryTable.Errors(console, result.Errors);
                return 1;
            }

            if (result.Items.Count == 0)
            {
                console.MarkupLine("[green]Nothing to export: the graph holds no curated change.[/]");
                return 0;
            }

            var table = new Table().AddColumns("element", "id", "action", "file");
            foreach (var item in result.Items)
            {
                table.AddRow(item.Element, Markup.Escape(item.Id), item.Action, Markup.Escape(item.File));
            }

            console.Write(table);
            console.MarkupLine($"[green]Exported into {result.ChangedFiles.Count} file(s).[/] Review them with git diff and commit; the next load makes these items file-owned.");
            return 0;
        });
        return command;
    }

    private static string? FindRepositoryDataFolder() =>
        RepositoryRoot.TryFind() is { } root && Directory.Exists(Path.Combine(root, RepositoryDataFolder)) ? Path.Combine(root, RepositoryDataFolder) : null;
}
