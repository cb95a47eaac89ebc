using DiplomacyGraph.Cypher.Schema;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>What a connection lists: its generated type names, the node type, and the edge properties type if its elements are relationships.</summary>
/// <param name="ElementsAreEdges">Elements are <c>{r, m}</c> maps (relationship fields) rather than nodes (root fields).</param>
internal sealed record ConnectionShape(string ConnectionType, string EdgeType, CompositeType Target, CompositeType? Properties, bool ElementsAreEdges);
