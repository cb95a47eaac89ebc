using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Domain.Search;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Curation;

public sealed partial class Curator
{
    /// <summary>
    /// Undoes a recorded change: every item it changed is put back as it was before (created items
    /// are deleted, deleted ones created again), and the revert is recorded as a change of its own
    /// (so reverting it redoes the change). Refused with <see cref="CurationErrorCodes.Superseded"/>
    /// when the change is not the latest on one of its items, or an item no longer is as the change
    /// left it. Returns the id of the revert's change record.
    /// </summary>
    public async Task<string> RevertChangeAsync(Neo4jTransaction transaction, string changeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var owner = $"revertChange '{changeId}'";
        var found = await transaction.RunAsync(
            new Statement($"MATCH (c:{ChangeRecorder.ChangeLabel}) WHERE c.id = $id RETURN c.before AS before, c.after AS after, c.subjects AS subjects", Parameters(("id", changeId))),
            cancellationToken).ConfigureAwait(false);
        if (found.Records.Count == 0)
        {
            throw new CurationException(CurationErrorCodes.NotFound, [$"{owner}: no change has the id '{changeId}'."]);
        }

        var before = ChangeRecorder.ParseStates(found.Records[0].Get<string>("before"));
        var after = ChangeRecorder.ParseStates(found.Records[0].Get<string>("after"));
        var subjects = Strings(found.Records[0]["subjects"]);
        var states = before.Values.Concat(after.Values).ToList();

        // Every node it touches, and the names the restored entities take back, are locked as the other changes lock them.
        var keys = states.SelectMany(state => state.IsRelationship
            ? [CurationLocks.Node(state.Start!), CurationLocks.Node(state.End!)]
            : EntityLabelOf(state) is { } label
                ? EntityKeys(state.Id, label, RestoredNames(state))
                : [CurationLocks.Node(state.Id)]);
        using var held = await _locks.AcquireAsync(transaction, keys, owner, cancellationToken).ConfigureAwait(false);

        var scope = new ChangeScope(
            [.. states.Where(state => !state.IsRelationship).Select(state => state.Id).Distinct()],
            [.. states.Where(state => state.IsRelationship).Select(state => state.Id).Distinct()]);
        var problems = new CurationProblems();
        await CheckLatestAsync(transaction, owner, changeId, subjects, problems, cancellationToken).ConfigureAwait(false);
        var current = await ChangeRecorder.CaptureAsync(transaction, scope, cancellationToken).ConfigureAwait(false);
        foreach (var subject in subjects.Where(subject => before.ContainsKey(subject) || after.ContainsKey(subject)))
        {
            if (current.GetValueOrDefault(subject)?.Canonical() != after.GetValueOrDefault(subject)?.Canonical())
            {
                problems.Add(CurationErrorCodes.Superseded, $"{owner}: '{subject}' is no longer as the change left it (changed since by another writer); nothing was reverted.");
            }
        }

        var deleted = after.Keys.Where(id => !before.ContainsKey(id)).ToList();
        await CheckNoOtherRelationshipsAsync(transaction, owner, deleted.Where(id => !after[id].IsRelationship).ToList(), after.Keys, problems, cancellationToken).ConfigureAwait(false);
        await CheckNotCitedAsync(
            transaction, owner, deleted.Where(id => after[id].Labels?.Contains(EntityLabels.Article) == true).ToList(), after.Keys, problems, cancellationToken).ConfigureAwait(false);
        problems.ThrowIfAny();

        var recording = await ChangeRecorder.BeginAsync(transaction, scope, cancellationToken).ConfigureAwait(false);
        await DeleteItemsAsync(transaction, deleted.Select(id => after[id]).ToList(), cancellationToken).ConfigureAwait(false);
        foreach (var state in before.Values.OrderBy(state => state.IsRelationship))
        {
            await RestoreAsync(transaction, state, cancellationToken).ConfigureAwait(false);
            await ForgetRemovalAsync(transaction, state.Id, cancellationToken).ConfigureAwait(false);
        }

        if (deleted.Count > 0)
        {
            await MarkRemovedAsync(transaction, deleted, cancellationToken).ConfigureAwait(false);
        }

        // The search index follows the entities back: restored ones get their names again, deleted ones lose theirs.
        await SearchIndexStatements.UpdateAsync(
            transaction,
            [.. before.Values.Where(state => EntityLabelOf(state) is not null).Select(state => SearchIndexedEntity.FromProperties(state.Id, state.Properties.GetValueOrDefault))],
            [.. deleted.Where(id => EntityLabelOf(after[id]) is not null)],
            current.Values.Where(state => EntityLabelOf(state) is not null).SelectMany(state => SearchIndexedEntity.FromProperties(state.Id, state.Properties.GetValueOrDefault).Names),
            cancellationToken).ConfigureAwait(false);

        foreach (var state in before.Values.Where(state => EntityLabelOf(state) is not null))
        {
            await CheckNamesAreFreeAsync(transaction, owner, EntityLabelOf(state)!, RestoredNames(state), except: state.Id, problems, cancellationToken).ConfigureAwait(false);
        }

        problems.ThrowIfAny(); // the transaction is rolled back: nothing of the revert stays
        var id = await recording.RecordAsync(ChangeRecorder.RevertOperation, CuratorName, subjects.FirstOrDefault() ?? changeId, changeId, cancellationToken).ConfigureAwait(false);
        await held.FinishAsync(cancellationToken).ConfigureAwait(false);
        return id;
    }

