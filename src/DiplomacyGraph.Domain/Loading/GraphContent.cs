namespace DiplomacyGraph.Domain.Loading;

/// <summary>The nodes and relationships a load or an ingest wants the graph to hold, and the warnings met building them.</summary>
public sealed record GraphContent(
    IReadOnlyList<NodeRow> Nodes,
    IReadOnlyList<RelationshipRow> Relationships,
    IReadOnlyList<string> Warnings);
