using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Domain.Search;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Curation;

public sealed partial class Curator
{
    /// <summary>
    /// Merges <paramref name="mergedId"/> into <paramref name="survivorId"/> (same label): the merged
    /// entity's names become aliases of the survivor, its evidence and sources join the survivor's,
    /// its relationships are re-attached to the survivor (joining the provenance of one the survivor
    /// already has), and it is deleted. Returns the survivor's id.
    /// </summary>
    public async Task<string> MergeEntitiesAsync(Neo4jTransaction transaction, string survivorId, string mergedId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var owner = $"mergeEntities '{mergedId}' into '{survivorId}'";
        var problems = new CurationProblems();
        if (survivorId == mergedId)
        {
            throw new CurationException([$"{owner}: an entity cannot be merged into itself."]);
        }

        using var held = await _locks.AcquireAsync(transaction, [CurationLocks.Node(survivorId), CurationLocks.Node(mergedId)], owner, cancellationToken).ConfigureAwait(false);
        var survivor = await FindEntityAsync(transaction, survivorId, owner, problems, cancellationToken).ConfigureAwait(false);
        var merged = await FindEntityAsync(transaction, mergedId, owner, problems, cancellationToken).ConfigureAwait(false);
        if (survivor is not null && merged is not null && survivor.Label != merged.Label)
        {
            problems.Add($"{owner}: a {merged.Label} cannot be merged into a {survivor.Label}.");
        }

        problems.ThrowIfAny();
        var recording = await ChangeRecorder.BeginAsync(transaction, new ChangeScope([survivorId, mergedId], [], WithIncidentRelationships: true), cancellationToken).ConfigureAwait(false);
        var moved = await RelationshipsOfAsync(transaction, mergedId, cancellationToken).ConfigureAwait(false);
        var kept = (await RelationshipsOfAsync(transaction, survivorId, cancellationToken).ConfigureAwait(false))
            .ToDictionary(relationship => relationship.Id, StringComparer.Ordinal);

        var removed = new List<string> { mergedId };
        foreach (var relationship in moved)
        {
            removed.Add(relationship.Id);
            var start = relationship.Start == mergedId ? survivorId : relationship.Start;
            var end = relationship.End == mergedId ? survivorId : relationship.End;
            if (start == end)
            {
                continue; // a relationship between the two would become a loop on the survivor
            }

            var definition = rules.FindRelationshipType(relationship.Type);
            if (definition is { Symmetric: true } && string.CompareOrdinal(start, end) > 0)
            {
                (start, end) = (end, start);
            }

            var id = relationship.Type == FactGraphBuilder.MentionsType
                ? $"{FactGraphBuilder.MentionsType}:{start}:{end}"
                : new RelationIdentity(relationship.Type, start, end, relationship.Properties.GetValueOrDefault("role") as string).Id;
            if (kept.TryGetValue(id, out var existing))
            {
                var joined = JoinProvenance(existing.Properties, relationship.Properties);
                joined[Origin.Property] = Origin.Curation;
                await transaction.RunAsync(
                    new Statement($"{RelationshipLookup.Match} SET r = $properties", WithRelationship(id, ("properties", Storable(joined)))),
                    cancellationToken).ConfigureAwait(false);
                continue;
            }

            var properties = new Dictionary<string, object?>(relationship.Properties, StringComparer.Ordinal) { ["id"] = id, [Origin.Property] = Origin.Curation };
            await CreateRelationshipAsync(transaction, relationship.Type, start, end, properties, cancellationToken).ConfigureAwait(false);
            kept[id] = relationship with { Id = id, Start = start, End = end, Properties = properties };
        }

        var survivorProperties = MergedEntityProperties(survivor!.Properties, merged!.Properties);
        survivorProperties[Origin.Property] = Origin.Curation;
        await transaction.RunAsync(
            new Statement(
                "MATCH (merged:Entity) WHERE merged.id = $merged DETACH DELETE merged " +
                "WITH count(*) AS deleted MATCH (survivor:Entity) WHERE survivor.id = $survivor SET survivor = $properties",
                Parameters(("merged", mergedId), ("survivor", survivorId), ("properties", Storable(survivorProperties)))),
            cancellationToken).ConfigureAwait(false);
        await SearchIndexStatements.UpdateAsync(
            transaction,
            [SearchIndexedEntity.FromProperties(survivorId, survivorProperties.GetValueOrDefault)],
            [mergedId],
            SearchIndexedEntity.FromProperties(survivorId, survivor.Properties.GetValueOrDefault).Names.Concat(SearchIndexedEntity.FromProperties(mergedId, merged.Properties.GetValueOrDefault).Names),
            cancellationToken).ConfigureAwait(false);
        await MarkRemovedAsync(transaction, removed, cancellationToken).ConfigureAwait(false);
        await recording.RecordAsync("mergeEntities", CuratorName, survivorId, reverts: null, cancellationToken).ConfigureAwait(false);
        await held.FinishAsync(cancellationToken).ConfigureAwait(false);
        return survivorId;
    }

