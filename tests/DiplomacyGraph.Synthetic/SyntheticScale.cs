using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Synthetic;

/// <summary>
/// How many nodes of each label a graph of <see cref="Entities"/> entities has: a few hundred
/// countries at most (so they are hubs), then fixed shares of subdivisions, cities, people,
/// organizations, agreements and events, the rest statistics; one article per thousand entities.
/// </summary>
public sealed record SyntheticScale(int Entities, int Seed)
{
    private static readonly Dictionary<string, double> Shares = new(StringComparer.Ordinal)
    {
        [EntityLabels.Subdivision] = 0.05,
        [EntityLabels.City] = 0.20,
        [EntityLabels.Person] = 0.25,
        [EntityLabels.Organization] = 0.10,
        [EntityLabels.Agreement] = 0.08,
        [EntityLabels.Event] = 0.22,
    };

    public int Articles => Math.Max(5, Entities / 1000);

    public int Count(string label)
    {
        if (Entities < 100)
        {
            throw new ArgumentOutOfRangeException(nameof(label), Entities, "A synthetic graph has at least 100 entities.");
        }

        if (label == EntityLabels.Country)
        {
            return Math.Clamp(Entities / 4000, 10, 250);
        }

        if (label == EntityLabels.Statistic)
        {
            return Entities - EntityLabels.All.Where(other => other != EntityLabels.Statistic).Sum(Count);
        }

        return (int)(Entities * Shares[label]);
    }
}
