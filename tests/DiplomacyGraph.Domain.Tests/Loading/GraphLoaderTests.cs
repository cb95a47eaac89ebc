using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Domain.Tests.Support;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Domain.Tests.Loading;

[Collection(Neo4jCollection.Name)]
public sealed class GraphLoaderTests(Neo4jFixture fixture) : IAsyncLifetime
{
    private readonly SampleFacts sample = new();

    public Task InitializeAsync() => fixture.CleanDatabaseAsync();

    public Task DisposeAsync()
    {
        sample.Dispose();
        return Task.CompletedTask;
    }

    private Task<LoadResult> LoadSampleAsync(bool withCorpus = true) =>
        GraphLoader.LoadAsync(fixture.Client, sample.Write().DataFolder, withCorpus ? sample.CorpusFolder : null);

    private async Task<object?> ScalarAsync(string cypher)
    {
        var result = await fixture.Client.RunAsync(new Statement(cypher));
        return result.Single().Values[0];
    }

    [Fact]
    public async Task Writes_nothing_when_the_facts_have_errors()
    {
        Assert.True((await LoadSampleAsync()).Succeeded);
        var before = await GraphSnapshot.EverythingAsync(fixture.Client);
        sample.Files["relations/twins.yaml"] = sample.Files["relations/twins.yaml"].Replace("since: \"1994\"", "since: \"1995\"", StringComparison.Ordinal);
        sample.Files["relations/geography.yaml"] = sample.Files["relations/geography.yaml"].Replace("country-china", "country-cathay", StringComparison.Ordinal);

        var result = await LoadSampleAsync();

        Assert.False(result.Succeeded);
        Assert.Null(result.Changes);
        Assert.Contains(result.Errors, error => error.File == "relations/geography.yaml" && error.Line == 1);
        Assert.Equal(before, await GraphSnapshot.EverythingAsync(fixture.Client));
    }

    [Fact]
    public async Task A_dry_run_validates_and_writes_nothing()
    {
        var result = await GraphLoader.LoadAsync(fixture.Client, sample.Write().DataFolder, sample.CorpusFolder, dryRun: true);

        Assert.True(result.Succeeded);
        Assert.Null(result.Changes);
        Assert.Equal(0L, await ScalarAsync("MATCH (n) RETURN count(n)"));
    }

    [Fact]
    public async Task Writes_all_or_nothing_in_one_transaction()
    {
        // A node that breaks the City id constraint once the loader labels its own Tacoma a City.
        await fixture.Client.RunAsync(new Statement("CREATE (:City {id: 'city-tacoma'})"));

        await Assert.ThrowsAnyAsync<Neo4jException>(() => LoadSampleAsync());

        Assert.Equal(1L, await ScalarAsync("MATCH (n) RETURN count(n)"));
        Assert.Equal(0L, await ScalarAsync("MATCH ()-[r]->() RETURN count(r)"));
    }

    [Fact]
    public async Task The_search_index_holds_every_name_and_follows_a_removed_alias_in_the_same_load()
    {
        await LoadSampleAsync();
        Assert.Equal(1L, await ScalarAsync("MATCH (:SearchWord {key: 'foochow'})-[:IN_NAME]->(n:SearchName {entity: 'city-fuzhou'}) RETURN count(n)"));
        Assert.Equal(
            await ScalarAsync("MATCH (n:Entity) RETURN sum(size([x IN [n.name, n.nameAr] + coalesce(n.aliases, []) WHERE x IS NOT NULL]))"),
            await ScalarAsync("MATCH (n:SearchName) RETURN count(n)"));

        sample.Files["entities/cities.yaml"] = sample.Files["entities/cities.yaml"].Replace("  aliases: [Foochow]\n", string.Empty, StringComparison.Ordinal);
        await LoadSampleAsync();

        Assert.Equal(0L, await ScalarAsync("MATCH (w:SearchWord {key: 'foochow'}) RETURN count(w)"));
        Assert.Equal(0L, await ScalarAsync("MATCH (n:SearchName {name: 'Foochow'}) RETURN count(n)"));
        Assert.Equal(1L, await ScalarAsync("MATCH (:SearchWord {key: 'fuzhou'})-[:IN_NAME]->(n:SearchName {entity: 'city-fuzhou'}) RETURN count(n)"));
    }

    [Fact]
    public async Task An_index_written_in_another_format_is_rebuilt_by_the_next_load()
    {
        await LoadSampleAsync();
        var names = await ScalarAsync("MATCH (n:SearchName) RETURN count(n)");
        await fixture.Client.RunAsync(new Statement("MATCH (n:SearchName) WITH n LIMIT 1 SET n.format = -1 CREATE (:SearchWord {key: 'stale-word'})"));

        await LoadSampleAsync();

        Assert.Equal(0L, await ScalarAsync("MATCH (n:SearchName) WHERE n.format = -1 RETURN count(n)"));
        Assert.Equal(names, await ScalarAsync("MATCH (n:SearchName) RETURN count(n)"));
        Assert.Equal(0L, await ScalarAsync("MATCH (w:SearchWord {key: 'stale-word'}) RETURN count(w)"));
    }

