using DiplomacyGraph.Cypher.Schema;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>
/// What the data guarantees about the labels at the ends of relationship types: every relationship of
/// a listed type runs from a node with one of its pairs' first labels to a node with the pair's second
/// label. A domain that checks every write against such a list (DiplomacyGraph's
/// <c>relationship-types.yaml</c>) hands it to the compiler, which then leaves out label tests the
/// guarantee makes true anyway: a relationship field whose target is an interface or union without
/// labels of its own (<c>contains: [Place!]!</c>) would otherwise test every related node for one of
/// the member labels (<c>m:Country OR m:Subdivision OR m:City</c>), which on a hub reads the labels of
/// every one of its thousands of related nodes, for the page and again for <c>totalCount</c>.
/// </summary>
/// <remarks>
/// A type that is not listed gets no guarantee, and its tests stay. Results are the same either way
/// as long as the guarantee holds; nodes written outside the domain's checks could break it.
/// </remarks>
public sealed class RelationshipEnds
{
    private readonly Dictionary<string, List<(string From, string To)>> _pairs = new(StringComparer.Ordinal);

    /// <param name="allowed">Each relationship type with one allowed (start label, end label) pair; a type may come many times.</param>
    public RelationshipEnds(IEnumerable<(string Type, string FromLabel, string ToLabel)> allowed)
    {
        foreach (var (type, from, to) in allowed)
        {
            if (!_pairs.TryGetValue(type, out var pairs))
            {
                _pairs[type] = pairs = [];
            }

            pairs.Add((from, to));
        }
    }

    /// <summary>No guarantee for any type: every label test is written.</summary>
    public static RelationshipEnds None { get; } = new([]);

    /// <summary>
    /// The label condition a node reached over <paramref name="relationship"/> must meet to be a
    /// <paramref name="target"/> (<see cref="CypherText.TargetCondition"/>), or null when there is none or
    /// the guarantee makes it true: every label the far end may carry identifies one of the target's types.
    /// </summary>
    internal string? TargetCondition(RelationshipMapping relationship, CompositeType target, string variable)
    {
        var condition = CypherText.TargetCondition(target, variable);
        if (condition is null || !_pairs.TryGetValue(relationship.Type, out var pairs))
        {
            return condition;
        }

        var farLabels = relationship.Direction switch
        {
            RelationshipDirection.Out => pairs.Select(pair => pair.To),
            RelationshipDirection.In => pairs.Select(pair => pair.From),
            _ => pairs.SelectMany(pair => new[] { pair.From, pair.To }),
        };
        // The condition is "one of the possible types' distinguishing labels"; a far-end label that is
        // exactly one of them satisfies it on its own.
        var identifying = target.PossibleTypes
            .Select(possible => CypherText.DistinguishingLabels(target, possible))
            .Where(labels => labels.Count == 1)
            .Select(labels => labels[0])
            .ToHashSet(StringComparer.Ordinal);
        return farLabels.All(identifying.Contains) ? null : condition;
    }
}
