namespace DiplomacyGraph.Domain.Loading;

/// <summary>
/// The writes that turn the existing graph into the wanted one: only new or different nodes and
/// relationships are written, and those no longer wanted are deleted. Curated items are neither:
/// <see cref="Overrides"/> lists the wanted items left as curation has them.
/// </summary>
/// <param name="RemovalsToForget">Curated removals of items the fact files no longer hold: their markers are deleted.</param>
public sealed record GraphChanges(
    IReadOnlyList<NodeRow> NodesToWrite,
    IReadOnlyList<ExistingNode> NodesToDelete,
    IReadOnlyList<RelationshipRow> RelationshipsToWrite,
    IReadOnlyList<ExistingRelationship> RelationshipsToDelete,
    IReadOnlyList<ChangeCount> Counts,
    IReadOnlyList<CuratedOverride> Overrides,
    IReadOnlyList<string> RemovalsToForget)
{
    public bool IsEmpty =>
        NodesToWrite.Count == 0 && NodesToDelete.Count == 0 && RelationshipsToWrite.Count == 0 && RelationshipsToDelete.Count == 0 && RemovalsToForget.Count == 0;
}