    private sealed record StoredRelationship(string Id, string Type, string Start, string End, Dictionary<string, object?> Properties);

    private static async Task<List<StoredRelationship>> RelationshipsOfAsync(Neo4jTransaction transaction, string id, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(
            new Statement(
                "MATCH (n:Entity)-[r]-() WHERE n.id = $id " +
                "RETURN DISTINCT coalesce(r.id, type(r) + ':' + startNode(r).id + ':' + endNode(r).id) AS id, type(r) AS type, " +
                "startNode(r).id AS start, endNode(r).id AS end, properties(r) AS properties ORDER BY id",
                Parameters(("id", id))),
            cancellationToken).ConfigureAwait(false);
        return [.. result.Records.Select(record => new StoredRelationship(
            record.Get<string>("id"),
            record.Get<string>("type"),
            record.Get<string>("start"),
            record.Get<string>("end"),
            new Dictionary<string, object?>(record.Get<IReadOnlyDictionary<string, object?>>("properties"), StringComparer.Ordinal)))];
    }

    /// <summary>The survivor's properties, plus the merged entity's names as aliases, its evidence, and any property the survivor lacks.</summary>
    private static Dictionary<string, object?> MergedEntityProperties(Dictionary<string, object?> survivor, Dictionary<string, object?> merged)
    {
        var properties = new Dictionary<string, object?>(survivor, StringComparer.Ordinal);
        foreach (var (name, value) in merged)
        {
            if (!properties.ContainsKey(name) || properties[name] is null)
            {
                properties[name] = value;
            }
        }

        var names = new List<string> { merged.GetValueOrDefault("name") as string ?? "", merged.GetValueOrDefault("nameAr") as string ?? "" };
        names.AddRange(Strings(merged.GetValueOrDefault("aliases")));
        properties["id"] = survivor["id"];
        properties["aliases"] = Aliases(
            Strings(survivor.GetValueOrDefault("aliases")).Concat(names),
            survivor.GetValueOrDefault("name") as string,
            survivor.GetValueOrDefault("nameAr") as string);
        var joined = JoinProvenance(properties, merged);
        WriteMatchKeys(joined);
        return joined;
    }

    /// <summary>Evidence (with quotes, kept parallel) and sources of both, each span once; MENTIONS counts add up.</summary>
    private static Dictionary<string, object?> JoinProvenance(Dictionary<string, object?> kept, Dictionary<string, object?> other)
    {
        var properties = new Dictionary<string, object?>(kept, StringComparer.Ordinal);
        var spans = Strings(kept.GetValueOrDefault(Provenance.Evidence));
        var quotes = QuotesOf(kept);
        var otherSpans = Strings(other.GetValueOrDefault(Provenance.Evidence));
        var otherQuotes = QuotesOf(other);
        var quotesKnown = quotes.Count == spans.Count && otherQuotes.Count == otherSpans.Count;
        for (var i = 0; i < otherSpans.Count; i++)
        {
            if (!spans.Contains(otherSpans[i]))
            {
                spans.Add(otherSpans[i]);
                quotes.Add(i < otherQuotes.Count ? otherQuotes[i] : null);
            }
        }

        properties[Provenance.Evidence] = spans;
        properties[Provenance.EvidenceQuotes] = quotesKnown && spans.Count > 0 ? quotes : null;
        properties[Provenance.Sources] = Strings(kept.GetValueOrDefault(Provenance.Sources)).Concat(Strings(other.GetValueOrDefault(Provenance.Sources))).Distinct(StringComparer.Ordinal).ToList();
        if (kept.GetValueOrDefault("count") is long count && other.GetValueOrDefault("count") is long otherCount)
        {
            properties["count"] = count + otherCount;
        }

        return properties;
    }
}
