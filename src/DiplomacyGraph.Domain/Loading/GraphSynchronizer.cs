using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Loading;

/// <summary>
/// Makes a scope of the graph hold exactly the wanted content, in ONE explicit transaction: read
/// what is there, compute the difference, delete what is no longer wanted, write what is new or
/// different, commit. Either all of it takes effect or none (a failure rolls back). Unchanged
/// items are not written, so a second run with the same input writes nothing.
/// </summary>
public static class GraphSynchronizer
{
    private const int Steps = 6;

    public static Task<GraphChanges> SynchronizeAsync(
        Neo4jClient client,
        GraphContent wanted,
        GraphScope scope,
        IProgress<LoadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(scope);
        return client.ExecuteInTransactionAsync(
            async (transaction, token) =>
            {
                progress?.Report(new LoadProgress("Reading the graph", 0, Steps));
                var existing = await ReadAsync(transaction, scope, token).ConfigureAwait(false);
                var changes = GraphDiff.Compute(wanted, existing, scope.DeletesStaleNodes);

                await RunAsync(transaction, GraphWriteStatements.DeleteRelationships(changes.RelationshipsToDelete), "Deleting stale relationships", 1, progress, token).ConfigureAwait(false);
                await RunAsync(transaction, GraphWriteStatements.DeleteNodes(changes.NodesToDelete), "Deleting stale nodes", 2, progress, token).ConfigureAwait(false);
                await RunAsync(transaction, GraphWriteStatements.WriteNodes(changes.NodesToWrite), "Writing nodes", 3, progress, token).ConfigureAwait(false);
                await RunAsync(transaction, GraphWriteStatements.WriteRelationships(changes.RelationshipsToWrite), "Writing relationships", 4, progress, token).ConfigureAwait(false);
                await RunAsync(transaction, GraphWriteStatements.ForgetRemovals(changes.RemovalsToForget), "Writing relationships", 4, progress, token).ConfigureAwait(false);
                var searchIndex = await SearchIndexChanges.ComputeAsync(transaction, wanted, existing, changes, token).ConfigureAwait(false);
                await RunAsync(transaction, searchIndex, "Indexing names for search", 5, progress, token).ConfigureAwait(false);
                progress?.Report(new LoadProgress("Committing", Steps, Steps));
                return changes;
            },
            cancellationToken);
    }

    private static async Task RunAsync(
        Neo4jTransaction transaction, IReadOnlyList<Statement> statements, string step, int done, IProgress<LoadProgress>? progress, CancellationToken token)
    {
        progress?.Report(new LoadProgress(step, done, Steps));
        if (statements.Count > 0)
        {
            await transaction.RunAsync(statements, token).ConfigureAwait(false);
        }
    }

    private static async Task<ExistingGraph> ReadAsync(Neo4jTransaction transaction, GraphScope scope, CancellationToken token)
    {
        var nodeResults = await transaction.RunAsync(scope.ReadNodes, token).ConfigureAwait(false);
        var relationshipResults = await transaction.RunAsync(scope.ReadRelationships, token).ConfigureAwait(false);
        var nodes = nodeResults.SelectMany(result => result.Records).Select(record => new ExistingNode(
            record.Get<string>("id"),
            KindOf(record.Get<string>("kind")),
            [.. record.Get<IReadOnlyList<object?>>("labels").OfType<string>()],
            record.Get<IReadOnlyDictionary<string, object?>>("properties")));
        var relationships = relationshipResults.SelectMany(result => result.Records).Select(record => new ExistingRelationship(
            record.Get<string?>("id"),
            record.Get<string>("type"),
            KindOf(record.Get<string>("fromKind")),
            record.Get<string>("from"),
            record.Get<string>("to"),
            record.Get<IReadOnlyDictionary<string, object?>>("properties")));
        var removed = new HashSet<string>(StringComparer.Ordinal);
        if (scope.ReadRemovals is { } readRemovals)
        {
            var removals = await transaction.RunAsync(readRemovals, token).ConfigureAwait(false);
            removed.UnionWith(removals.Records.Select(record => record.Get<string>("id")));
        }

        return new ExistingGraph([.. nodes], [.. relationships], removed);
    }

    private static NodeKind KindOf(string kind) => kind == nameof(NodeKind.Article) ? NodeKind.Article : NodeKind.Entity;
}
