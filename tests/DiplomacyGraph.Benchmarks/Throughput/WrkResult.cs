namespace DiplomacyGraph.Benchmarks.Throughput;

/// <summary>One wrk run: requests completed, over how many seconds, their median latency, failed answers and socket errors.</summary>
public sealed record WrkResult(long Requests, double Seconds, double P50Milliseconds, long Errors)
{
    public double RequestsPerSecond => Requests / Seconds;
}
