using DiplomacyGraph.Domain.Ingest;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Domain.Tests.Support;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Domain.Tests.Ingest;

[Collection(Neo4jCollection.Name)]
public sealed class ArticleIngesterTests(Neo4jFixture fixture) : IAsyncLifetime
{
    // Our own made-up news, not seed text.
    private const string NewArticle = "وفد من فوتشو يزور تاكوما\nاستقبلت مدينة تاكوما وفدا من فوتشو، وبحث الجانبان التعاون مع الصين.\n";

    private readonly SampleFacts sample = new();
    private readonly string folder = Path.Combine(Path.GetTempPath(), "dg-ingest-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        await fixture.CleanDatabaseAsync();
        Assert.True((await GraphLoader.LoadAsync(fixture.Client, sample.Write().DataFolder, sample.CorpusFolder)).Succeeded);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "new-1.txt"), NewArticle);
    }

    public Task DisposeAsync()
    {
        sample.Dispose();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    private async Task<Dictionary<string, long>> MentionsOfAsync(string articleId)
    {
        var result = await fixture.Client.RunAsync(new Statement(
            "MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity) RETURN e.id AS id, m.count AS count",
            new Dictionary<string, object?> { ["id"] = articleId }));
        return result.Records.ToDictionary(record => record.Get<string>("id"), record => record.Get<long>("count"));
    }

    [Fact]
    public async Task Ingests_each_file_as_an_article_with_its_mentions_of_known_entities()
    {
        var result = await ArticleIngester.IngestAsync(fixture.Client, folder);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(["new-1"], result.ArticleIds);
        var article = (await fixture.Client.RunAsync(new Statement(
            "MATCH (a:Article {id: 'new-1'}) RETURN a.ingested AS ingested, a.title AS title"))).Single();
        Assert.True(article.Get<bool>("ingested"));
        Assert.Equal("وفد من فوتشو يزور تاكوما", article.Get<string>("title"));
        Assert.Equal(
            new Dictionary<string, long> { ["city-fuzhou"] = 2, ["city-tacoma"] = 2, ["country-china"] = 1 },
            await MentionsOfAsync("new-1"));
    }

    [Fact]
    public async Task Ingesting_the_same_folder_again_changes_nothing()
    {
        await ArticleIngester.IngestAsync(fixture.Client, folder);
        var before = await GraphSnapshot.EverythingAsync(fixture.Client);

        var again = await ArticleIngester.IngestAsync(fixture.Client, folder);

        Assert.True(again.Changes!.IsEmpty);
        Assert.Equal(before, await GraphSnapshot.EverythingAsync(fixture.Client));
    }

    [Fact]
    public async Task Refuses_a_file_named_like_a_curated_article()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, SampleFacts.ArticleId + ".txt"), NewArticle);
        var before = await GraphSnapshot.EverythingAsync(fixture.Client);

        var result = await ArticleIngester.IngestAsync(fixture.Client, folder);

        var error = Assert.Single(result.Errors);
        Assert.Contains(SampleFacts.ArticleId, error, StringComparison.Ordinal);
        Assert.Equal(before, await GraphSnapshot.EverythingAsync(fixture.Client));
    }

    [Fact]
    public async Task A_later_load_keeps_ingested_articles_and_their_mentions()
    {
        await ArticleIngester.IngestAsync(fixture.Client, folder);

        var load = await GraphLoader.LoadAsync(fixture.Client, sample.DataFolder, sample.CorpusFolder);

        Assert.True(load.Changes!.IsEmpty);
        Assert.Equal(3, (await MentionsOfAsync("new-1")).Count);
    }

    [Fact]
    public async Task Reports_a_missing_or_empty_folder()
    {
        var missing = await ArticleIngester.IngestAsync(fixture.Client, Path.Combine(folder, "nope"));
        File.Delete(Path.Combine(folder, "new-1.txt"));
        var empty = await ArticleIngester.IngestAsync(fixture.Client, folder);

        Assert.Contains("does not exist", Assert.Single(missing.Errors), StringComparison.Ordinal);
        Assert.Contains("holds no .txt articles", Assert.Single(empty.Errors), StringComparison.Ordinal);
    }
}
