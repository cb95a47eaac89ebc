using System.Text.Json;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Tests.Support;

/// <summary>Reads what the graph holds, for counting and for comparing two states.</summary>
public static class GraphSnapshot
{
    /// <summary>Every node and relationship with all labels and properties, as one canonical JSON text.</summary>
    public static async Task<string> EverythingAsync(Neo4jClient client)
    {
        var results = await client.RunAsync(
        [
            // The search index's nodes have no id: a word is known by its key, a name by its entity and text.
            new Statement("MATCH (n) RETURN coalesce(n.id, n.key, n.entity + '|' + n.name) AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id, head(labels(n))"),
            new Statement("MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.key) AS from, type(r) AS type, coalesce(b.id, b.entity + '|' + b.name) AS to, r.id AS id, properties(r) AS properties ORDER BY from, type, to, id"),
        ]);
        return JsonSerializer.Serialize(results.Select(result => result.Records.Select(record => record.Values.Select(Canonical))));
    }

    /// <summary>Node count per label (nodes with several labels count under each), the search index left out.</summary>
    public static async Task<Dictionary<string, long>> NodeCountsAsync(Neo4jClient client)
    {
        var result = await client.RunAsync(new Statement(
            "MATCH (n) WHERE NOT (n:SearchWord OR n:SearchName) UNWIND labels(n) AS label RETURN label, count(*) AS count"));
        return result.Records.ToDictionary(record => record.Get<string>("label"), record => record.Get<long>("count"));
    }

    /// <summary>Relationship count per type, the search index left out.</summary>
    public static async Task<Dictionary<string, long>> RelationshipCountsAsync(Neo4jClient client)
    {
        var result = await client.RunAsync(new Statement("MATCH (a)-[r]->() WHERE NOT a:SearchWord RETURN type(r) AS type, count(*) AS count"));
        return result.Records.ToDictionary(record => record.Get<string>("type"), record => record.Get<long>("count"));
    }

    private static object? Canonical(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => new SortedDictionary<string, object?>(
            map.ToDictionary(pair => pair.Key, pair => Canonical(pair.Value)), StringComparer.Ordinal),
        IReadOnlyList<object?> list => list.Select(Canonical).ToList(),
        _ => value,
    };
}
