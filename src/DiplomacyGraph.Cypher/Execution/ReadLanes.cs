namespace DiplomacyGraph.Cypher.Execution;

/// <summary>
/// Two bulkheads for read statements, chosen by the request's measured cost: requests costing
/// <see cref="HeavyFromCost"/> or more run in a small lane of their own, so a burst of expensive (slow but allowed)
/// requests fills that lane and gets BUSY, while cheap reads keep their own permits and answer in their usual time.
/// Curation writes have a bulkhead apart from both. Neo4j must have at least as many HTTP workers as the lanes let
/// statements run at once (the local instance is configured so), or the heavy statements would hold its workers.
/// </summary>
public sealed class ReadLanes : IDisposable
{
    public ReadLanes(ReadLaneSizes sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        Sizes = sizes;
        Cheap = new StatementBulkhead(sizes.CheapInFlight, sizes.CheapQueued);
        Heavy = new StatementBulkhead(sizes.HeavyInFlight, sizes.HeavyQueued);
    }

    public ReadLaneSizes Sizes { get; }

    public long HeavyFromCost => Sizes.HeavyFromCost;

    public StatementBulkhead Cheap { get; }

    public StatementBulkhead Heavy { get; }

    /// <summary>The lane of a request of this cost; an unmeasured request is treated as heavy.</summary>
    public StatementBulkhead For(long? operationCost) => operationCost is { } cost && cost < HeavyFromCost ? Cheap : Heavy;

    public void Dispose()
    {
        Cheap.Dispose();
        Heavy.Dispose();
    }
}

/// <summary>The sizes of <see cref="ReadLanes"/>; the defaults suit a Neo4j with 2 cores.</summary>
public sealed record ReadLaneSizes
{
    /// <summary>Cheap read statements running at once.</summary>
    public int CheapInFlight { get; init; } = 8;

    /// <summary>Cheap read statements waiting for a permit; past that, BUSY.</summary>
    public int CheapQueued { get; init; } = 32;

    /// <summary>Heavy read statements running at once: few, so they cannot take all of Neo4j's CPU.</summary>
    public int HeavyInFlight { get; init; } = 2;

    /// <summary>
    /// Heavy read statements waiting for a permit; past that, BUSY. Each root field is a statement of its own, so
    /// one request with as many root fields as the alias limit allows (30) must fit: it then runs two at a time.
    /// </summary>
    public int HeavyQueued { get; init; } = 32;

    /// <summary>
    /// The cost from which a request is heavy. 100,000 (the graph-statistics cost, ApiCostEstimator): on the 1M-entity
    /// graph a few tenths of a second of Neo4j's time; a scan of a large label (entities: 1,000,000) is heavy there,
    /// while on the seed graph (about 120 entities) nearly every request is cheap.
    /// </summary>
    public long HeavyFromCost { get; init; } = 100_000;

    /// <summary>Every statement the lanes let run at once; the Neo4j server needs at least this many HTTP workers.</summary>
    public int InFlight => CheapInFlight + HeavyInFlight;
}
