using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Domain.Mentions;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Ingest;

/// <summary>
/// Ingests a folder of new <c>.txt</c> articles: one <c>:Article</c> node per file (id = file
/// stem, marked <c>ingested: true</c>) and its MENTIONS of the entities already in the graph,
/// found with the same gazetteer the load uses (names and aliases read from the graph). Nothing
/// else is touched; ingesting the same folder again changes nothing.
/// </summary>
public static class ArticleIngester
{
    /// <summary>How much of an article's first line is kept as its title.</summary>
    public const int TitleLength = 200;

    public static async Task<IngestResult> IngestAsync(
        Neo4jClient client,
        string folder,
        IProgress<LoadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return new IngestResult([], [$"The folder '{folder}' does not exist."], null);
        }

        var corpus = ArticleCorpus.Load(folder);
        var articleIds = corpus.ArticleIds;
        if (articleIds.Count == 0)
        {
            return new IngestResult([], [$"The folder '{folder}' holds no .txt articles."], null);
        }

        var curated = await client.RunAsync(
            new Statement(
                "MATCH (a:Article) WHERE a.id IN $ids AND NOT coalesce(a.ingested, false) RETURN a.id AS id ORDER BY id",
                new Dictionary<string, object?> { ["ids"] = articleIds }),
            cancellationToken).ConfigureAwait(false);
        if (curated.Records.Count > 0)
        {
            var clashes = curated.Records.Select(record => record.Get<string>("id"));
            return new IngestResult(articleIds, [$"These articles are curated sources (from the fact files or added through the API); rename the files to ingest them: {string.Join(", ", clashes)}."], null);
        }

        var gazetteer = await ReadGazetteerAsync(client.RunAsync, cancellationToken).ConfigureAwait(false);
        var nodes = new List<NodeRow>();
        var relationships = new List<RelationshipRow>();
        foreach (var id in articleIds)
        {
            corpus.TryGetText(id, out var text);
            nodes.Add(new NodeRow(id, NodeKind.Article, EntityLabels.Article, ArticleProperties(id, text)));
            relationships.AddRange(FactGraphBuilder.MentionRows(id, text, gazetteer, Origin.Ingest));
        }

        var changes = await GraphSynchronizer.SynchronizeAsync(
            client, new GraphContent(nodes, relationships, []), GraphScope.ForIngest(articleIds), progress, cancellationToken).ConfigureAwait(false);
        return new IngestResult(articleIds, [], changes);
    }

    private static Dictionary<string, object> ArticleProperties(string id, string text)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["id"] = id,
            ["ingested"] = true,
            [Origin.Property] = Origin.Ingest,
            ["file"] = id + ".txt",
            ["characters"] = (long)text.Length,
        };
        var firstLine = text.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0);
        if (firstLine is not null)
        {
            properties["title"] = firstLine.Length <= TitleLength ? firstLine : firstLine[..TitleLength];
        }

        return properties;
    }

    /// <summary>
    /// The entities the graph holds now, as the mention gazetteer (Statistics left out, as in a
    /// load), with the pairs of entities a curated relationship connects (for names inside names).
    /// </summary>
    /// <param name="run">Runs a statement: on the client (ingest) or in a transaction (<c>addArticle</c>).</param>
    public static async Task<Gazetteer> ReadGazetteerAsync(Func<Statement, CancellationToken, Task<StatementResult>> run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var result = await run(
            new Statement($"MATCH (n:Entity) WHERE NOT n:{CypherNames.Label(EntityLabels.Statistic)} " +
                          "RETURN n.id AS id, n.name AS name, n.nameAr AS nameAr, n.aliases AS aliases"),
            cancellationToken).ConfigureAwait(false);
        var related = await run(
            new Statement(
                "MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) <> $mentions RETURN DISTINCT a.id AS from, b.id AS to",
                new Dictionary<string, object?> { ["mentions"] = FactGraphBuilder.MentionsType }),
            cancellationToken).ConfigureAwait(false);
        return Gazetteer.Build(
            result.Records.Select(record => new GazetteerEntry(
                record.Get<string>("id"),
                [.. new[] { record.Get<string?>("name"), record.Get<string?>("nameAr") }.OfType<string>(),
                 .. (record.Get<IReadOnlyList<object?>?>("aliases") ?? []).OfType<string>()])),
            related.Records.Select(record => (record.Get<string>("from"), record.Get<string>("to"))));
    }
}
