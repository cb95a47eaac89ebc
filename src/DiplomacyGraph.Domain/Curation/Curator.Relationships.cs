using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Curation;

public sealed partial class Curator
{
    /// <summary>Adds a relationship allowed by relationship-types.yaml between two nodes; returns its id (<c>TYPE:from:to[:role]</c>).</summary>
    public async Task<string> AddRelationshipAsync(Neo4jTransaction transaction, RelationshipDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(draft);
        var owner = $"addRelationship {draft.Type} '{draft.From}' -> '{draft.To}'";
        var problems = new CurationProblems();
        var definition = rules.FindRelationshipType(draft.Type);
        if (definition is null)
        {
            problems.Add($"{owner}: '{draft.Type}' is not a relationship type; the types are: {string.Join(", ", rules.RelationshipTypes.Order(StringComparer.Ordinal))}.");
        }

        using var held = await _locks.AcquireAsync(transaction, [CurationLocks.Node(draft.From), CurationLocks.Node(draft.To)], owner, cancellationToken).ConfigureAwait(false);
        var from = await FindNodeAsync(transaction, draft.From, cancellationToken).ConfigureAwait(false);
        var to = await FindNodeAsync(transaction, draft.To, cancellationToken).ConfigureAwait(false);
        if (from is null)
        {
            problems.Add(CurationErrorCodes.NotFound, $"{owner}: no node has the id '{draft.From}'.");
        }

        if (to is null)
        {
            problems.Add(CurationErrorCodes.NotFound, $"{owner}: no node has the id '{draft.To}'.");
        }

        if (draft.From == draft.To)
        {
            problems.Add($"{owner}: a relationship connects two different nodes.");
        }

        if (definition is not null && from is not null && to is not null && !definition.Allows(from.Label, to.Label))
        {
            var allowed = string.Join(", ", definition.Between.Select(pair => $"{pair.From} -> {pair.To}"));
            problems.Add($"{owner}: {definition.Type} cannot go from a {from.Label} to a {to.Label}; it may connect {allowed}.");
        }

        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (property, value) in draft.Properties)
        {
            if (value is null)
            {
                continue;
            }

            if (definition is not null && !definition.Properties.Contains(property))
            {
                var allowed = definition.Properties.Count == 0 ? "none" : string.Join(", ", definition.Properties);
                problems.Add($"{owner}: {definition.Type} has no property '{property}' (its properties: {allowed}).");
                continue;
            }

            properties[property] = PropertyChecks.Check(owner, property, value, problems);
        }

        var newSpans = GatherEvidence(owner, draft.Evidence, draft.Quotes, required: true, problems);
        var evidence = await CheckedEvidence.CheckAsync(owner, newSpans, [], [], transaction, corpus, problems, cancellationToken).ConfigureAwait(false);
        CheckEvidenceNames(owner, newSpans, new[] { from, to }.OfType<StoredNode>(), problems);
        problems.ThrowIfAny();

        // Stored as the loader stores it: a symmetric type once, from the lower id to the higher.
        var (start, end) = definition!.Symmetric && string.CompareOrdinal(draft.From, draft.To) > 0 ? (draft.To, draft.From) : (draft.From, draft.To);
        var id = new RelationIdentity(definition.Type, start, end, properties.GetValueOrDefault("role") as string).Id;
        if (await RelationshipExistsAsync(transaction, id, cancellationToken).ConfigureAwait(false))
        {
            throw new CurationException(CurationErrorCodes.AlreadyExists, [$"{owner}: the relationship '{id}' already exists; remove it first to state it differently."]);
        }

        var recording = await ChangeRecorder.BeginAsync(transaction, ChangeScope.Relationship(id), cancellationToken).ConfigureAwait(false);
        properties["id"] = id;
        properties[Origin.Property] = Origin.Curation;
        evidence.WriteTo(properties);
        await CreateRelationshipAsync(transaction, definition.Type, start, end, properties, cancellationToken).ConfigureAwait(false);
        await ForgetRemovalAsync(transaction, id, cancellationToken).ConfigureAwait(false);
        await recording.RecordAsync("addRelationship", CuratorName, id, reverts: null, cancellationToken).ConfigureAwait(false);
        await held.FinishAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>Removes the relationship with this id; marks it removed so a load does not write it back.</summary>
    public async Task<RemovedRelationship> RemoveRelationshipAsync(Neo4jTransaction transaction, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var owner = $"removeRelationship '{id}'";
        var ends = await EndsOfAsync(transaction, id, cancellationToken).ConfigureAwait(false)
            ?? throw new CurationException(CurationErrorCodes.NotFound, [$"{owner}: no relationship has the id '{id}'{(RelationshipLookup.Parse(id) is null ? " (a relationship id is TYPE:from:to[:role], e.g. TWINNED_WITH:city-fuzhou:city-tacoma)" : "")}."]);

        // Its ends are locked as addRelationship and mergeEntities lock them, then it is looked up again:
        // a merge that moved it meanwhile gave it another id.
        using var held = await _locks.AcquireAsync(transaction, [CurationLocks.Node(ends.From), CurationLocks.Node(ends.To)], owner, cancellationToken).ConfigureAwait(false);
        var recording = await ChangeRecorder.BeginAsync(transaction, ChangeScope.Relationship(id), cancellationToken).ConfigureAwait(false);
        var found = await transaction.RunAsync(
            new Statement($"{RelationshipLookup.Match} WITH r, type(r) AS type, startNode(r).id AS start, endNode(r).id AS end DELETE r RETURN type, start, end", WithRelationship(id)),
            cancellationToken).ConfigureAwait(false);
        if (found.Records.Count == 0)
        {
            throw new CurationException(CurationErrorCodes.NotFound, [$"{owner}: no relationship has the id '{id}' (a concurrent change removed or moved it)."]);
        }

        await MarkRemovedAsync(transaction, [id], cancellationToken).ConfigureAwait(false);
        await recording.RecordAsync("removeRelationship", CuratorName, id, reverts: null, cancellationToken).ConfigureAwait(false);
        await held.FinishAsync(cancellationToken).ConfigureAwait(false);
        var record = found.Records[0];
        return new RemovedRelationship(id, record.Get<string>("type"), record.Get<string>("start"), record.Get<string>("end"));
    }

    private static async Task<(string From, string To)?> EndsOfAsync(Neo4jTransaction transaction, string id, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(
            new Statement($"{RelationshipLookup.Match} RETURN startNode(r).id AS start, endNode(r).id AS end LIMIT 1", WithRelationship(id)), cancellationToken).ConfigureAwait(false);
        return result.Records.Count == 0 ? null : (result.Records[0].Get<string>("start"), result.Records[0].Get<string>("end"));
    }

    private static async Task<bool> RelationshipExistsAsync(Neo4jTransaction transaction, string id, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(
            new Statement($"{RelationshipLookup.Match} RETURN count(r) AS found", WithRelationship(id)), cancellationToken).ConfigureAwait(false);
        return result.Single().Get<long>("found") > 0;
    }

    private static Task CreateRelationshipAsync(Neo4jTransaction transaction, string type, string from, string to, Dictionary<string, object?> properties, CancellationToken cancellationToken) =>
        transaction.RunAsync(
            new Statement(
                EntityOrArticleSeek.ById("a", "from") +
                EntityOrArticleSeek.ById("b", "to", carried: "a") +
                $"CREATE (a)-[r:`{CypherNames.RelationshipType(type)}`]->(b) SET r = $properties",
                Parameters(("from", from), ("to", to), ("properties", Storable(properties)))),
            cancellationToken);
}
