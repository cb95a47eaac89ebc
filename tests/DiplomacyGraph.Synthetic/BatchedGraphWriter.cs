using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Synthetic;

/// <summary>
/// Writes a synthetic graph through the HTTP API with the loader's own statements
/// (<see cref="GraphWriteStatements"/>: <c>UNWIND $rows</c>, MERGE on id), a chunk of rows per request.
/// For small graphs and for servers without the offline importer; apply the schema first so the
/// MERGEs find nodes by index. Returns the nodes and relationships written.
/// </summary>
public static class BatchedGraphWriter
{
    private const int RowsPerRequest = 5_000;

    public static async Task<(long Nodes, long Relationships)> WriteAsync(
        Neo4jClient client, SyntheticGraph graph, TextWriter? log = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(graph);
        long nodes = 0;
        foreach (var chunk in graph.Nodes().Chunk(RowsPerRequest))
        {
            await client.RunAsync(GraphWriteStatements.WriteNodes(chunk), cancellationToken).ConfigureAwait(false);
            nodes += chunk.Length;
            log?.WriteLine($"{nodes:N0} nodes written");
        }

        long relationships = 0;
        foreach (var chunk in graph.Relationships().Chunk(RowsPerRequest))
        {
            await client.RunAsync(GraphWriteStatements.WriteRelationships(chunk), cancellationToken).ConfigureAwait(false);
            relationships += chunk.Length;
            log?.WriteLine($"{relationships:N0} relationships written");
        }

        return (nodes, relationships);
    }
}
