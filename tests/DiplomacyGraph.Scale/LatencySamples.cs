namespace DiplomacyGraph.Scale;

/// <summary>Latencies of one side (API or direct) of one shape, in milliseconds, and their percentiles.</summary>
public sealed class LatencySamples
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public int Errors { get; private set; }

    public string? FirstError { get; private set; }

    public void Add(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);

    public void AddError(string error)
    {
        Errors++;
        FirstError ??= error;
    }

    /// <summary>The nearest-rank percentile (with few samples, p99 is the slowest).</summary>
    public double Percentile(double percent)
    {
        if (_milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
