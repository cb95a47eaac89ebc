using System.Text.RegularExpressions;
using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Domain.Export;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.GraphQL.AspNetCore.Tests;
using DiplomacyGraph.Host.Api;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// The curator's worked example of the Domain README ("Curating: a worked example"), run exactly as
/// written: its GraphQL documents are read out of the README, so the README cannot drift from what
/// the API does; its export must give the diff the README shows.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class CuratorWalkthroughTests(ApiFixture fixture)
{
    private const string Article = "example-fez-yangzhou";
    private const string Section = "## Curating: a worked example";

    [Fact]
    public async Task The_readme_walkthrough_runs_as_written_and_its_export_gives_the_diff_shown()
    {
        var (documents, diff) = ReadWalkthrough();
        Assert.Equal(["AddArticle", "AddCitiesAndTwinning", "Mistake", "History", "Revert"], documents.Select(OperationName));
        await using var workspace = await CuratorWorkspace.OpenAsync(fixture, Article, "city-fez", "city-yangzhou");
        await using var app = workspace.BuildApi();
        await app.StartAsync();
        using var client = new GraphQLClient(ApiServer.EndpointUri(app));

        var added = await client.QueryAsync(documents[0], apiKey: CuratorWorkspace.CuratorKey);
        Assert.Equal(Article, added.Text("addArticle.id"));
        Assert.Equal(["country-china", "country-morocco"], added.Strings("addArticle.mentions.nodes", "id").Order(StringComparer.Ordinal));
        Assert.StartsWith("EXAMPLE ARTICLE, invented for the DiplomacyGraph README", await File.ReadAllTextAsync(Path.Combine(workspace.CorpusFolder, Article + ".txt")), StringComparison.Ordinal);

        var facts = await client.QueryAsync(documents[1], apiKey: CuratorWorkspace.CuratorKey);
        Assert.Equal(["city-fez", "city-yangzhou"], new[] { facts.Text("fez.id")!, facts.Text("yangzhou.id")! });
        Assert.Equal("TWINNED_WITH:city-fez:city-yangzhou", facts.Text("twins.id"));

        var mistake = await client.QueryAsync(documents[2], apiKey: CuratorWorkspace.CuratorKey);
        Assert.Equal(["createEntity", "updateEntity"], mistake.Strings("updateEntity.history", "operation"));

        var history = await client.QueryAsync(documents[3]);
        Assert.Equal(["alice", "alice"], history.Strings("node.history", "curator"));
        Assert.Equal(["addRelationship"], history.Strings("node.twins.edges[0].history", "operation"));
        Assert.Equal("Fez and Yangzhou, a city in eastern China, signed a sister-city agreement", history.Text("node.twins.edges[0].evidence[0].quote"));
        Assert.Equal(["updateEntity", "addRelationship", "createEntity", "createEntity", "addArticle"], history.Strings("changes.nodes", "operation"));

        var reverted = await client.QueryAsync(documents[4], new { id = mistake.Strings("updateEntity.history", "id")[^1] }, CuratorWorkspace.CuratorKey);
        Assert.Equal(("revertChange", "updateEntity"), (reverted.Text("revertChange.operation"), reverted.Text("revertChange.reverts.operation")));
        Assert.Empty(await fixture.ColumnAsync<string>("MATCH (n:City {id: 'city-yangzhou'}) WHERE n.description IS NOT NULL RETURN n.description"));

        var export = await FactExporter.ExportAsync(fixture.Cypher, workspace.DataFolder, workspace.CorpusFolder);
        Assert.True(export.Errors.Count == 0, string.Join("; ", export.Errors));
        var exported = AddedLines(workspace.DataFolder, export.ChangedFiles);
        Assert.True(diff.SequenceEqual(exported), "The README's diff differs from the export's; the export added:\n" + string.Join("\n", exported));

        // The next load takes the exported items over as file-owned, and counts the article's mentions of the new cities.
        var load = await GraphLoader.LoadAsync(fixture.Cypher, workspace.DataFolder, workspace.CorpusFolder);
        Assert.True(load.Succeeded, string.Join("; ", load.Errors));
        Assert.Empty(load.Changes!.Overrides);
        Assert.Equal(["file", "file", "file", "file"], await fixture.ColumnAsync<string>(
            "MATCH (n) WHERE n.id IN ['city-fez', 'city-yangzhou', $article] RETURN n.origin AS origin " +
            "UNION ALL MATCH ()-[r:TWINNED_WITH {id: 'TWINNED_WITH:city-fez:city-yangzhou'}]->() RETURN r.origin AS origin", new { article = Article }));
        Assert.Contains("city-yangzhou", await fixture.ColumnAsync<string>("MATCH (:Article {id: $article})-[:MENTIONS]->(n) RETURN n.id", new { article = Article }));
    }

    /// <summary>The section's GraphQL documents in order, and the lines its diff adds, each as "file: line".</summary>
    private static (List<string> Documents, List<string> Diff) ReadWalkthrough()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "DiplomacyGraph.Domain", "README.md"));
        var start = readme.IndexOf(Section, StringComparison.Ordinal);
        Assert.True(start >= 0, $"The Domain README has no section '{Section}'.");
        var end = readme.IndexOf("\n## ", start + Section.Length, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        var documents = Fenced("graphql").Matches(section).Select(match => match.Groups["body"].Value).ToList();
        var diff = new List<string>();
        var file = "";
        foreach (var line in Fenced("diff").Match(section).Groups["body"].Value.Split('\n'))
        {
            if (line.StartsWith("+++ b/", StringComparison.Ordinal))
            {
                file = line["+++ b/src/DiplomacyGraph.Domain/data/".Length..];
            }
            else if (line.StartsWith('+'))
            {
                diff.Add($"{file}: {line[1..]}");
            }
        }

        return (documents, diff);
    }

    /// <summary>The lines each exported file has beyond the repository's version, as "file: line".</summary>
    private static List<string> AddedLines(string dataFolder, IReadOnlyList<string> files) =>
        [.. files.SelectMany(file =>
        {
            var before = File.ReadAllLines(Path.Combine(GraphLoader.DefaultDataFolder, file)).ToList();
            var added = new List<string>();
            foreach (var line in File.ReadAllLines(Path.Combine(dataFolder, file)))
            {
                if (!before.Remove(line))
                {
                    added.Add($"{file}: {line}");
                }
            }

            return added;
        })];

    private static string OperationName(string document) => OperationNamePattern().Match(document).Groups["name"].Value;

    private static Regex Fenced(string language) => new($"```{language}\n(?<body>.*?)```", RegexOptions.Singleline);

    [GeneratedRegex(@"^(mutation|query)\s+(?<name>\w+)")]
    private static partial Regex OperationNamePattern();
}
