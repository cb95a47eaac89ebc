namespace DiplomacyGraph.Synthetic;

/// <summary>
/// SplitMix64: a tiny, fast generator whose whole state is one number, so every entity and every
/// (relationship plan, entity) pair gets its own stream from (seed, keys). The graph is then the
/// same whatever order it is generated or read in.
/// </summary>
public struct SeededRandom
{
    private ulong _state;

    public SeededRandom(int seed, params ReadOnlySpan<long> keys)
    {
        _state = (ulong)seed * 0x9E3779B97F4A7C15UL;
        foreach (var key in keys)
        {
            _state = Mix(_state ^ (ulong)key) + 0x9E3779B97F4A7C15UL;
        }
    }

    /// <summary>A uniform value in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="count"/>).</summary>
    public int Next(int count) => (int)(NextDouble() * count);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>
    /// An index in [0, <paramref name="count"/>) where low indexes are far likelier: u^skew. Skew 1 is
    /// uniform; with skew 3 over 250 items index 0 takes about 16% of the picks (the hubs).
    /// </summary>
    public int Skewed(int count, double skew) => Math.Min(count - 1, (int)(count * Math.Pow(NextDouble(), skew)));

    /// <summary><paramref name="mean"/> rounded up or down at random, so the average is exact.</summary>
    public int Round(double mean)
    {
        var whole = (int)Math.Floor(mean);
        return whole + (Chance(mean - whole) ? 1 : 0);
    }

    private ulong NextUInt64() => Mix(_state += 0x9E3779B97F4A7C15UL);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
