namespace DiplomacyGraph.Domain.Facts;

/// <summary>
/// A relationship type the fact files may use (<c>relationship-types.yaml</c>): which labels it
/// may connect and which properties it may carry.
/// </summary>
/// <param name="Symmetric">Stored once whichever way it is written (TWINNED_WITH, DIPLOMATIC_RELATIONS, PARTNERSHIP).</param>
/// <param name="Between">Allowed (from label, to label) pairs; a label is an entity label or <c>Article</c>.</param>
/// <param name="Properties">The property names a relation of this type may carry besides evidence.</param>
public sealed record RelationshipTypeDefinition(
    string Type,
    bool Symmetric,
    IReadOnlyList<(string From, string To)> Between,
    IReadOnlyList<string> Properties,
    string? Description,
    SourceLocation Location)
{
    /// <summary>True when a relation of this type may go from <paramref name="fromLabel"/> to <paramref name="toLabel"/>.</summary>
    public bool Allows(string fromLabel, string toLabel) =>
        Between.Any(pair => (pair.From == fromLabel && pair.To == toLabel)
                            || (Symmetric && pair.From == toLabel && pair.To == fromLabel));
}
