using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Loading;
using Spectre.Console;

namespace DiplomacyGraph.Host.Commands;

/// <summary>How the <c>load</c> and <c>ingest</c> commands show their progress and what they changed.</summary>
public static class LoadSummaryTable
{
    /// <summary>Runs <paramref name="work"/> under a progress bar fed by the loader's <see cref="LoadProgress"/> reports.</summary>
    public static Task<T> WithProgressAsync<T>(IAnsiConsole console, string title, Func<IProgress<LoadProgress>, Task<T>> work) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: 1);
                var progress = new Progress<LoadProgress>(report =>
                {
                    task.MaxValue = report.Total;
                    task.Value = report.Done;
                    task.Description = Markup.Escape($"{title}: {report.Step}");
                });
                var result = await work(progress);
                task.Value = task.MaxValue;
                task.Description = Markup.Escape($"{title}: done");
                return result;
            });

    /// <summary>One row per label and relationship type: created, updated, deleted, unchanged, total after.</summary>
    public static Table Changes(GraphChanges changes)
    {
        var table = new Table().Title("What changed").AddColumns("", "label / type", "created", "updated", "deleted", "unchanged", "total");
        foreach (var count in changes.Counts)
        {
            table.AddRow(count.Element, count.Name, Number(count.Created), Number(count.Updated), Number(count.Deleted), Number(count.Unchanged), Number(count.After));
        }

        var all = changes.Counts;
        table.AddRow("[bold]all[/]", "", Number(all.Sum(c => c.Created)), Number(all.Sum(c => c.Updated)), Number(all.Sum(c => c.Deleted)), Number(all.Sum(c => c.Unchanged)), Number(all.Sum(c => c.After)));
        return table;
    }

    /// <summary>The graph the facts describe, per label and type: what a dry run reports.</summary>
    public static Table Content(GraphContent content)
    {
        var table = new Table().Title("The fact files describe").AddColumns("", "label / type", "count");
        foreach (var group in content.Nodes.GroupBy(node => node.Label).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            table.AddRow(ChangeCount.Node, group.Key, Number(group.Count()));
        }

        foreach (var group in content.Relationships.GroupBy(relationship => relationship.Type).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            table.AddRow(ChangeCount.Relationship, group.Key, Number(group.Count()));
        }

        return table;
    }

    public static void Errors(IAnsiConsole console, IReadOnlyList<FactError> errors)
    {
        console.MarkupLine($"[red]{errors.Count} error(s) in the fact files; nothing was written:[/]");
        foreach (var error in errors)
        {
            console.MarkupLine($"  [red]{Markup.Escape(error.ToString())}[/]");
        }
    }

    /// <summary>The fact-file items left as curation has them (until exported), one line each.</summary>
    public static void Overrides(IAnsiConsole console, IReadOnlyList<CuratedOverride> overrides)
    {
        if (overrides.Count == 0)
        {
            return;
        }

        console.MarkupLine($"[yellow]{overrides.Count} item(s) of the fact files are overridden by curation and were left as they are (export them to make them file-owned):[/]");
        foreach (var item in overrides)
        {
            console.MarkupLine($"  {item.Element} {Markup.Escape(item.Id)}: {Markup.Escape(item.Reason)}");
        }
    }

    public static void Warnings(IAnsiConsole console, IEnumerable<string> warnings)
    {
        foreach (var warning in warnings)
        {
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
        }
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
