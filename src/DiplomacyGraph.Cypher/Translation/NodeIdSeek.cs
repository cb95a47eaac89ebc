using DiplomacyGraph.Cypher.Schema;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>
/// The labels to seek a node by id from, for an abstract type: as few labels as cover all its
/// possible types (e.g. <c>Entity</c> for the nine entity types and <c>Article</c>), each with the
/// types it covers. A match that starts from a label and tests the id property is an index seek
/// when the label has a unique constraint (or index) on the id, which <c>cypher/schema/</c> gives
/// every label listed here; a match without a label scans all nodes.
/// </summary>
internal sealed record NodeIdSeek(string Label, IReadOnlyList<CompositeType> Types)
{
    /// <summary>Greedy cover: the label most uncovered types carry first (ties in declaration order).</summary>
    public static IReadOnlyList<NodeIdSeek> For(CompositeType type)
    {
        var uncovered = type.PossibleTypes.ToList();
        var seeks = new List<NodeIdSeek>();
        while (uncovered.Count > 0)
        {
            var label = uncovered
                .SelectMany(possible => possible.Labels!)
                .Distinct(StringComparer.Ordinal)
                .OrderByDescending(candidate => uncovered.Count(possible => possible.Labels!.Contains(candidate)))
                .First();
            var covered = uncovered.Where(possible => possible.Labels!.Contains(label)).ToList();
            seeks.Add(new NodeIdSeek(label, covered));
            uncovered.RemoveAll(covered.Contains);
        }

        return seeks;
    }
}
