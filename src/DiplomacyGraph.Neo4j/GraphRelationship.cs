namespace DiplomacyGraph.Neo4j;

/// <summary>A relationship as the server describes it: internal id, type, end node ids and properties.</summary>
public sealed record GraphRelationship(
    string Id, string Type, string StartNodeId, string EndNodeId, IReadOnlyDictionary<string, object?> Properties);
