using System.Globalization;

namespace DiplomacyGraph.Differential.Tests;

/// <summary>
/// Neo4j's ordering of property values as the reference applies it: numbers by value, strings by UTF-16 code
/// units (Java's compareTo, which is .NET's ordinal comparison), false before true; ORDER BY puts missing
/// values last ascending and first descending; the API breaks ties by id.
/// </summary>
public static class Order
{
    public static int Compare(object a, object b) => (a, b) switch
    {
        (string x, string y) => Math.Sign(string.CompareOrdinal(x, y)),
        (bool x, bool y) => x.CompareTo(y),
        (long or int or double, long or int or double) =>
            Convert.ToDouble(a, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(b, CultureInfo.InvariantCulture)),
        _ => throw new InvalidOperationException($"Cannot compare {a.GetType().Name} with {b.GetType().Name}."),
    };

    /// <summary>Sorts by the keys (<c>name</c>, or <c>edge.since</c> for an edge property), then by id.</summary>
    public static List<Candidate> Sort(IEnumerable<Candidate> items, IReadOnlyList<(string Field, bool Descending)> keys)
    {
        var list = items.ToList();
        list.Sort((x, y) =>
        {
            foreach (var (field, descending) in keys)
            {
                var result = CompareKey(Value(x, field), Value(y, field), descending);
                if (result != 0)
                {
                    return result;
                }
            }

            return string.CompareOrdinal(x.Node.Id, y.Node.Id);
        });
        return list;
    }

    private static object? Value(Candidate item, string field) => field.StartsWith("edge.", StringComparison.Ordinal)
        ? item.Edge!.Properties.GetValueOrDefault(field[5..])
        : item.Node.Properties.GetValueOrDefault(field);

    private static int CompareKey(object? x, object? y, bool descending) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => descending ? -1 : 1,
        (_, null) => descending ? 1 : -1,
        _ => descending ? -Compare(x, y) : Compare(x, y),
    };
}
