using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.Domain.Export;
using DiplomacyGraph.Domain.Ingest;
using DiplomacyGraph.Domain.Tests.Support;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Domain.Tests.Curation;

/// <summary>
/// <c>addArticle</c>: the text goes to the corpus folder, the node and its MENTIONS into the graph
/// and a change into the history, all or nothing; evidence can quote the article at once; the article
/// stays through load and ingest; every bad input is refused with nothing written.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class AddArticleTests(Neo4jFixture fixture) : CurationTestBase(fixture)
{
    private const string NewId = "a3.twin_news-1";

    /// <summary>Our own made-up sentence, naming the curated town and Tacoma.</summary>
    private const string NewText = "وقعت مدينة كيورتد ومدينة تاكوما اتفاقية توأمة جديدة في صيف عام 2025.\n";

    private static ArticleDraft Draft(string? id = NewId, string text = NewText) =>
        new(id, text, "A made-up article about a new twinning", null, "Example Press", "2025-08-01", "https://example.org/news/twinning", "ar");

    private string FileOf(string id) => ArticleFile.PathOf(Graph.Sample.CorpusFolder, id);

    [Fact]
    public async Task An_added_article_is_stored_mentions_what_the_graph_holds_and_can_be_quoted_at_once()
    {
        // The curator's corpus was read before the article existed, as the API's is at start-up.
        var curator = Graph.NewCurator();

        Assert.Null(await Graph.TryAsync((tx, ct) => curator.AddArticleAsync(tx, Draft(), ct)));

        Assert.Equal(NewText, ArticleCorpus.ReadText(FileOf(NewId)));
        Assert.Equal(["curation|A made-up article about a new twinning|Example Press|2025-08-01|https://example.org/news/twinning|ar"],
            await Graph.ColumnAsync("MATCH (a:Article {id: $id}) RETURN a.origin + '|' + a.title + '|' + a.publisher + '|' + a.publishedOn + '|' + a.url + '|' + a.language", new { id = NewId }));
        Assert.Equal([$"MENTIONS:{NewId}:city-tacoma"], await Graph.ColumnAsync("MATCH (a:Article {id: $id})-[r:MENTIONS]->() RETURN r.id", new { id = NewId }));
        Assert.Equal(["addArticle"], await Graph.ColumnAsync("MATCH (h:History {itemId: $id})-[:RECORDED]->(c:Change) RETURN c.operation", new { id = NewId }));

        var town = CurationGraph.City("Curated Town") with { Evidence = [], Quotes = [new EvidenceQuote(NewId, "مدينة كيورتد ومدينة تاكوما")] };
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.CreateEntityAsync(tx, town, ct)));
        var twins = CurationGraph.Twins("city-curated-town", CurationGraph.Tacoma) with { Evidence = [], Quotes = [new EvidenceQuote(NewId, "كيورتد ومدينة تاكوما اتفاقية توأمة")] };
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.AddRelationshipAsync(tx, twins, ct)));

        var start = NewText.IndexOf("كيورتد", StringComparison.Ordinal);
        var end = NewText.IndexOf("توأمة", StringComparison.Ordinal) + "توأمة".Length;
        Assert.Equal([$"{NewId}:{start}-{end}"], await Graph.ColumnAsync("MATCH ()-[r {id: 'TWINNED_WITH:city-curated-town:city-tacoma'}]->() UNWIND r.evidence AS span RETURN span"));
    }

    [Fact]
    public async Task An_added_article_and_its_mentions_survive_load_restart_and_ingest()
    {
        var curator = Graph.NewCurator();
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.AddArticleAsync(tx, Draft(), ct)));
        var before = await ArticleStateAsync();

        await Graph.ReloadAsync();
        await Graph.ReloadAsync();
        var folder = Directory.CreateTempSubdirectory("dg-add-article-ingest-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "ingested-1.txt"), "زار وفد من تاكوما مدينة فوتشو.\n");
            Assert.True((await ArticleIngester.IngestAsync(Graph.Client, folder.FullName)).Succeeded);

            // A file of the same name is not ingested over the added article.
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, NewId + ".txt"), "نص آخر عن فوتشو.\n");
            Assert.False((await ArticleIngester.IngestAsync(Graph.Client, folder.FullName)).Succeeded);
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        Assert.Equal(before, await ArticleStateAsync());
        Assert.Equal(NewText, ArticleCorpus.ReadText(FileOf(NewId)));
    }

    [Theory]
    [InlineData("text", "", CurationErrorCodes.Rejected, "the text must not be empty")]
    [InlineData("text", " \n ", CurationErrorCodes.Rejected, "the text must not be empty")]
    [InlineData("title", "", CurationErrorCodes.Rejected, "the title must not be empty")]
    [InlineData("publishedOn", "2025-13-01", CurationErrorCodes.Rejected, "'publishedOn' must be an ISO-8601 date")]
    [InlineData("publishedOn", "1 August 2025", CurationErrorCodes.Rejected, "'publishedOn' must be an ISO-8601 date")]
    [InlineData("language", "Arabic", CurationErrorCodes.Rejected, "the language must be a BCP 47 tag")]
    [InlineData("language", "", CurationErrorCodes.Rejected, "the language must be a BCP 47 tag")]
    [InlineData("url", "ftp://example.org/a", CurationErrorCodes.Rejected, "the url must be an absolute http:// or https:// address")]
    [InlineData("url", "javascript:alert(1)", CurationErrorCodes.Rejected, "the url must be an absolute http:// or https:// address")]
    [InlineData("url", "/news/a", CurationErrorCodes.Rejected, "the url must be an absolute http:// or https:// address")]
    [InlineData("id", "../outside", CurationErrorCodes.Rejected, "the id must be at most 100 letters")]
    [InlineData("id", ".hidden", CurationErrorCodes.Rejected, "the id must be at most 100 letters")]
    [InlineData("id", "a/b", CurationErrorCodes.Rejected, "the id must be at most 100 letters")]
    [InlineData("id", "a1", CurationErrorCodes.AlreadyExists, "a node with the id 'a1' already exists")]
    [InlineData("id", "city-tacoma", CurationErrorCodes.AlreadyExists, "a node with the id 'city-tacoma' already exists")]
    public async Task Bad_input_is_refused_with_its_code_and_nothing_is_written(string field, string value, string code, string problem)
    {
        var draft = field switch
        {
            "text" => Draft() with { Text = value },
            "title" => Draft() with { Title = value },
            "publishedOn" => Draft() with { PublishedOn = value },
            "language" => Draft() with { Language = value },
            "url" => Draft() with { Url = value },
            _ => Draft(id: value),
        };

        await AssertRefusedAsync(draft, code, problem);
    }

    [Fact]
    public async Task Oversized_text_duplicates_and_a_missing_corpus_are_refused_with_nothing_written()
    {
        await AssertRefusedAsync(Draft() with { Text = new string('ب', Curator.MaxArticleCharacters + 1) }, CurationErrorCodes.Rejected, $"at most {Curator.MaxArticleCharacters} are accepted");

        var curator = Graph.NewCurator();
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.AddArticleAsync(tx, Draft(id: null), ct)));
        var derived = Curator.DerivedArticleId(NewText);
        Assert.True(File.Exists(FileOf(derived)));
        await AssertRefusedAsync(Draft(id: null) with { Url = null }, CurationErrorCodes.AlreadyExists, $"a node with the id '{derived}' already exists (the same text was added before)");
        await AssertRefusedAsync(Draft() with { Text = "نص آخر.\n" }, CurationErrorCodes.AlreadyExists, $"the article '{derived}' already has the URL");

        var noCorpus = new Curator(CurationRules.Load(Graph.Sample.DataFolder), corpus: null);
        var refused = await Assert.ThrowsAsync<CurationException>(() => Graph.Client.ExecuteInTransactionAsync((tx, ct) => noCorpus.AddArticleAsync(tx, Draft(), ct)));
        Assert.Contains("no corpus folder is configured", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transaction_that_fails_after_the_file_was_written_leaves_only_the_file_and_a_retry_succeeds()
    {
        var curator = Graph.NewCurator();
        await Assert.ThrowsAsync<InvalidOperationException>(() => Graph.Client.ExecuteInTransactionAsync<bool>(async (tx, ct) =>
        {
            await curator.AddArticleAsync(tx, Draft(), ct);
            throw new InvalidOperationException("the commit failed");
        }));

        Assert.True(File.Exists(FileOf(NewId)));
        Assert.Empty(await Graph.ColumnAsync("MATCH (a:Article {id: $id}) RETURN a.id", new { id = NewId }));
        Assert.Empty(await Graph.ColumnAsync("MATCH (c:Change) RETURN c.id"));

        // Another text under that id is refused (the file is never overwritten); the same text is stored.
        await AssertRefusedAsync(Draft() with { Text = "نص آخر.\n" }, CurationErrorCodes.AlreadyExists, $"already holds another text as '{NewId}.txt'", fileExists: true);
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.AddArticleAsync(tx, Draft(), ct)));
        Assert.Equal([NewId], await Graph.ColumnAsync("MATCH (a:Article {id: $id}) RETURN a.id", new { id = NewId }));
        Assert.Empty(Directory.EnumerateFiles(Graph.Sample.CorpusFolder, "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    [Fact]
    public async Task Reverting_an_added_article_is_refused_while_evidence_cites_it_and_then_removes_node_and_mentions()
    {
        var curator = Graph.NewCurator();
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.AddArticleAsync(tx, Draft(), ct)));
        var added = (await Graph.ColumnAsync("MATCH (c:Change {operation: 'addArticle'}) RETURN c.id")).Single();
        var town = CurationGraph.City("Curated Town") with { Evidence = [], Quotes = [new EvidenceQuote(NewId, "مدينة كيورتد ومدينة تاكوما")] };
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.CreateEntityAsync(tx, town, ct)));

        Assert.Equal(CurationErrorCodes.Superseded, await Graph.TryAsync((tx, ct) => curator.RevertChangeAsync(tx, added, ct)));
        Assert.Equal([NewId], await Graph.ColumnAsync("MATCH (a:Article {id: $id}) RETURN a.id", new { id = NewId }));

        var created = (await Graph.ColumnAsync("MATCH (c:Change {operation: 'createEntity'}) RETURN c.id")).Single();
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.RevertChangeAsync(tx, created, ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.RevertChangeAsync(tx, added, ct)));
        Assert.Empty(await Graph.ColumnAsync("MATCH (a:Article {id: $id}) RETURN a.id", new { id = NewId }));
        Assert.Empty(await Graph.ColumnAsync("MATCH ()-[r:MENTIONS]->() WHERE r.id STARTS WITH $prefix RETURN r.id", new { prefix = $"MENTIONS:{NewId}:" }));
    }

    [Fact]
    public async Task Export_writes_the_added_article_to_articles_yaml_and_the_next_load_takes_it_over()
    {
        var curator = Graph.NewCurator();
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.AddArticleAsync(tx, Draft(), ct)));
        var town = CurationGraph.City("Curated Town") with { Evidence = [], Quotes = [new EvidenceQuote(NewId, "مدينة كيورتد ومدينة تاكوما")] };
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.CreateEntityAsync(tx, town, ct)));

        var export = await FactExporter.ExportAsync(Graph.Client, Graph.Sample.DataFolder, Graph.Sample.CorpusFolder);
        Assert.True(export.Errors.Count == 0, string.Join("; ", export.Errors));
        var articles = await File.ReadAllTextAsync(Path.Combine(Graph.Sample.DataFolder, "articles.yaml"));
        Assert.True(articles.Contains($"- id: {NewId}\n  title: A made-up article about a new twinning\n  publisher: Example Press\n  language: ar\n  publishedOn: \"2025-08-01\"\n  url: \"https://example.org/news/twinning\"\n", StringComparison.Ordinal), articles);

        var load = await Graph.ReloadAsync();
        Assert.Empty(load.Changes!.Overrides);
        Assert.Equal(["file"], await Graph.ColumnAsync("MATCH (a:Article {id: $id}) RETURN a.origin", new { id = NewId }));
        Assert.Contains($"MENTIONS:{NewId}:city-curated-town", await Graph.ColumnAsync("MATCH (a:Article {id: $id})-[r:MENTIONS]->() RETURN r.id", new { id = NewId }));
    }

    private async Task AssertRefusedAsync(ArticleDraft draft, string code, string problem, bool fileExists = false)
    {
        var state = await CountsAsync();
        var files = Directory.GetFiles(Graph.Sample.CorpusFolder).Order(StringComparer.Ordinal).ToList();
        var curator = Graph.NewCurator();

        var refused = await Assert.ThrowsAsync<CurationException>(() => Graph.Client.ExecuteInTransactionAsync((tx, ct) => curator.AddArticleAsync(tx, draft, ct)));

        Assert.Equal(code, refused.Code);
        Assert.Contains(refused.Problems, found => found.Contains(problem, StringComparison.Ordinal));
        Assert.Equal(state, await CountsAsync());
        Assert.Equal(files, Directory.GetFiles(Graph.Sample.CorpusFolder).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(fileExists, File.Exists(FileOf(NewId)));
    }

    private async Task<string> CountsAsync() =>
        string.Join(":", (await Graph.ColumnAsync("MATCH (n) RETURN count(n)")).Concat(await Graph.ColumnAsync("MATCH ()-[r]->() RETURN count(r)")));

    private Task<List<string>> ArticleStateAsync() => Graph.ColumnAsync(
        "MATCH (a:Article {id: $id}) OPTIONAL MATCH (a)-[r:MENTIONS]->() " +
        "RETURN a.origin + ':' + a.title + ':' + coalesce(r.id, '') + ':' + coalesce(r.origin, '') + ':' + coalesce(toString(r.count), '') ORDER BY r.id",
        new { id = NewId });
}