    [Fact]
    public async Task Updates_changed_properties_and_removes_properties_no_longer_written()
    {
        await LoadSampleAsync();
        sample.Files["relations/twins.yaml"] = sample.Files["relations/twins.yaml"].Replace("since: \"1994\"", "since: \"1995\"", StringComparison.Ordinal);
        sample.Files["entities/cities.yaml"] = sample.Files["entities/cities.yaml"].Replace("  aliases: [Foochow]\n", string.Empty, StringComparison.Ordinal);

        var result = await LoadSampleAsync();

        Assert.Equal("1995", await ScalarAsync("MATCH (:City {id: 'city-tacoma'})-[r:TWINNED_WITH]-() RETURN r.since"));
        Assert.Null(await ScalarAsync("MATCH (n:City {id: 'city-fuzhou'}) RETURN n.aliases"));
        var matchKeys = (IReadOnlyList<object?>)(await ScalarAsync("MATCH (n:City {id: 'city-fuzhou'}) RETURN n.matchKeys"))!;
        Assert.Contains("فوتشو", matchKeys);
        Assert.DoesNotContain("foochow", matchKeys);
        Assert.Equal(1, result.Changes!.Counts.Single(c => c.Name == "TWINNED_WITH").Updated);
        Assert.Equal(1, result.Changes.Counts.Single(c => c.Name == "City").Updated);
    }

    [Fact]
    public async Task Removes_entities_and_relations_no_longer_in_the_files()
    {
        await LoadSampleAsync();
        sample.Files["relations/geography.yaml"] = string.Empty;
        sample.Files["entities/countries.yaml"] = string.Empty;

        var result = await LoadSampleAsync();

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(0L, await ScalarAsync("MATCH (n:Country) RETURN count(n)"));
        Assert.Equal(0L, await ScalarAsync("MATCH ()-[r:LOCATED_IN]->() RETURN count(r)"));
        Assert.Equal(0L, await ScalarAsync("MATCH (:Article)-[r:MENTIONS]->(:Country) RETURN count(r)"));
        Assert.Equal(1, result.Changes!.Counts.Single(c => c.Name == "Country").Deleted);
        Assert.Equal(1, result.Changes.Counts.Single(c => c.Name == "LOCATED_IN").Deleted);
    }

    [Fact]
    public async Task Stores_provenance_and_mentions_with_the_corpus()
    {
        await LoadSampleAsync();

        var twins = (await fixture.Client.RunAsync(new Statement(
            "MATCH (:City {id: 'city-tacoma'})-[r:TWINNED_WITH]-() RETURN r.sources AS sources, r.evidence AS evidence, r.evidenceQuotes AS quotes"))).Single();
        Assert.Equal([SampleFacts.ArticleId], twins.Get<IReadOnlyList<object?>>("sources"));
        Assert.Equal([SampleFacts.Span(1)], twins.Get<IReadOnlyList<object?>>("evidence"));
        Assert.Equal([SampleFacts.Sentences[1]], twins.Get<IReadOnlyList<object?>>("quotes"));

        var tacoma = (await fixture.Client.RunAsync(new Statement(
            "MATCH (:Article {id: $article})-[m:MENTIONS]->(:City {id: 'city-tacoma'}) RETURN m.count AS count, m.evidenceQuotes AS quotes",
            new Dictionary<string, object?> { ["article"] = SampleFacts.ArticleId }))).Single();
        Assert.Equal(2L, tacoma.Get<long>("count"));
        Assert.Equal(["تاكوما", "تاكوما"], tacoma.Get<IReadOnlyList<object?>>("quotes"));
    }

    [Fact]
    public async Task Without_a_corpus_stores_no_quotes_and_leaves_mentions_as_they_are()
    {
        await LoadSampleAsync();
        var mentions = await ScalarAsync("MATCH ()-[r:MENTIONS]->() RETURN count(r)");

        var result = await LoadSampleAsync(withCorpus: false);

        Assert.Contains(result.Warnings, warning => warning.Contains("No corpus", StringComparison.Ordinal));
        Assert.Equal(0L, await ScalarAsync("MATCH (n) WHERE n.evidenceQuotes IS NOT NULL RETURN count(n)"));
        Assert.Equal(mentions, await ScalarAsync("MATCH ()-[r:MENTIONS]->() RETURN count(r)"));
        Assert.Equal(1L, await ScalarAsync("MATCH (:City {id: 'city-tacoma'})-[r:TWINNED_WITH]-() RETURN size(r.evidence)"));
    }
}
