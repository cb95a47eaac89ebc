using System.Net;
using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.Domain.Ingest;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Host.Api;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// <c>addArticle</c> over HTTP: it needs a curator key, refuses bad input with a code and the
/// reasons, can be cited by quote at once, and the article stays through a load, a restart of the
/// API (what the run command does: load, then serve with a corpus read afresh) and an ingest.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AddArticleApiTests(ApiFixture fixture)
{
    private const string Article = "api-test-article";
    private const string City = "city-curation-articleville";

    /// <summary>Our own made-up text, naming the test city and Tacoma.</summary>
    private const string Text = "A made-up test article. Articleville and Tacoma agreed today to become sister cities.\n";

    private const string AddArticle = """
        mutation Add($input: AddArticleInput!) { addArticle(input: $input) { id title publisher publishedOn url language mentions { nodes { id } } history { operation curator } } }
        """;

    private static Dictionary<string, object?> Input(params (string Name, object? Value)[] changes)
    {
        var input = new Dictionary<string, object?>
        {
            ["id"] = Article,
            ["text"] = Text,
            ["title"] = "A made-up test article",
            ["publisher"] = "Test Press",
            ["publishedOn"] = "2025-05",
            ["url"] = "https://example.org/test/articleville",
            ["language"] = "en",
        };
        foreach (var (name, value) in changes)
        {
            input[name] = value;
        }

        return input;
    }

    [Fact]
    public async Task An_article_added_through_the_api_is_cited_by_quote_and_survives_load_restart_and_ingest()
    {
        await using var workspace = await CuratorWorkspace.OpenAsync(fixture, Article, City);
        await using (var app = workspace.BuildApi())
        {
            await app.StartAsync();
            using var client = new GraphQLClient(ApiServer.EndpointUri(app));

            var added = await client.QueryAsync(AddArticle, new { input = Input() }, CuratorWorkspace.CuratorKey);
            Assert.Equal(("Test Press", "2025-05", "en"), (added.Text("addArticle.publisher"), added.Text("addArticle.publishedOn"), added.Text("addArticle.language")));
            Assert.Equal(["city-tacoma"], added.Strings("addArticle.mentions.nodes", "id"));
            Assert.Equal(["addArticle"], added.Strings("addArticle.history", "operation"));
            Assert.Equal(["alice"], added.Strings("addArticle.history", "curator"));

            await client.QueryAsync(
                $$"""mutation { createEntity(input: {label: City, name: "Curation Articleville", aliases: ["Articleville"], quotes: [{article: "{{Article}}", quote: "Articleville and Tacoma agreed"}]}) { id } }""",
                apiKey: CuratorWorkspace.CuratorKey);
            var twins = await client.QueryAsync(
                $$"""mutation { addRelationship(input: {type: "TWINNED_WITH", from: "{{City}}", to: "city-tacoma", quotes: [{article: "{{Article}}", quote: "Articleville and Tacoma agreed today to become sister cities"}]}) { id } }""",
                apiKey: CuratorWorkspace.CuratorKey);
            Assert.Equal($"TWINNED_WITH:{City}:city-tacoma", twins.Text("addRelationship.id"));
            await app.StopAsync();
        }

        var before = await StateAsync();
        Assert.True((await GraphLoader.LoadAsync(fixture.Cypher, GraphLoader.DefaultDataFolder, workspace.CorpusFolder)).Succeeded);
        var folder = Directory.CreateTempSubdirectory("dg-api-ingest-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, Article + ".txt"), "Another made-up text about Tacoma.\n");
            Assert.False((await ArticleIngester.IngestAsync(fixture.Cypher, folder.FullName)).Succeeded);
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        Assert.Equal(before, await StateAsync());

        // A restarted API reads the corpus afresh: the article is there, and evidence can still quote it.
        await using (var restarted = workspace.BuildApi())
        {
            await restarted.StartAsync();
            using var client = new GraphQLClient(ApiServer.EndpointUri(restarted));
            var updated = await client.QueryAsync(
                $$"""mutation { updateEntity(input: {id: "{{City}}", quotes: [{article: "{{Article}}", quote: "A made-up test article. Articleville"}]}) { evidence { span } } }""",
                apiKey: CuratorWorkspace.CuratorKey);
            Assert.Equal(2, updated.At("updateEntity.evidence").GetArrayLength());
            await restarted.StopAsync();
        }
    }

    [Theory]
    [InlineData("text", "", CurationErrorCodes.Rejected, "the text must not be empty")]
    [InlineData("publishedOn", "2025-02-30", CurationErrorCodes.Rejected, "'publishedOn' must be an ISO-8601 date")]
    [InlineData("language", "english", CurationErrorCodes.Rejected, "the language must be a BCP 47 tag")]
    [InlineData("url", "file:///etc/passwd", CurationErrorCodes.Rejected, "the url must be an absolute http:// or https:// address")]
    [InlineData("id", "001_b4110a3c5ae23741", CurationErrorCodes.AlreadyExists, "a node with the id '001_b4110a3c5ae23741' already exists")]
    [InlineData("url", "https://news.cgtn.com/news/2021-12-15/Xi-Putin-virtual-meeting-begins-160OTxkyFr2/index.html", CurationErrorCodes.AlreadyExists, "already has the URL")]
    public async Task Bad_input_is_refused_with_a_code_and_its_reasons_and_nothing_is_written(string field, string value, string code, string problem)
    {
        await using var workspace = await CuratorWorkspace.OpenAsync(fixture, Article);
        await using var app = workspace.BuildApi();
        await app.StartAsync();
        using var client = new GraphQLClient(ApiServer.EndpointUri(app));
        var state = await fixture.GraphStateAsync();

        var refused = await client.PostAsync(AddArticle, new { input = Input((field, value)) }, CuratorWorkspace.CuratorKey);

        Assert.Equal(code, refused.FirstErrorCode);
        Assert.Contains(problem, refused.Body, StringComparison.Ordinal);
        Assert.Equal(state, await fixture.GraphStateAsync());
        Assert.False(File.Exists(Path.Combine(workspace.CorpusFolder, Article + ".txt")));
        await app.StopAsync();
    }

    [Fact]
    public async Task Adding_an_article_needs_a_curator_key()
    {
        await using var workspace = await CuratorWorkspace.OpenAsync(fixture, Article);
        await using var app = workspace.BuildApi();
        await app.StartAsync();
        using var client = new GraphQLClient(ApiServer.EndpointUri(app));

        var anonymous = await client.PostAsync(AddArticle, new { input = Input() });
        var wrongKey = await client.PostAsync(AddArticle, new { input = Input() }, "not-a-key");

        Assert.Equal((HttpStatusCode.Unauthorized, "API_KEY_REQUIRED"), (anonymous.Status, anonymous.FirstErrorCode));
        Assert.Equal((HttpStatusCode.Forbidden, "API_KEY_INVALID"), (wrongKey.Status, wrongKey.FirstErrorCode));
        Assert.Empty(await fixture.ColumnAsync<string>("MATCH (a:Article {id: $id}) RETURN a.id", new { id = Article }));
        Assert.False(File.Exists(Path.Combine(workspace.CorpusFolder, Article + ".txt")));
        await app.StopAsync();
    }

    private Task<List<string>> StateAsync() => fixture.ColumnAsync<string>(
        "MATCH (a:Article {id: $id}) OPTIONAL MATCH (a)-[m:MENTIONS]->() " +
        "RETURN a.origin + ' ' + a.title + ' ' + coalesce(m.id, '') + ' ' + coalesce(m.origin, '') AS row " +
        "UNION ALL MATCH (n:Entity {id: $city})-[r]-() RETURN n.origin + ' ' + r.id + ' ' + coalesce(r.origin, '') AS row",
        new { id = Article, city = City });
}
