using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Differential.Tests;

/// <summary>A node as read back from Neo4j: its labels and property map.</summary>
public sealed record DumpedNode(IReadOnlySet<string> Labels, IReadOnlyDictionary<string, object?> Properties)
{
    public string Id => (string)Properties["id"]!;
}

/// <summary>A relationship as read back from Neo4j: type, start and end node ids, property map.</summary>
public sealed record DumpedRelationship(string Type, string From, string To, IReadOnlyDictionary<string, object?> Properties);

/// <summary>Everything in the graph, read with two plain statements: what the reference evaluation works on.</summary>
public sealed class GraphDump
{
    private GraphDump(IReadOnlyList<DumpedNode> nodes, IReadOnlyList<DumpedRelationship> relationships)
    {
        Nodes = nodes;
        Relationships = relationships;
        ById = nodes.ToDictionary(node => node.Id, StringComparer.Ordinal);
        Outgoing = relationships.ToLookup(relationship => relationship.From, StringComparer.Ordinal);
        Incoming = relationships.ToLookup(relationship => relationship.To, StringComparer.Ordinal);
    }

    public ILookup<string, DumpedRelationship> Outgoing { get; }

    public ILookup<string, DumpedRelationship> Incoming { get; }

    public IReadOnlyList<DumpedNode> Nodes { get; }

    public IReadOnlyList<DumpedRelationship> Relationships { get; }

    public IReadOnlyDictionary<string, DumpedNode> ById { get; }

    public static async Task<GraphDump> ReadAsync(Neo4jClient client)
    {
        var nodes = await client.RunAsync(new Statement("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties"));
        var relationships = await client.RunAsync(new Statement(
            "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties"));
        return new GraphDump(
            [.. nodes.Records.Select(record => new DumpedNode(
                record.Get<IReadOnlyList<object?>>("labels").Cast<string>().ToHashSet(StringComparer.Ordinal),
                record.Get<IReadOnlyDictionary<string, object?>>("properties")))],
            [.. relationships.Records.Select(record => new DumpedRelationship(
                record.Get<string>("type"), record.Get<string>("from"), record.Get<string>("to"),
                record.Get<IReadOnlyDictionary<string, object?>>("properties")))]);
    }
}
