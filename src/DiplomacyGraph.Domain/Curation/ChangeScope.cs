namespace DiplomacyGraph.Domain.Curation;

/// <summary>What a change may touch, captured before and after it writes (<see cref="ChangeRecorder"/>).</summary>
/// <param name="NodeIds">Entities and articles, by id.</param>
/// <param name="RelationshipIds">Relationships, by id.</param>
/// <param name="WithIncidentRelationships">Also every relationship of the nodes (a merge moves them).</param>
public sealed record ChangeScope(IReadOnlyCollection<string> NodeIds, IReadOnlyCollection<string> RelationshipIds, bool WithIncidentRelationships = false)
{
    public static ChangeScope Node(string id) => new([id], []);

    public static ChangeScope Relationship(string id) => new([], [id]);
}
