namespace DiplomacyGraph.Domain.Loading;

/// <summary>
/// A relationship as it should be in the graph, identified by its <paramref name="Id"/> (also a
/// property, see <see cref="Facts.RelationIdentity"/>), with its complete property map.
/// </summary>
public sealed record RelationshipRow(
    string Id,
    string Type,
    NodeKind FromKind,
    string From,
    NodeKind ToKind,
    string To,
    IReadOnlyDictionary<string, object> Properties);
