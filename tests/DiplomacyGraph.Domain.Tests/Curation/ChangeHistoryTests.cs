using System.Text.Json;
using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.Domain.Tests.Support;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Domain.Tests.Curation;

/// <summary>Every curation change leaves one change record (who, when, what, before and after, evidence); a change can be reverted.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class ChangeHistoryTests(Neo4jFixture fixture) : CurationTestBase(fixture)
{
    private const string Town = "city-curated-town";
    private const string TownTwins = "TWINNED_WITH:city-curated-town:city-fuzhou";

    [Fact]
    public async Task Each_mutation_leaves_one_change_record_with_its_curator_before_and_after()
    {
        var curator = Graph.NewCurator().For("alice");
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.CreateEntityAsync(tx, CurationGraph.City("Curated Town"), ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.UpdateEntityAsync(tx, Alias(CurationGraph.Tacoma, "Tacoma WA"), ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.AddRelationshipAsync(tx, CurationGraph.Twins(Town, CurationGraph.Fuzhou), ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.RemoveRelationshipAsync(tx, CurationGraph.FileTwins, ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.MergeEntitiesAsync(tx, Town, CurationGraph.Fuzhou, ct)));

        var changes = await ChangesAsync();
        Assert.Equal(["createEntity", "updateEntity", "addRelationship", "removeRelationship", "mergeEntities"], changes.Select(change => change.Operation));
        Assert.All(changes, change => Assert.Equal("alice", change.Curator));

        var (create, update, add, remove, merge) = (changes[0], changes[1], changes[2], changes[3], changes[4]);
        Assert.Equal([Town], create.Subjects);
        Assert.Empty(create.Before);
        Assert.Equal("Curated Town", create.After[Town].Properties["name"]);
        Assert.Equal([CurationGraph.TownsSpan], create.Evidence);

        Assert.Equal([CurationGraph.Tacoma], update.Subjects);
        Assert.False(update.Before[CurationGraph.Tacoma].Properties.ContainsKey("aliases") && Strings(update.Before[CurationGraph.Tacoma].Properties["aliases"]).Contains("Tacoma WA"));
        Assert.Contains("Tacoma WA", Strings(update.After[CurationGraph.Tacoma].Properties["aliases"]));

        Assert.Equal([TownTwins], add.Subjects);
        Assert.Empty(add.Before);
        Assert.Equal("2001", add.After[TownTwins].Properties["since"]);

        Assert.Equal([CurationGraph.FileTwins], remove.Subjects);
        Assert.Equal(CurationGraph.Fuzhou, remove.Before[CurationGraph.FileTwins].Start);
        Assert.Empty(remove.After);

        // The merge deleted Fuzhou and moved its relationships (new ids) to the survivor.
        Assert.Contains(CurationGraph.Fuzhou, merge.Subjects);
        Assert.Contains(Town, merge.Subjects);
        Assert.True(merge.Before.ContainsKey(CurationGraph.Fuzhou));
        Assert.False(merge.After.ContainsKey(CurationGraph.Fuzhou));
        Assert.True(merge.Before.ContainsKey(TownTwins));
        Assert.False(merge.After.ContainsKey(TownTwins));

        // History: the changes of an item, through its History node.
        Assert.Equal(
            [create.Id, merge.Id],
            await Graph.ColumnAsync("MATCH (h:History {itemId: $id})-[:RECORDED]->(c:Change) RETURN c.id ORDER BY c.id", new { id = Town }));

        // Change records are not entities, and a load leaves them alone.
        Assert.DoesNotContain(await Graph.EntityIdsAsync(), id => id.StartsWith("change:", StringComparison.Ordinal));
        await Graph.ReloadAsync();
        Assert.Equal(changes.Select(change => change.Id), (await ChangesAsync()).Select(change => change.Id));
    }

    [Fact]
    public async Task A_revert_restores_the_state_before_and_is_recorded_and_can_itself_be_reverted()
    {
        var curator = Graph.NewCurator().For("alice");
        var tacomaBefore = await StateAsync(CurationGraph.Tacoma);
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.UpdateEntityAsync(tx, Alias(CurationGraph.Tacoma, "Tacoma WA"), ct)));
        var update = (await ChangesAsync()).Single();

        Assert.Null(await Graph.TryAsync((tx, ct) => curator.For("bob").RevertChangeAsync(tx, update.Id, ct)));
        Assert.Equal(tacomaBefore, await StateAsync(CurationGraph.Tacoma));
        var revert = (await ChangesAsync()).Last();
        Assert.Equal(("revertChange", "bob", update.Id), (revert.Operation, revert.Curator, revert.Reverts));
        Assert.Equal(update.After[CurationGraph.Tacoma].Canonical(), revert.Before[CurationGraph.Tacoma].Canonical());

        // Reverting the same change again is refused (the revert is now the latest); reverting the revert redoes it.
        Assert.Equal(CurationErrorCodes.Superseded, await Graph.TryAsync((tx, ct) => curator.RevertChangeAsync(tx, update.Id, ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.RevertChangeAsync(tx, revert.Id, ct)));
        Assert.Equal(["Tacoma WA"], await Graph.ColumnAsync("MATCH (n:Entity {id: 'city-tacoma'}) UNWIND n.aliases AS alias RETURN alias"));
    }

    [Fact]
    public async Task Reverting_a_merge_brings_back_the_merged_entity_and_its_relationships()
    {
        var curator = Graph.NewCurator();
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.CreateEntityAsync(tx, CurationGraph.City("Curated Town"), ct)));
        var entities = await Graph.EntityIdsAsync();
        var relationships = await AllRelationshipsAsync();
        var fuzhou = await StateAsync(CurationGraph.Fuzhou);
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.MergeEntitiesAsync(tx, Town, CurationGraph.Fuzhou, ct)));
        Assert.DoesNotContain(CurationGraph.Fuzhou, await Graph.EntityIdsAsync());

        var merge = (await ChangesAsync()).Last();
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.RevertChangeAsync(tx, merge.Id, ct)));

        Assert.Equal(entities, await Graph.EntityIdsAsync());
        Assert.Equal(relationships, await AllRelationshipsAsync());
        Assert.Equal(fuzhou, await StateAsync(CurationGraph.Fuzhou));

        // The town's creation is no longer its latest change (the merge and its revert came after).
        var create = (await ChangesAsync()).First();
        Assert.Equal(CurationErrorCodes.Superseded, await Graph.TryAsync((tx, ct) => curator.RevertChangeAsync(tx, create.Id, ct)));
        Assert.Contains(Town, await Graph.EntityIdsAsync());
    }

    [Fact]
    public async Task A_superseded_change_is_not_reverted_and_nothing_is_written()
    {
        var curator = Graph.NewCurator();
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.UpdateEntityAsync(tx, Alias(CurationGraph.Tacoma, "Tacoma WA"), ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.UpdateEntityAsync(tx, Alias(CurationGraph.Tacoma, "City of Destiny"), ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.CreateEntityAsync(tx, CurationGraph.City("Curated Town"), ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.AddRelationshipAsync(tx, CurationGraph.Twins(Town, CurationGraph.Fuzhou), ct)));
        var changes = await ChangesAsync();
        var tacoma = await StateAsync(CurationGraph.Tacoma);

        Assert.Equal(CurationErrorCodes.Superseded, await Graph.TryAsync((tx, ct) => curator.RevertChangeAsync(tx, changes[0].Id, ct)));
        // The town has gained a relationship since it was created: deleting it would lose that, so it is refused.
        Assert.Equal(CurationErrorCodes.Superseded, await Graph.TryAsync((tx, ct) => curator.RevertChangeAsync(tx, changes[2].Id, ct)));
        Assert.Equal(CurationErrorCodes.NotFound, await Graph.TryAsync((tx, ct) => curator.RevertChangeAsync(tx, "change:none", ct)));

        Assert.Equal(tacoma, await StateAsync(CurationGraph.Tacoma));
        Assert.Contains(Town, await Graph.EntityIdsAsync());
        Assert.Equal(changes.Count, (await ChangesAsync()).Count);
    }

    [Fact]
    public async Task A_revert_puts_the_search_index_back_with_the_entities()
    {
        var curator = Graph.NewCurator();
        var tacomaNames = await IndexedNamesAsync(CurationGraph.Tacoma);
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.UpdateEntityAsync(tx, Alias(CurationGraph.Tacoma, "City of Destiny"), ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.CreateEntityAsync(tx, CurationGraph.City("Curated Town"), ct)));
        Assert.Contains("City of Destiny", await IndexedNamesAsync(CurationGraph.Tacoma));
        Assert.NotEmpty(await IndexedNamesAsync(Town));

        var changes = await ChangesAsync();
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.RevertChangeAsync(tx, changes[1].Id, ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.RevertChangeAsync(tx, changes[0].Id, ct)));

        Assert.Empty(await IndexedNamesAsync(Town));
        Assert.Equal(tacomaNames, await IndexedNamesAsync(CurationGraph.Tacoma));
        Assert.Empty(await Graph.ColumnAsync("MATCH (w:SearchWord) WHERE w.key IN ['destiny', 'كيورتد'] RETURN w.key"));
    }

    private Task<List<string>> IndexedNamesAsync(string id) =>
        Graph.ColumnAsync("MATCH (n:SearchName {entity: $id}) RETURN n.name ORDER BY n.name", new { id });

    private static EntityChanges Alias(string id, string alias) =>
        new(id, new Dictionary<string, object?> { ["aliases"] = new List<object?> { alias } }, []);

    private sealed record RecordedChange(
        string Id, string Curator, string Operation, List<string> Subjects, Dictionary<string, ItemState> Before, Dictionary<string, ItemState> After, List<string> Evidence, string? Reverts);

    private async Task<List<RecordedChange>> ChangesAsync()
    {
        var result = await Graph.Client.RunAsync(new Statement(
            "MATCH (c:Change) RETURN c.id AS id, c.curator AS curator, c.operation AS operation, c.subjects AS subjects, c.before AS before, c.after AS after, " +
            "coalesce(c.evidence, []) AS evidence, c.reverts AS reverts ORDER BY c.at, c.id"));
        return [.. result.Records.Select(record => new RecordedChange(
            record.Get<string>("id"),
            record.Get<string>("curator"),
            record.Get<string>("operation"),
            Strings(record["subjects"]),
            ChangeRecorder.ParseStates(record.Get<string>("before")),
            ChangeRecorder.ParseStates(record.Get<string>("after")),
            Strings(record["evidence"]),
            record["reverts"] as string))];
    }

    private async Task<string> StateAsync(string id) =>
        JsonSerializer.Serialize((await Graph.Client.ExecuteInTransactionAsync((tx, ct) => ChangeRecorder.CaptureAsync(tx, ChangeScope.Node(id), ct))).Values.Select(state => state.Canonical()));

    private Task<List<string>> AllRelationshipsAsync() => Graph.ColumnAsync(
        "MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Article) RETURN type(r) + ' ' + a.id + ' ' + b.id + ' ' + coalesce(r.id, '') + ' ' + coalesce(r.since, '') + ' ' + size(coalesce(r.evidence, [])) AS r ORDER BY r");

    private static List<string> Strings(object? value) =>
        value is System.Collections.IEnumerable items and not string ? [.. items.OfType<string>()] : [];
}
