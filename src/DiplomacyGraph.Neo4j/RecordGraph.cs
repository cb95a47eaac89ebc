namespace DiplomacyGraph.Neo4j;

/// <summary>The nodes and relationships that appear in one record.</summary>
public sealed record RecordGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships);
