using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Domain.Loading;

/// <summary>
/// Compares the wanted graph with the existing one, node by id and relationship by id. Curated items
/// (<see cref="Origin"/>) are never written or deleted: a wanted item curation changed or removed is
/// left as curation has it and listed as an override — unless the curated item is already exactly
/// what is wanted (its curation was exported into the fact files), which the writer then takes over.
/// </summary>
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
        var overrides = new List<CuratedOverride>();
        var existingNodes = existing.Nodes
            .GroupBy(node => (node.Kind, node.Id))
            .ToDictionary(group => group.Key, group => group.First());
        var nodesToWrite = new List<NodeRow>();
        var removedNodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in wanted.Nodes)
        {
            existingNodes.TryGetValue((node.Kind, node.Id), out var current);
            if (existing.RemovedIds.Contains(node.Id) || (current is { IsCurated: true } && !SameContent(node.Properties, current.Properties)))
            {
                if (current is null)
                {
                    removedNodes.Add(node.Id);
                }

                overrides.Add(new CuratedOverride(ChangeCount.Node, node.Id, current is null ? CuratedOverride.Removed : CuratedOverride.Changed));
                Count(ChangeCount.Node, node.Label, unchanged);
            }
            else if (current is null)
            {
                nodesToWrite.Add(node);
                Count(ChangeCount.Node, node.Label, created);
            }
            else if (current.IsCurated || !SameLabels(node, current) || !PropertyMaps.Equal(node.Properties, current.Properties))
            {
                nodesToWrite.Add(node);
                Count(ChangeCount.Node, node.Label, updated);
            }
            else
            {
                Count(ChangeCount.Node, node.Label, unchanged);
            }
        }

        // A node curated relationships use stays, even when the fact files no longer hold it.
        var usedByCuration = existing.Relationships.Where(relationship => relationship.IsCurated)
            .SelectMany(relationship => new[] { relationship.From, relationship.To })
            .ToHashSet(StringComparer.Ordinal);
        var wantedNodeKeys = wanted.Nodes.Select(node => (node.Kind, node.Id)).ToHashSet();
        var nodesToDelete = new List<ExistingNode>();
        foreach (var node in deleteStaleNodes ? existing.Nodes.Where(node => !node.IsCurated && !wantedNodeKeys.Contains((node.Kind, node.Id))) : [])
        {
            if (usedByCuration.Contains(node.Id))
            {
                overrides.Add(new CuratedOverride(ChangeCount.Node, node.Id, CuratedOverride.InUse));
            }
            else
            {
                nodesToDelete.Add(node);
                Count(ChangeCount.Node, LabelOf(node), deleted);
            }
        }

        var existingRelationships = existing.Relationships
            .Where(relationship => relationship.Id is not null)
            .GroupBy(relationship => relationship.Id!)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var relationshipsToWrite = new List<RelationshipRow>();
        foreach (var relationship in wanted.Relationships)
        {
            existingRelationships.TryGetValue(relationship.Id, out var current);
            var endRemoved = removedNodes.Contains(relationship.From) || removedNodes.Contains(relationship.To);
            if (existing.RemovedIds.Contains(relationship.Id) || (endRemoved && current is null)
                || (current is { IsCurated: true } && !SameContent(relationship.Properties, current.Properties)))
            {
                overrides.Add(new CuratedOverride(ChangeCount.Relationship, relationship.Id, current is null ? CuratedOverride.Removed : CuratedOverride.Changed));
                Count(ChangeCount.Relationship, relationship.Type, unchanged);
            }
            else if (current is null)
            {
                relationshipsToWrite.Add(relationship);
                Count(ChangeCount.Relationship, relationship.Type, created);
            }
            else if (current.IsCurated || current.Type != relationship.Type || !PropertyMaps.Equal(relationship.Properties, current.Properties))
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
            .Where(relationship => !relationship.IsCurated && (relationship.Id is null || !wantedRelationshipIds.Contains(relationship.Id)))
            .ToList();
        foreach (var relationship in relationshipsToDelete)
        {
            Count(ChangeCount.Relationship, relationship.Type, deleted);
        }

        var wantedIds = wanted.Nodes.Select(node => node.Id).Concat(wantedRelationshipIds).ToHashSet(StringComparer.Ordinal);
        var removalsToForget = existing.RemovedIds.Where(id => !wantedIds.Contains(id)).Order(StringComparer.Ordinal).ToList();

        var summary = counts
            .OrderBy(pair => pair.Key.Element == ChangeCount.Node ? 0 : 1)
            .ThenBy(pair => pair.Key.Name, StringComparer.Ordinal)
            .Select(pair => new ChangeCount(pair.Key.Element, pair.Key.Name, pair.Value[created], pair.Value[updated], pair.Value[deleted], pair.Value[unchanged]))
            .ToList();
        return new GraphChanges(nodesToWrite, nodesToDelete, relationshipsToWrite, relationshipsToDelete, summary, overrides, removalsToForget);
    }

    /// <summary>The same properties, whoever owns the stored item (a curated item exported to the files equals what the files now say).</summary>
    private static bool SameContent(IReadOnlyDictionary<string, object> wanted, IReadOnlyDictionary<string, object?> stored)
    {
        var owned = stored.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        if (wanted.TryGetValue(Origin.Property, out var origin))
        {
            owned[Origin.Property] = origin;
        }

        return PropertyMaps.Equal(wanted, owned);
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
