using System.Net;
using System.Text.Json;
using DiplomacyGraph.GraphQL.AspNetCore.Ide;
using static DiplomacyGraph.GraphQL.AspNetCore.Tests.HttpExchange;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>How the endpoint serves Banana Cake Pop's files (the Chromium test checks that they work together).</summary>
public sealed class IdeServingTests : IAsyncLifetime
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private TestGraphQLServer? _server;

    private TestGraphQLServer Server => _server!;

    public async Task InitializeAsync()
    {
        var ideDirectory = await BananaCakePopInstaller.EnsureInstalledAsync(RepositoryPaths.IdeInstall);
        _server = await TestGraphQLServer.StartAsync(new GraphQLHttpOptions { IdeDirectory = ideDirectory, IdeTitle = "Test schema" });
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    [Fact]
    public async Task Serves_the_IDE_page_to_a_browser_at_the_endpoint_with_a_base_below_it()
    {
        var response = await GetAsync(Server.Client, string.Empty, BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/html", response.MediaType);
        Assert.Contains("<base href=\"/graphql/\">", response.Body, StringComparison.Ordinal);
        Assert.Contains("<title>Banana Cake Pop</title>", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_a_browser_that_sends_a_query_with_JSON_not_the_IDE()
    {
        var response = await GetAsync(Server.Client, Query("{ hello }"), BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(Json, response.MediaType);
    }

    [Fact]
    public async Task Tells_the_IDE_to_use_its_own_URL_as_the_endpoint_and_to_send_no_telemetry()
    {
        var response = await GetAsync(Server.Client, Server.Endpoint + "/bcp-config.json", accept: null);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.JsonBody.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(response.JsonBody.GetProperty("disableTelemetry").GetBoolean());
        Assert.Equal("Test schema", response.JsonBody.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Serves_the_build_assets_with_their_content_types_and_long_caching()
    {
        var page = await GetAsync(Server.Client, string.Empty, BrowserAccept);
        var script = System.Text.RegularExpressions.Regex.Match(page.Body, "src=\"(static/js/main\\.[^\"]+\\.js)\"").Groups[1].Value;

        var response = await GetAsync(Server.Client, Server.Endpoint + "/" + script, accept: null);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/javascript", response.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/static/js/missing.js")]
    [InlineData("/%2E%2E/%2E%2E/package.json")]
    [InlineData("/..%2F..%2Fpackage.json")]
    public async Task Answers_404_for_files_outside_the_build(string path)
    {
        var response = await GetAsync(Server.Client, Server.Endpoint + path, accept: null);

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
    }

    [Fact]
    public async Task Returns_the_same_folder_when_the_IDE_is_already_installed()
    {
        var first = await BananaCakePopInstaller.EnsureInstalledAsync(RepositoryPaths.IdeInstall);
        var second = await BananaCakePopInstaller.EnsureInstalledAsync(RepositoryPaths.IdeInstall);

        Assert.Equal(first, second);
        Assert.True(File.Exists(Path.Combine(second, "index.html")));
        using var packageJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(second, "package.json")));
        Assert.Equal("@chillicream/bananacakepop-graphql-ide", packageJson.RootElement.GetProperty("name").GetString());
    }
}
