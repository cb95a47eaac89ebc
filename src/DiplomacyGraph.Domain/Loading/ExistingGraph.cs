namespace DiplomacyGraph.Domain.Loading;

/// <summary>The part of the graph a load or an ingest manages, as it was before writing.</summary>
/// <param name="RemovedIds">The ids of nodes and relationships curation removed (<see cref="Origin.RemovalLabel"/>); empty for an ingest.</param>
public sealed record ExistingGraph(IReadOnlyList<ExistingNode> Nodes, IReadOnlyList<ExistingRelationship> Relationships, IReadOnlySet<string> RemovedIds)
{
    public ExistingGraph(IReadOnlyList<ExistingNode> nodes, IReadOnlyList<ExistingRelationship> relationships)
        : this(nodes, relationships, new HashSet<string>(StringComparer.Ordinal))
    {
    }
}

/// <summary>A node as read from Neo4j.</summary>
public sealed record ExistingNode(string Id, NodeKind Kind, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties)
{
    public bool IsCurated => Origin.IsCurated(Properties);
}

/// <summary>
/// A relationship as read from Neo4j. <see cref="Id"/> is null for a relationship the loader did
/// not write (it has no <c>id</c> property); such a relationship inside the managed part is removed.
/// </summary>
public sealed record ExistingRelationship(
    string? Id,
    string Type,
    NodeKind FromKind,
    string From,
    string To,
    IReadOnlyDictionary<string, object?> Properties)
{
    public bool IsCurated => Origin.IsCurated(Properties);
}
