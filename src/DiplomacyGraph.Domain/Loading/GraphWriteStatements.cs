using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Loading;

/// <summary>
/// The parameterized Cypher that applies <see cref="GraphChanges"/>: batched <c>UNWIND $rows</c>
/// statements, one text per label or relationship type (names from <see cref="CypherNames"/>),
/// every value a parameter. The texts run unchanged on Neo4j 3.1 and 5.x.
/// </summary>
public static class GraphWriteStatements
{
    /// <summary>Rows per statement: large enough to be few requests, small enough to keep requests modest.</summary>
    public const int BatchSize = 500;

    private static readonly string RemoveEntityLabels = string.Join(string.Empty, EntityLabels.All.Select(label => ":" + CypherNames.Label(label)));

    public static IReadOnlyList<Statement> DeleteRelationships(IReadOnlyList<ExistingRelationship> relationships) =>
        [.. relationships
            .GroupBy(relationship => relationship.FromKind)
            .SelectMany(group => Batches(
                $"UNWIND $rows AS row MATCH (a:{CypherNames.Label(group.Key)} {{id: row.from}})-[r]->() " +
                "WHERE r.id = row.id OR (row.id IS NULL AND r.id IS NULL) DELETE r",
                group.Select(relationship => new Dictionary<string, object?> { ["id"] = relationship.Id, ["from"] = relationship.From })))];

    public static IReadOnlyList<Statement> DeleteNodes(IReadOnlyList<ExistingNode> nodes) =>
        [.. nodes
            .GroupBy(node => node.Kind)
            .SelectMany(group => Batches(
                $"UNWIND $rows AS row MATCH (n:{CypherNames.Label(group.Key)} {{id: row.id}}) DETACH DELETE n",
                group.Select(node => new Dictionary<string, object?> { ["id"] = node.Id })))];

    /// <summary>
    /// MERGE on id, then replace the whole property map (so removed properties go) and, for an
    /// entity, its label (so a relabelled entity loses the old one).
    /// </summary>
    public static IReadOnlyList<Statement> WriteNodes(IReadOnlyList<NodeRow> nodes) =>
        [.. nodes
            .GroupBy(node => (node.Kind, node.Label))
            .OrderBy(group => group.Key.Kind)
            .ThenBy(group => group.Key.Label, StringComparer.Ordinal)
            .SelectMany(group => Batches(
                group.Key.Kind == NodeKind.Article
                    ? $"UNWIND $rows AS row MERGE (n:{CypherNames.Label(EntityLabels.Article)} {{id: row.id}}) SET n = row.properties"
                    : $"UNWIND $rows AS row MERGE (n:{CypherNames.Label(EntityLabels.Entity)} {{id: row.id}}) SET n = row.properties " +
                      $"REMOVE n{RemoveEntityLabels} SET n:{CypherNames.Label(group.Key.Label)}",
                group.Select(node => new Dictionary<string, object?> { ["id"] = node.Id, ["properties"] = node.Properties })))];

    /// <summary>MERGE each relationship on its id between its two nodes, then replace its property map.</summary>
    public static IReadOnlyList<Statement> WriteRelationships(IReadOnlyList<RelationshipRow> relationships) =>
        [.. relationships
            .GroupBy(relationship => (relationship.Type, relationship.FromKind, relationship.ToKind))
            .OrderBy(group => group.Key.Type, StringComparer.Ordinal)
            .ThenBy(group => group.Key.FromKind)
            .ThenBy(group => group.Key.ToKind)
            .SelectMany(group => Batches(
                $"UNWIND $rows AS row MATCH (a:{CypherNames.Label(group.Key.FromKind)} {{id: row.from}}) " +
                $"MATCH (b:{CypherNames.Label(group.Key.ToKind)} {{id: row.to}}) " +
                $"MERGE (a)-[r:{CypherNames.RelationshipType(group.Key.Type)} {{id: row.id}}]->(b) SET r = row.properties",
                group.Select(relationship => new Dictionary<string, object?>
                {
                    ["id"] = relationship.Id,
                    ["from"] = relationship.From,
                    ["to"] = relationship.To,
                    ["properties"] = relationship.Properties,
                })))];

    /// <summary>Deletes the markers of curated removals (<see cref="Origin.RemovalLabel"/>) of items the fact files no longer hold.</summary>
    public static IReadOnlyList<Statement> ForgetRemovals(IReadOnlyList<string> ids) =>
        [.. Batches($"UNWIND $rows AS row MATCH (t:{Origin.RemovalLabel}) WHERE t.itemId = row.id DELETE t", ids.Select(id => new Dictionary<string, object?> { ["id"] = id }))];

    private static IEnumerable<Statement> Batches(string text, IEnumerable<Dictionary<string, object?>> rows) =>
        rows.Chunk(BatchSize).Select(batch => new Statement(text, new Dictionary<string, object?> { ["rows"] = batch }));
}
