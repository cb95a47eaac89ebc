using DiplomacyGraph.Cypher.Schema;

namespace DiplomacyGraph.Cypher.Statistics;

/// <summary>
/// How large the graph is, as Neo4j's count store tells it in constant time: nodes per label, relationships per
/// (start label, type) and per (type, end label), and which (label, property) pairs an index serves. A value, so
/// the cost limit can be computed (and tested) for any graph: the live one (<see cref="GraphStatisticsMonitor"/>)
/// or one a test gives.
/// </summary>
/// <param name="Nodes">Nodes per label.</param>
/// <param name="Outgoing">Relationships per (start label, type).</param>
/// <param name="Incoming">Relationships per (type, end label).</param>
/// <param name="Indexes">(label, property) pairs an index serves: an equality on one is an index seek, not a label scan.</param>
/// <param name="LargestDegrees">
/// The most relationships of a type (and direction) one node of a label has: how full a page below a hub can be.
/// Read by a scan of each label (not from the count store), so less often; null (or a missing entry) when not known.
/// </param>
public sealed record GraphStatistics(
    IReadOnlyDictionary<string, long> Nodes,
    IReadOnlyDictionary<(string Label, string Type), long> Outgoing,
    IReadOnlyDictionary<(string Type, string Label), long> Incoming,
    IReadOnlySet<(string Label, string Property)> Indexes,
    IReadOnlyDictionary<(string Label, string Type, RelationshipDirection Direction), long>? LargestDegrees = null)
{
    /// <summary>How many nodes a scan of the type's label reads (its most specific label, the first declared).</summary>
    public long NodeCount(CompositeType type) => type.Labels is [var label, ..]
        ? Nodes.GetValueOrDefault(label)
        : type.PossibleTypes.Where(possible => possible.IsNode).Sum(NodeCount);

    /// <summary>
    /// The average number of <paramref name="relationship"/>s of a node of <paramref name="type"/>: what Neo4j
    /// reads per parent to follow it. For a type without labels of its own (an interface such as Place), the
    /// largest average among the types it may be, since the parent may be any of them.
    /// </summary>
    public double AverageDegree(CompositeType type, RelationshipMapping relationship)
    {
        if (type.Labels is not [var label, ..])
        {
            return type.PossibleTypes.Where(possible => possible.IsNode).Select(possible => AverageDegree(possible, relationship)).DefaultIfEmpty(0).Max();
        }

        var nodes = Nodes.GetValueOrDefault(label);
        if (nodes == 0)
        {
            return 0;
        }

        var outgoing = Outgoing.GetValueOrDefault((label, relationship.Type));
        var incoming = Incoming.GetValueOrDefault((relationship.Type, label));
        var relationships = relationship.Direction switch
        {
            RelationshipDirection.Out => outgoing,
            RelationshipDirection.In => incoming,
            _ => outgoing + incoming,
        };
        return (double)relationships / nodes;
    }

    /// <summary>
    /// The most <paramref name="relationship"/>s any node of <paramref name="type"/> has (for an interface, any node of
    /// the types it may be), or null when not known.
    /// </summary>
    public long? LargestDegree(CompositeType type, RelationshipMapping relationship)
    {
        if (type.Kind == CompositeTypeKind.Object)
        {
            return type.Labels is [var label, ..] && LargestDegrees?.TryGetValue((label, relationship.Type, relationship.Direction), out var largest) == true
                ? largest
                : null;
        }

        long most = 0;
        foreach (var possible in type.PossibleTypes.Where(possible => possible.IsNode))
        {
            if (LargestDegree(possible, relationship) is not { } largest)
            {
                return null;
            }

            most = Math.Max(most, largest);
        }

        return most;
    }

    /// <summary>Whether an equality on the property is an index seek for nodes of the type.</summary>
    public bool IsIndexed(CompositeType type, string property) => type.Labels is [var label, ..] && Indexes.Contains((label, property));
}
