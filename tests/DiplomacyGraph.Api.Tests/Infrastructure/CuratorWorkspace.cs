using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Host.Api;
using DiplomacyGraph.Neo4j;
using Microsoft.AspNetCore.Builder;

namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>
/// What a curation test that adds articles needs: a scratch copy of the corpus (outside the
/// repository: <c>addArticle</c> writes into it, and the seed texts must never reach the repository)
/// and of the fact files, an API over the shared test graph using them with a curator key, and the
/// clean-up that takes the graph back to the seed graph (the named nodes, their search names, their
/// change records, then a load of the repository's fact files).
/// </summary>
public sealed class CuratorWorkspace : IAsyncDisposable
{
    public const string CuratorKey = "alice-key";

    private readonly ApiFixture _fixture;
    private readonly IReadOnlyList<string> _nodeIds;
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("dg-curator-workspace-");

    private CuratorWorkspace(ApiFixture fixture, IReadOnlyList<string> nodeIds)
    {
        _fixture = fixture;
        _nodeIds = nodeIds;
        var corpus = fixture.CorpusFolder ?? throw new InvalidOperationException("These tests need the seed corpus (../shared/seeds or DIPLOMACYGRAPH_CORPUS).");
        Directory.CreateDirectory(CorpusFolder);
        foreach (var file in Directory.EnumerateFiles(corpus, "*.txt"))
        {
            File.Copy(file, Path.Combine(CorpusFolder, Path.GetFileName(file)));
        }

        foreach (var file in Directory.EnumerateFiles(GraphLoader.DefaultDataFolder, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(DataFolder, Path.GetRelativePath(GraphLoader.DefaultDataFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string CorpusFolder => Path.Combine(_root.FullName, "corpus");

    public string DataFolder => Path.Combine(_root.FullName, "data");

    /// <summary>Opens a workspace whose clean-up removes the nodes with these ids (run first as well, for what a failed run left).</summary>
    public static async Task<CuratorWorkspace> OpenAsync(ApiFixture fixture, params string[] nodeIds)
    {
        var workspace = new CuratorWorkspace(fixture, nodeIds);
        await workspace.CleanGraphAsync();
        return workspace;
    }

    /// <summary>An API over the test graph with this workspace's corpus and the key <see cref="CuratorKey"/> of curator "alice" (start it).</summary>
    public WebApplication BuildApi() => ApiServer.Build(_fixture.Settings with
    {
        CorpusFolder = CorpusFolder,
        CuratorApiKeys = new Dictionary<string, string> { ["alice"] = CuratorKey },
    });

    public async ValueTask DisposeAsync()
    {
        try
        {
            await CleanGraphAsync();
        }
        finally
        {
            _root.Delete(recursive: true);
        }
    }

    private async Task CleanGraphAsync()
    {
        var ids = new Dictionary<string, object?> { ["ids"] = _nodeIds.ToList() };
        await _fixture.Cypher.RunAsync(new Statement("MATCH (n) WHERE n.id IN $ids AND (n:Entity OR n:Article) DETACH DELETE n", ids));
        await _fixture.Cypher.RunAsync(new Statement("MATCH (n:SearchName) WHERE n.entity IN $ids DETACH DELETE n", ids));
        await _fixture.Cypher.RunAsync(new Statement("MATCH (w:SearchWord) WHERE NOT (w)-[:IN_NAME]->() DELETE w"));
        await _fixture.Cypher.RunAsync(new Statement(
            "MATCH (c:Change) WHERE any(subject IN c.subjects WHERE any(id IN $ids WHERE subject = id OR subject CONTAINS (':' + id))) DETACH DELETE c", ids));
        await _fixture.Cypher.RunAsync(new Statement(
            "MATCH (h:History) WHERE any(id IN $ids WHERE h.itemId = id OR h.itemId CONTAINS (':' + id)) AND NOT (h)-[:RECORDED]->() DELETE h", ids));
        await _fixture.Cypher.RunAsync(new Statement(
            "MATCH (t:CuratedRemoval) WHERE any(id IN $ids WHERE t.itemId = id OR t.itemId CONTAINS (':' + id)) DELETE t", ids));
        var load = await GraphLoader.LoadAsync(_fixture.Cypher, GraphLoader.DefaultDataFolder, _fixture.CorpusFolder);
        if (!load.Succeeded)
        {
            throw new InvalidOperationException("The seed graph did not load again: " + string.Join("; ", load.Errors));
        }
    }
}
