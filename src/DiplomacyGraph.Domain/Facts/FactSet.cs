namespace DiplomacyGraph.Domain.Facts;

/// <summary>Everything read from the data folder, each item with the file and line it came from.</summary>
public sealed record FactSet(
    IReadOnlyList<ArticleFact> Articles,
    IReadOnlyList<EntityFact> Entities,
    IReadOnlyList<RelationFact> Relations,
    IReadOnlyList<RelationshipTypeDefinition> RelationshipTypes);
