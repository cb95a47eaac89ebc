namespace DiplomacyGraph.Synthetic;

/// <summary>
/// One way relationships of <see cref="Type"/> are generated: each <see cref="From"/> entity gets
/// <see cref="PerFrom"/> of them on average, to a target label chosen by weight and a target index
/// chosen with <see cref="Skew"/> (the low indexes of each label become hubs).
/// </summary>
public sealed record RelationshipPlan(string Type, string From, IReadOnlyList<(string Label, double Weight)> To, double PerFrom, double Skew)
{
    public string PickTarget(ref SeededRandom random)
    {
        var roll = random.NextDouble() * To.Sum(target => target.Weight);
        foreach (var (label, weight) in To)
        {
            roll -= weight;
            if (roll < 0)
            {
                return label;
            }
        }

        return To[^1].Label;
    }
}
