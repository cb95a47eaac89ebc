namespace DiplomacyGraph.Domain.Loading;

/// <summary>
/// A node as it should be in the graph: its <paramref name="Label"/> (an entity label from
/// <see cref="Facts.EntityLabels"/>, or <c>Article</c>) and its complete property map, which
/// replaces whatever the node held.
/// </summary>
public sealed record NodeRow(string Id, NodeKind Kind, string Label, IReadOnlyDictionary<string, object> Properties);
