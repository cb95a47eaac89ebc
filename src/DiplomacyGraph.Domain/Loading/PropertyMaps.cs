namespace DiplomacyGraph.Domain.Loading;

/// <summary>
/// Compares a wanted property map with one read from Neo4j, where integers come back as
/// <see cref="long"/>, decimals as <see cref="double"/> and lists as lists of objects.
/// </summary>
public static class PropertyMaps
{
    public static bool Equal(IReadOnlyDictionary<string, object> wanted, IReadOnlyDictionary<string, object?> stored)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(stored);
        if (wanted.Count != stored.Count(pair => pair.Value is not null))
        {
            return false;
        }

        foreach (var (key, value) in wanted)
        {
            if (!stored.TryGetValue(key, out var other) || !ValueEqual(value, other))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ValueEqual(object wanted, object? stored) => (wanted, stored) switch
    {
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (long a, long b) => a == b,
        (double a, double b) => a.Equals(b),
        (bool a, bool b) => a == b,
        (System.Collections.IEnumerable a, System.Collections.IEnumerable b) when wanted is not string && stored is not string =>
            a.Cast<object?>().SequenceEqual(b.Cast<object?>(), ElementComparer.Instance),
        _ => false,
    };

    private sealed class ElementComparer : IEqualityComparer<object?>
    {
        public static readonly ElementComparer Instance = new();

        public new bool Equals(object? x, object? y) => x is not null && y is not null ? ValueEqual(x, y) : x is null && y is null;

        public int GetHashCode(object? obj) => obj?.GetHashCode() ?? 0;
    }
}