    private static async Task CheckLatestAsync(
        Neo4jTransaction transaction, string owner, string changeId, List<string> subjects, CurationProblems problems, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(
            new Statement(
                $"MATCH (h:{ChangeRecorder.HistoryLabel}) WHERE h.itemId IN $subjects AND h.latest <> $id RETURN h.itemId AS item, h.latest AS latest ORDER BY item",
                Parameters(("subjects", subjects), ("id", changeId))),
            cancellationToken).ConfigureAwait(false);
        foreach (var record in result.Records)
        {
            problems.Add(
                CurationErrorCodes.Superseded,
                $"{owner}: '{record.Get<string>("item")}' was changed since, by '{record.Get<string>("latest")}'; revert that change first.");
        }
    }

    /// <summary>A node the revert would delete must have no relationships but those the change made (added since: refused, not deleted silently).</summary>
    private static async Task CheckNoOtherRelationshipsAsync(
        Neo4jTransaction transaction, string owner, List<string> nodes, IEnumerable<string> madeByChange, CurationProblems problems, CancellationToken cancellationToken)
    {
        if (nodes.Count == 0)
        {
            return;
        }

        var result = await transaction.RunAsync(
            new Statement(
                EntityOrArticleSeek.ByIds("n", "nodes") +
                "MATCH (n)-[r]-() WHERE NOT coalesce(r.id, '') IN $made RETURN DISTINCT n.id AS node, r.id AS relationship ORDER BY relationship LIMIT 5",
                Parameters(("nodes", nodes), ("made", madeByChange.ToList()))),
            cancellationToken).ConfigureAwait(false);
        foreach (var record in result.Records)
        {
            problems.Add(
                CurationErrorCodes.Superseded,
                $"{owner}: '{record.Get<string>("node")}' has gained the relationship '{record["relationship"]}' since; remove it first.");
        }
    }

    /// <summary>
    /// An article the revert would delete (an <c>addArticle</c> undone) must not be cited as evidence by
    /// anything but the change's own items. Reads every node's and relationship's sources: a revert of
    /// an added article is rare, and nothing else records who cites an article.
    /// </summary>
    private static async Task CheckNotCitedAsync(
        Neo4jTransaction transaction, string owner, List<string> articles, IEnumerable<string> madeByChange, CurationProblems problems, CancellationToken cancellationToken)
    {
        if (articles.Count == 0)
        {
            return;
        }

        var parameters = Parameters(("articles", articles), ("made", madeByChange.ToList()));
        var result = await transaction.RunAsync(
            new Statement(
                "MATCH (n) WHERE (n:Entity OR n:Article) AND any(source IN coalesce(n.sources, []) WHERE source IN $articles) AND NOT n.id IN $made " +
                "RETURN n.id AS item LIMIT 5 " +
                "UNION MATCH ()-[r]->() WHERE any(source IN coalesce(r.sources, []) WHERE source IN $articles) AND NOT coalesce(r.id, '') IN $made " +
                "RETURN r.id AS item LIMIT 5",
                parameters),
            cancellationToken).ConfigureAwait(false);
        foreach (var record in result.Records)
        {
            problems.Add(CurationErrorCodes.Superseded, $"{owner}: '{record["item"]}' cites the article as evidence since; remove that evidence first.");
        }
    }

    private static async Task DeleteItemsAsync(Neo4jTransaction transaction, List<ItemState> items, CancellationToken cancellationToken)
    {
        var relationships = items.Where(item => item.IsRelationship).Select(item => item.Id).ToList();
        var nodes = items.Where(item => !item.IsRelationship).Select(item => item.Id).ToList();
        await transaction.RunAsync(new Statement($"{RelationshipLookup.Match} DELETE r", RelationshipLookup.Parameters(relationships)), cancellationToken).ConfigureAwait(false);
        await transaction.RunAsync(
            new Statement(EntityOrArticleSeek.ByIds("n", "ids") + "DETACH DELETE n", Parameters(("ids", nodes))), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Puts one item back as it was: its properties replaced, or the item created again.</summary>
    private static async Task RestoreAsync(Neo4jTransaction transaction, ItemState state, CancellationToken cancellationToken)
    {
        var properties = Storable(new Dictionary<string, object?>(state.Properties, StringComparer.Ordinal));
        if (state.IsRelationship)
        {
            var updated = await transaction.RunAsync(
                new Statement($"{RelationshipLookup.Match} SET r = $properties RETURN count(r) AS found", WithRelationship(state.Id, ("properties", properties))),
                cancellationToken).ConfigureAwait(false);
            if (updated.Single().Get<long>("found") == 0)
            {
                await CreateRelationshipAsync(transaction, state.Type!, state.Start!, state.End!, properties, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var labels = string.Concat(state.Labels!.Select(label => $":`{CypherNames.Label(label)}`"));
        await transaction.RunAsync(
            new Statement($"MERGE (n{labels} {{id: $id}}) SET n = $properties", Parameters(("id", state.Id), ("properties", properties))),
            cancellationToken).ConfigureAwait(false);
    }

    private static string? EntityLabelOf(ItemState state) =>
        state.IsRelationship ? null : state.Labels!.FirstOrDefault(label => label != EntityLabels.Entity && EntityLabels.Find(label) is not null);

    private static List<string?> RestoredNames(ItemState state) =>
        [state.Properties.GetValueOrDefault("name") as string, state.Properties.GetValueOrDefault("nameAr") as string, .. Strings(state.Properties.GetValueOrDefault("aliases"))];
}
