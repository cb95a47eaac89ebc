using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Export;

/// <summary>
/// What curation owns in the graph, read for an export: the curated entities (new ones and curated
/// changes to file-owned ones), the curated relationships that start at an entity, the ids of
/// the curated removals, and the articles added through the API (<c>addArticle</c>) (<see cref="Origin.RemovalLabel"/>). MENTIONS start at articles and are
/// computed by the loader, so they are never exported.
/// </summary>
public sealed record CuratedState(
    IReadOnlyList<CuratedEntity> Entities,
    IReadOnlyList<CuratedRelationship> Relationships,
    IReadOnlyList<string> RemovedIds,
    IReadOnlyList<CuratedArticle>? Articles = null)
{
    /// <summary>Reads the curated state in one transaction, so the three parts agree with each other.</summary>
    public static async Task<CuratedState> ReadAsync(Neo4jClient client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var curated = new Dictionary<string, object?> { ["curation"] = Origin.Curation };
        var results = await client.RunAsync(
            [
                new Statement(
                    "MATCH (n:Entity) WHERE n.origin = $curation AND n.id IS NOT NULL " +
                    "RETURN n.id AS id, head([label IN labels(n) WHERE label <> 'Entity']) AS label, properties(n) AS properties ORDER BY id",
                    curated),
                new Statement(
                    "MATCH (a:Entity)-[r]->(b) WHERE r.origin = $curation AND r.id IS NOT NULL " +
                    "RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties ORDER BY id",
                    curated),
                new Statement($"MATCH (t:{Origin.RemovalLabel}) WHERE t.itemId IS NOT NULL RETURN t.itemId AS id ORDER BY id"),
                new Statement("MATCH (a:Article) WHERE a.origin = $curation AND a.id IS NOT NULL RETURN a.id AS id, properties(a) AS properties ORDER BY id", curated),
            ],
            cancellationToken).ConfigureAwait(false);
        return new CuratedState(
            [.. results[0].Records.Select(record => new CuratedEntity(
                record.Get<string>("id"), record.Get<string>("label"), record.Get<IReadOnlyDictionary<string, object?>>("properties")))],
            [.. results[1].Records.Select(record => new CuratedRelationship(
                record.Get<string>("id"), record.Get<string>("type"), record.Get<string>("from"), record.Get<string>("to"),
                record.Get<IReadOnlyDictionary<string, object?>>("properties")))],
            [.. results[2].Records.Select(record => record.Get<string>("id"))],
            [.. results[3].Records.Select(record => new CuratedArticle(record.Get<string>("id"), record.Get<IReadOnlyDictionary<string, object?>>("properties")))]);
    }
}

/// <summary>A curated entity node as stored: its own label and every property.</summary>
public sealed record CuratedEntity(string Id, string Label, IReadOnlyDictionary<string, object?> Properties);

/// <summary>An article added through the API, as stored (its text is in the corpus folder).</summary>
public sealed record CuratedArticle(string Id, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A curated relationship as stored (a symmetric one from the lower id to the higher).</summary>
public sealed record CuratedRelationship(string Id, string Type, string From, string To, IReadOnlyDictionary<string, object?> Properties);
