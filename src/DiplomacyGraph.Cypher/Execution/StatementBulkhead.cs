using DiplomacyGraph.GraphQL.Errors;

namespace DiplomacyGraph.Cypher.Execution;

/// <summary>
/// A bounded number of statements in flight from this process, with a short queue in front: past that a request
/// is refused at once with <see cref="GraphDatabaseErrors.BusyCode"/> (the endpoint answers 503 with Retry-After),
/// so a few slow requests cannot hold every Neo4j worker while the rest wait. Reads and curation writes get a
/// bulkhead each, so neither starves the other.
/// </summary>
public sealed class StatementBulkhead : IDisposable
{
    private readonly SemaphoreSlim _permits;
    private int _admitted;

    /// <param name="permits">Statements that may run at once.</param>
    /// <param name="queue">Statements that may wait for a permit ; one more is refused.</param>
    public StatementBulkhead(int permits, int queue)
    {
        Permits = permits;
        Queue = queue;
        _permits = new SemaphoreSlim(permits, permits);
    }

    public int Permits { get; }

    public int Queue { get; }

    /// <summary>Runs <paramref name="work"/> holding a permit; throws a BUSY field error when none is free and the queue is full.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        // Running plus waiting: counted before waiting, so the refusal is immediate rather than queued.
        try
        {
            if (Interlocked.Increment(ref _admitted) > Permits + Queue)
            {
                throw new GraphQLException(
                    "The server is busy; try again in a moment.",
                    new Dictionary<string, object?> { ["code"] = GraphDatabaseErrors.BusyCode });
            }

            await _permits.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await work().ConfigureAwait(false);
            }
            finally
            {
                _permits.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _admitted);
        }
    }

    public void Dispose() => _permits.Dispose();
}
