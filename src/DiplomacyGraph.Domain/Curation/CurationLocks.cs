using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Curation;

/// <summary>
/// Locks what a curation change reads and writes before it checks anything, so concurrent changes
/// on overlapping entities run one after the other and the later one checks what the earlier one
/// left. Keys (<see cref="Node"/>, <see cref="Name"/>) are taken all at once, in ordinal order, so
/// two changes never wait for each other in a cycle.
/// </summary>
/// <remarks>
/// Two layers. In Neo4j, each key is a <c>(:CurationLock {key})</c> node MERGEd and SET in the
/// change's transaction: the unique constraint on <c>CurationLock.key</c> (cypher/schema) makes a
/// second MERGE of the key wait until the first transaction ends, and the write lock lasts until
/// commit or rollback, across the HTTP API's requests (the node is deleted before commit, so none
/// are left behind). Neo4j 3.1 cannot bound a lock wait (<c>dbms.lock.acquisition.timeout</c> came
/// later), and a request blocked on a lock holds one of the server's few HTTP threads, so within
/// this process each key is first taken on a local gate: at most one change per key waits inside
/// Neo4j at a time. Both waits together are bounded by <see cref="Wait"/>; past it the change is
/// refused with <see cref="CurationErrorCodes.Busy"/> and its transaction rolled back.
/// </remarks>
public sealed class CurationLocks(TimeSpan wait)
{
    public const string LockLabel = "CurationLock";

    private const string LockStatement = "UNWIND $keys AS key MERGE (l:" + LockLabel + " {key: key}) SET l.locked = true";
    private const string UnlockStatement = "UNWIND $keys AS key MATCH (l:" + LockLabel + " {key: key}) DELETE l";

    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    public static TimeSpan DefaultWait { get; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest a change waits for its locks.</summary>
    public TimeSpan Wait { get; } = wait;

    /// <summary>The key of an entity or article, by id (whether or not it exists yet).</summary>
    public static string Node(string id) => "node:" + id;

    /// <summary>The key of an article's URL (two articles must not share one).</summary>
    public static string Url(string url) => "url:" + url;

    /// <summary>The key of a normalized name within a label (two entities of a label must not share one).</summary>
    public static string Name(string label, string key) => $"name:{label}:{key}";

    /// <summary>
    /// Takes the keys, in order, locally and in <paramref name="transaction"/>. When the change has
    /// written everything, call <see cref="HeldLocks.FinishAsync"/> (deletes the lock nodes; the Neo4j
    /// locks last until the transaction ends); dispose the result in any case (opens the local gates).
    /// </summary>
    public async Task<HeldLocks> AcquireAsync(Neo4jTransaction transaction, IEnumerable<string> keys, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var ordered = keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Wait);
        var held = new List<Gate>();
        try
        {
            foreach (var key in ordered)
            {
                var gate = Enter(key);
                try
                {
                    await gate.Semaphore.WaitAsync(deadline.Token).ConfigureAwait(false);
                }
                catch
                {
                    Leave(gate);
                    throw;
                }

                held.Add(gate);
            }

            await transaction.RunAsync(new Statement(LockStatement, new Dictionary<string, object?> { ["keys"] = ordered }), deadline.Token).ConfigureAwait(false);
        }
        catch (Exception timedOut) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested && timedOut is not CurationException)
        {
            // However the abandoned request ends (cancelled, or the server's answer to the rollback racing it).
            Release(held);
            throw new CurationException(
                CurationErrorCodes.Busy,
                [$"{owner}: other changes held what it needs for more than {Wait.TotalSeconds:0.#} s; nothing was written, send it again."]);
        }
        catch
        {
            Release(held);
            throw;
        }

        return new HeldLocks(this, transaction, ordered, held);
    }

    private Gate Enter(string key)
    {
        lock (_gates)
        {
            if (!_gates.TryGetValue(key, out var gate))
            {
                _gates[key] = gate = new Gate(key);
            }

            gate.Users++;
            return gate;
        }
    }

    private void Leave(Gate gate)
    {
        lock (_gates)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(gate.Key);
                gate.Semaphore.Dispose();
            }
        }
    }

    private void Release(List<Gate> held)
    {
        foreach (var gate in held)
        {
            gate.Semaphore.Release();
            Leave(gate);
        }

        held.Clear();
    }

    internal sealed class Gate(string key)
    {
        public string Key { get; } = key;

        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    /// <summary>The keys a change holds.</summary>
    public sealed class HeldLocks : IDisposable
    {
        private readonly CurationLocks _locks;
        private readonly Neo4jTransaction _transaction;
        private readonly List<string> _keys;
        private readonly List<Gate> _gates;

        internal HeldLocks(CurationLocks locks, Neo4jTransaction transaction, List<string> keys, List<Gate> gates)
        {
            _locks = locks;
            _transaction = transaction;
            _keys = keys;
            _gates = gates;
        }

        /// <summary>Deletes the lock nodes in the transaction (which keeps their locks until it ends), leaving no trace in the graph.</summary>
        public Task FinishAsync(CancellationToken cancellationToken) =>
            _transaction.RunAsync(new Statement(UnlockStatement, new Dictionary<string, object?> { ["keys"] = _keys }), cancellationToken);

        public void Dispose() => _locks.Release(_gates);
    }
}
