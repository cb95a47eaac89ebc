using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Domain.Search;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Synthetic;

/// <summary>
/// Writes the search word index for a synthetic graph's entities with the loader's own statements
/// (<see cref="SearchIndexStatements"/>), so that <c>search</c> on a generated graph reads the same
/// index a loaded one has. Neither the offline importer nor the batched node writes build it.
/// </summary>
public static class SyntheticSearchIndex
{
    private const int EntitiesPerRequest = 5_000;

    /// <summary>Deletes whatever search index the graph holds (e.g. one a failed run left half-written).</summary>
    public static async Task DropAsync(Neo4jClient client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        foreach (var statement in SearchIndexStatements.DropSomeOfTheIndex)
        {
            while ((await client.RunAsync(statement, cancellationToken).ConfigureAwait(false)).Single().Get<long>("deleted") > 0)
            {
            }
        }
    }

    public static async Task<long> WriteAsync(Neo4jClient client, SyntheticGraph graph, TextWriter? log = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(graph);
        long entities = 0;
        var rows = graph.Nodes().Where(node => node.Kind == NodeKind.Entity);
        foreach (var chunk in rows.Chunk(EntitiesPerRequest))
        {
            var indexed = chunk.Select(node => SearchIndexedEntity.FromProperties(node.Id, key => node.Properties.GetValueOrDefault(key))).ToList();
            await client.RunAsync(SearchIndexStatements.Update(indexed, [], []), cancellationToken).ConfigureAwait(false);
            entities += chunk.Length;
            log?.WriteLine($"{entities:N0} entities in the search index");
        }

        return entities;
    }
}
