using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Loading;

/// <summary>
/// Loads the fact files into Neo4j: read, validate (nothing is written if anything is wrong),
/// build the graph the facts describe, and synchronize the graph with it in one transaction
/// (<see cref="GraphSynchronizer"/>). Loading twice leaves the graph as the first load left it,
/// and the second load writes nothing. Facts removed from the files are removed from the graph.
/// </summary>
public static class GraphLoader
{
    /// <summary>The data folder shipped next to the binaries (the project copies <c>data/</c> to its output).</summary>
    public static string DefaultDataFolder => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>Reads and validates the facts, and builds the graph they describe, without touching Neo4j.</summary>
    /// <param name="corpusFolder">The article texts, or null to skip the checks and quotes that need them.</param>
    public static LoadResult Check(string dataFolder, string? corpusFolder)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        var corpus = corpusFolder is null ? null : ArticleCorpus.Load(corpusFolder);
        var read = FactValidator.ReadAndValidate(dataFolder, corpus);
        var warnings = new List<string>();
        if (corpus is null)
        {
            warnings.Add($"No corpus folder (set --corpus or {CorpusLocator.EnvironmentVariable}): evidence spans were not checked against the article text.");
        }

        if (read.Errors.Count > 0)
        {
            return new LoadResult(read.Errors, warnings, null, new GraphContent([], [], []), corpus?.Folder);
        }

        var content = FactGraphBuilder.Build(read.Facts, corpus);
        warnings.AddRange(content.Warnings);
        return new LoadResult([], warnings, null, content, corpus?.Folder);
    }

    /// <summary>Checks the facts and, unless they have errors or <paramref name="dryRun"/> is set, writes them.</summary>
    public static async Task<LoadResult> LoadAsync(
        Neo4jClient client,
        string dataFolder,
        string? corpusFolder,
        bool dryRun = false,
        IProgress<LoadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var checkedFacts = Check(dataFolder, corpusFolder);
        if (!checkedFacts.Succeeded || dryRun)
        {
            return checkedFacts;
        }

        var articleIds = checkedFacts.Content.Nodes.Where(node => node.Kind == NodeKind.Article).Select(node => node.Id).ToList();
        var scope = GraphScope.ForLoad(articleIds, withMentions: checkedFacts.CorpusFolder is not null);
        var changes = await GraphSynchronizer.SynchronizeAsync(client, checkedFacts.Content, scope, progress, cancellationToken).ConfigureAwait(false);
        return checkedFacts with { Changes = changes };
    }
}
