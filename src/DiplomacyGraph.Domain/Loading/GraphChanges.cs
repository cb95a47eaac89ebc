namespace DiplomacyGraph.Domain.Loading;

/// <summary>
/// The writes that turn the existing graph into the wanted one: only new or different nodes and
/// relationships are written, and those no longer wanted are deleted.
/// </summary>
public sealed record GraphChanges(
    IReadOnlyList<NodeRow> NodesToWrite,
    IReadOnlyList<ExistingNode> NodesToDelete,
    IReadOnlyList<RelationshipRow> RelationshipsToWrite,
    IReadOnlyList<ExistingRelationship> RelationshipsToDelete,
    IReadOnlyList<ChangeCount> Counts)
{
    public bool IsEmpty =>
        NodesToWrite.Count == 0 && NodesToDelete.Count == 0 && RelationshipsToWrite.Count == 0 && RelationshipsToDelete.Count == 0;
}
