namespace DiplomacyGraph.Benchmarks.Throughput;

/// <summary>CPU used so far by the API (this process), by Neo4j (its process group) and by wrk (ended children).</summary>
public sealed record CpuSample(TimeSpan Api, TimeSpan Neo4j, TimeSpan Wrk)
{
    public static CpuSample Take(int neo4jGroup) => new(ProcessCpu.OfThisProcess(), ProcessCpu.OfProcessGroup(neo4jGroup), ProcessCpu.OfEndedChildren());

    public static CpuSample operator -(CpuSample after, CpuSample before) => new(after.Api - before.Api, after.Neo4j - before.Neo4j, after.Wrk - before.Wrk);

    /// <summary>Milliseconds of CPU per request of each side.</summary>
    public (double Api, double Neo4j, double Wrk) PerRequest(long requests) =>
        (Api.TotalMilliseconds / requests, Neo4j.TotalMilliseconds / requests, Wrk.TotalMilliseconds / requests);
}
