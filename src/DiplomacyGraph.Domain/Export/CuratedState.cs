using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Export;

/// <summary>
/// What curation owns in the graph, read for an export: the curated entities (new ones and curated
/// changes to file-owned ones), the curated relationships that start at an entity, and the ids of
/// the curated removals (<see cref="Origin.RemovalLabel"/>). MENTIONS start at articles and are
/// computed by the loader, so they are never exported.
/// </summary>
public sealed record CuratedState(
    IReadOnlyList<CuratedEntity> Entities,
    IReadOnlyList<CuratedRelationship> Relationships,
    IReadOnlyList<string> RemovedIds)
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
            ],
            cancellationToken).ConfigureAwait(false);
        return new CuratedState(
            [.. results[0].Records.Select(record => new CuratedEntity(
                record.Get<string>("id"), record.Get<string>("label"), record.Get<IReadOnlyDictionary<string, object?>>("properties")))],
            [.. results[1].Records.Select(record => new CuratedRelationship(
                record.Get<string>("id"), record.Get<string>("type"), record.Get<string>("from"), record.Get<string>("to"),
                record.Get<IReadOnlyDictionary<string, object?>>("properties")))],
            [.. results[2].Records.Select(record => record.Get<string>("id"))]);
    }
}

/// <summary>A curated entity node as stored: its own label and every property.</summary>
public sealed record CuratedEntity(string Id, string Label, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A curated relationship as stored (a symmetric one from the lower id to the higher).</summary>
public sealed record CuratedRelationship(string Id, string Type, string From, string To, IReadOnlyDictionary<string, object?> Properties);
