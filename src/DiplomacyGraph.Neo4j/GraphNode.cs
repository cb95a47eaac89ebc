namespace DiplomacyGraph.Neo4j;

/// <summary>A node as the server describes it: its internal id (as text, as the server sends it), labels and properties.</summary>
public sealed record GraphNode(string Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
