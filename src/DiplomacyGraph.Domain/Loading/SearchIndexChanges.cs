using DiplomacyGraph.Domain.Search;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Loading;

/// <summary>
/// What a load changes in the search index: the entities it writes (new or changed) and those the
/// index does not hold yet in its current format are (re)indexed under their names, the entities
/// it deletes leave the index. Unchanged, indexed entities are not touched, so a second load
/// writes nothing here either. An index in another format (an older layout) is dropped and rebuilt.
/// </summary>
internal static class SearchIndexChanges
{
    public static async Task<IReadOnlyList<Statement>> ComputeAsync(
        Neo4jTransaction transaction, GraphContent wanted, ExistingGraph existing, GraphChanges changes, CancellationToken cancellationToken)
    {
        var wantedEntities = wanted.Nodes.Where(node => node.Kind == NodeKind.Entity).ToList();
        var deleted = changes.NodesToDelete.Where(node => node.Kind == NodeKind.Entity).ToList();
        if (wantedEntities.Count == 0 && deleted.Count == 0)
        {
            return [];
        }

        var result = await transaction.RunAsync(SearchIndexStatements.ReadIndexedEntities, cancellationToken).ConfigureAwait(false);
        var indexed = result.Records.Select(record => record.Get<string>("id")).ToHashSet(StringComparer.Ordinal);
        if (result.Records.Any(record => !record.Get<bool>("current")))
        {
            // An index written in another layout is rebuilt from scratch: its words' variant keys may differ too.
            foreach (var drop in SearchIndexStatements.DropSomeOfTheIndex)
            {
                while ((await transaction.RunAsync(drop, cancellationToken).ConfigureAwait(false)).Records[0].Get<long>("deleted") > 0)
                {
                }
            }

            indexed.Clear();
        }

        var written = changes.NodesToWrite.Where(node => node.Kind == NodeKind.Entity).Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
        var toIndex = wantedEntities.Where(node => written.Contains(node.Id) || !indexed.Contains(node.Id)).ToList();
        var before = existing.Nodes.Where(node => node.Kind == NodeKind.Entity).GroupBy(node => node.Id).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var previousNames = toIndex
            .Select(node => before.GetValueOrDefault(node.Id))
            .OfType<ExistingNode>()
            .Concat(deleted)
            .SelectMany(node => SearchIndexedEntity.FromProperties(node.Id, node.Properties.GetValueOrDefault).Names);
        return SearchIndexStatements.Update(
            [.. toIndex.Select(node => SearchIndexedEntity.FromProperties(node.Id, key => node.Properties.GetValueOrDefault(key)))],
            [.. deleted.Select(node => node.Id)],
            previousNames);
    }
}
