using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Domain.Loading;

/// <summary>Compares the wanted graph with the existing one, node by id and relationship by id.</summary>
public static class GraphDiff
{
    /// <param name="deleteStaleNodes">True for a load (the fact files are the whole truth about what they manage); false for an ingest, which only adds.</param>
    public static GraphChanges Compute(GraphContent wanted, ExistingGraph existing, bool deleteStaleNodes)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(existing);
        var counts = new Dictionary<(string Element, string Name), int[]>();
        void Count(string element, string name, int slot)
        {
            if (!counts.TryGetValue((element, name), out var slots))
            {
                counts[(element, name)] = slots = new int[4];
            }

            slots[slot]++;
        }

        const int created = 0, updated = 1, deleted = 2, unchanged = 3;
        var existingNodes = existing.Nodes
            .GroupBy(node => (node.Kind, node.Id))
            .ToDictionary(group => group.Key, group => group.First());
        var nodesToWrite = new List<NodeRow>();
        foreach (var node in wanted.Nodes)
        {
            if (!existingNodes.TryGetValue((node.Kind, node.Id), out var current))
            {
                nodesToWrite.Add(node);
                Count(ChangeCount.Node, node.Label, created);
            }
            else if (!SameLabels(node, current) || !PropertyMaps.Equal(node.Properties, current.Properties))
            {
                nodesToWrite.Add(node);
                Count(ChangeCount.Node, node.Label, updated);
            }
            else
            {
                Count(ChangeCount.Node, node.Label, unchanged);
            }
        }

        var wantedNodeKeys = wanted.Nodes.Select(node => (node.Kind, node.Id)).ToHashSet();
        var nodesToDelete = deleteStaleNodes
            ? existing.Nodes.Where(node => !wantedNodeKeys.Contains((node.Kind, node.Id))).ToList()
            : [];
        foreach (var node in nodesToDelete)
        {
            Count(ChangeCount.Node, LabelOf(node), deleted);
        }

        var existingRelationships = existing.Relationships
            .Where(relationship => relationship.Id is not null)
            .GroupBy(relationship => relationship.Id!)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var relationshipsToWrite = new List<RelationshipRow>();
        foreach (var relationship in wanted.Relationships)
        {
            if (!existingRelationships.TryGetValue(relationship.Id, out var current))
            {
                relationshipsToWrite.Add(relationship);
                Count(ChangeCount.Relationship, relationship.Type, created);
            }
            else if (current.Type != relationship.Type || !PropertyMaps.Equal(relationship.Properties, current.Properties))
            {
                relationshipsToWrite.Add(relationship);
                Count(ChangeCount.Relationship, relationship.Type, updated);
            }
            else
            {
                Count(ChangeCount.Relationship, relationship.Type, unchanged);
            }
        }

        var wantedRelationshipIds = wanted.Relationships.Select(relationship => relationship.Id).ToHashSet(StringComparer.Ordinal);
        var relationshipsToDelete = existing.Relationships
            .Where(relationship => relationship.Id is null || !wantedRelationshipIds.Contains(relationship.Id))
            .ToList();
        foreach (var relationship in relationshipsToDelete)
        {
            Count(ChangeCount.Relationship, relationship.Type, deleted);
        }

        var summary = counts
            .OrderBy(pair => pair.Key.Element == ChangeCount.Node ? 0 : 1)
            .ThenBy(pair => pair.Key.Name, StringComparer.Ordinal)
            .Select(pair => new ChangeCount(pair.Key.Element, pair.Key.Name, pair.Value[created], pair.Value[updated], pair.Value[deleted], pair.Value[unchanged]))
            .ToList();
        return new GraphChanges(nodesToWrite, nodesToDelete, relationshipsToWrite, relationshipsToDelete, summary);
    }

    private static bool SameLabels(NodeRow node, ExistingNode current)
    {
        IEnumerable<string> wantedLabels = node.Kind == NodeKind.Entity ? [EntityLabels.Entity, node.Label] : [node.Label];
        return wantedLabels.Order(StringComparer.Ordinal).SequenceEqual(current.Labels.Order(StringComparer.Ordinal));
    }

    private static string LabelOf(ExistingNode node) =>
        node.Kind == NodeKind.Article
            ? EntityLabels.Article
            : node.Labels.FirstOrDefault(label => label != EntityLabels.Entity) ?? EntityLabels.Entity;
}
