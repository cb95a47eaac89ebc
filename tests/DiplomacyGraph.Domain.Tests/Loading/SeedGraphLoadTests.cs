using DiplomacyGraph.Domain.Arabic;
using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Domain.Mentions;
using DiplomacyGraph.Domain.Tests.Support;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Domain.Tests.Loading;

[Collection(Neo4jCollection.Name)]
public sealed class SeedGraphLoadTests(Neo4jFixture fixture) : IAsyncLifetime
{
    private static FactSet Facts => SeedData.Facts.Facts;

    public async Task InitializeAsync()
    {
        await fixture.CleanDatabaseAsync();
        await SeedGraph.LoadAsync(fixture.Client);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    // The counts of the curated fact files (data/README.md, "Counts"), pinned: a change to the
    // facts must update them on purpose.
    [Theory]
    [InlineData("Article", 5)]
    [InlineData("Country", 5)]
    [InlineData("Subdivision", 10)]
    [InlineData("City", 16)]
    [InlineData("Person", 8)]
    [InlineData("Organization", 25)]
    [InlineData("Agreement", 17)]
    [InlineData("Event", 25)]
    [InlineData("Statistic", 16)]
    [InlineData("Entity", 122)]
    public async Task Loads_as_many_nodes_of_each_label_as_the_fact_files_hold(string label, long pinned)
    {
        var counts = await GraphSnapshot.NodeCountsAsync(fixture.Client);
        long inFiles = label switch
        {
            EntityLabels.Article => Facts.Articles.Count,
            EntityLabels.Entity => Facts.Entities.Count,
            _ => Facts.Entities.Count(entity => entity.Label == label),
        };

        Assert.Equal(pinned, inFiles);
        Assert.Equal(inFiles, counts.GetValueOrDefault(label));
    }

    [Fact]
    public async Task Loads_one_relationship_per_relation_of_each_type_and_the_computed_mentions()
    {
        var counts = await GraphSnapshot.RelationshipCountsAsync(fixture.Client);
        var inFiles = Facts.Relations.GroupBy(relation => relation.Type).ToDictionary(group => group.Key, group => (long)group.Count());
        var mentionPairs = Facts.Articles.Sum(article =>
        {
            SeedData.Corpus.TryGetText(article.Id, out var text);
            return MentionResolver.Resolve(MentionGazetteer.Build(Facts).FindMentions(text)).Count;
        });

        Assert.Equal(211, inFiles.Values.Sum());
        Assert.Equal(107, mentionPairs);
        Assert.Equal(inFiles.Append(new(FactGraphBuilder.MentionsType, mentionPairs)).OrderBy(pair => pair.Key), counts.OrderBy(pair => pair.Key));
    }

    [Fact]
    public async Task A_second_load_writes_nothing_and_leaves_the_graph_identical()
    {
        var before = await GraphSnapshot.EverythingAsync(fixture.Client);

        var second = await SeedGraph.LoadAsync(fixture.Client);

        Assert.NotNull(second.Changes);
        Assert.True(second.Changes.IsEmpty);
        Assert.All(second.Changes.Counts, count => Assert.Equal((0, 0, 0), (count.Created, count.Updated, count.Deleted)));
        Assert.Equal(before, await GraphSnapshot.EverythingAsync(fixture.Client));
    }

    [Fact]
    public async Task The_first_load_reports_every_node_and_relationship_as_created()
    {
        await fixture.CleanDatabaseAsync();
        var first = await SeedGraph.LoadAsync(fixture.Client);

        var nodes = first.Changes!.Counts.Where(count => count.Element == ChangeCount.Node).Sum(count => count.Created);
        var relationships = first.Changes.Counts.Where(count => count.Element == ChangeCount.Relationship).Sum(count => count.Created);
        Assert.Equal(Facts.Articles.Count + Facts.Entities.Count, nodes);
        Assert.Equal(211 + 107, relationships);
    }

    [Fact]
    public async Task Stores_a_symmetric_relation_once()
    {
        var result = await fixture.Client.RunAsync(new Statement(
            "MATCH (:City {name: 'Tacoma'})-[r:TWINNED_WITH]-(:City {name: 'Fuzhou'}) RETURN count(r) AS count"));
        Assert.Equal(1L, result.Single().Get<long>("count"));
    }

    [Fact]
    public async Task Every_entity_has_sources_and_evidence_whose_quotes_name_it()
    {
        var result = await fixture.Client.RunAsync(new Statement(
            "MATCH (n:Entity) RETURN n.id AS id, n.sources AS sources, n.evidence AS evidence, n.evidenceQuotes AS quotes"));
        Assert.Equal(Facts.Entities.Count, result.Records.Count);
        var names = new EvidenceNames(Facts);
        foreach (var record in result.Records)
        {
            var id = record.Get<string>("id");
            Assert.NotEmpty(record.Get<IReadOnlyList<object?>>("sources"));
            var quotes = record.Get<IReadOnlyList<object?>>("quotes").Cast<string>().ToList();
            Assert.Equal(record.Get<IReadOnlyList<object?>>("evidence").Count, quotes.Count);
            Assert.True(names.AnyNames(quotes, id), $"no evidence quote of {id} names it");
        }
    }

    [Fact]
    public async Task Every_relationship_has_sources_and_evidence_whose_quotes_name_its_entities()
    {
        var result = await fixture.Client.RunAsync(new Statement(
            "MATCH (a)-[r]->(b) WHERE NOT a:SearchWord RETURN a.id AS from, b.id AS to, type(r) AS type, r.sources AS sources, r.evidence AS evidence, r.evidenceQuotes AS quotes, " +
            "a:Entity AS fromEntity, b:Entity AS toEntity"));
        Assert.Equal(211 + 107, result.Records.Count);
        var names = new EvidenceNames(Facts);
        foreach (var record in result.Records)
        {
            var description = $"{record.Get<string>("type")} {record.Get<string>("from")} -> {record.Get<string>("to")}";
            Assert.NotEmpty(record.Get<IReadOnlyList<object?>>("sources"));
            var quotes = record.Get<IReadOnlyList<object?>>("quotes").Cast<string>().ToList();
            Assert.Equal(record.Get<IReadOnlyList<object?>>("evidence").Count, quotes.Count);
            foreach (var end in new[] { "from", "to" }.Where(end => record.Get<bool>(end + "Entity")))
            {
                Assert.True(names.AnyNames(quotes, record.Get<string>(end)), $"no evidence quote of {description} names its '{end}'");
            }
        }
    }

    [Fact]
    public async Task Stores_match_keys_that_a_search_query_with_clitics_finds()
    {
        var keys = MatchKeys.ForQuery("وبكين");
        var result = await fixture.Client.RunAsync(new Statement(
            "MATCH (n:Entity) WHERE any(key IN n.matchKeys WHERE key IN $keys) RETURN n.id AS id",
            new Dictionary<string, object?> { ["keys"] = keys }));
        Assert.Equal(["city-beijing"], result.Records.Select(record => record.Get<string>("id")));
    }

    /// <summary>Whether quotes refer to an entity, as the validator decides it (by a name or a describedAs phrase; a Statistic also by its value).</summary>
    private sealed class EvidenceNames(FactSet facts)
    {
        private readonly Gazetteer gazetteer = Gazetteer.Build(facts.Entities.Select(entity => new GazetteerEntry(entity.Id, [.. entity.ReferringExpressions])));
        private readonly Dictionary<string, EntityFact> entities = facts.Entities.ToDictionary(entity => entity.Id);

        public bool AnyNames(IEnumerable<string> quotes, string entityId) => quotes.Any(quote =>
            gazetteer.EntitiesNamedIn(quote).Contains(entityId)
            || (entities[entityId].Property("value")?.Value is long value
                && TextNormalizer.Tokenize(quote).Any(token => token.Text == value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }
}
