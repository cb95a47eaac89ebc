namespace DiplomacyGraph.Domain.Facts;

/// <summary>Everything read from the data folder, each item with the file and line it came from.</summary>
/// <param name="Kinds">The allowed <c>kind</c> values per entity label (<c>kinds.yaml</c>).</param>
public sealed record FactSet(
    IReadOnlyList<ArticleFact> Articles,
    IReadOnlyList<EntityFact> Entities,
    IReadOnlyList<RelationFact> Relations,
    IReadOnlyList<RelationshipTypeDefinition> RelationshipTypes,
    IReadOnlyList<KindList> Kinds)
{
    /// <summary>The kinds allowed for <paramref name="label"/>; empty when none are listed.</summary>
    public IReadOnlyList<string> KindsOf(string label) =>
        Kinds.FirstOrDefault(list => list.Label == label)?.Kinds ?? [];
}
