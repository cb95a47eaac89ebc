using System.Text.Json;
using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.Domain.Export;
using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Domain.Tests.Curation;
using DiplomacyGraph.Domain.Tests.Support;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Domain.Tests.Export;

/// <summary>
/// Export writes curation into the fact files: the files stay valid, keep their comments and the
/// entries curation did not touch, a load then takes the exported items over as file-owned, and the
/// exported files loaded into an empty Neo4j give the graph curation had made.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class FactExportTests(Neo4jFixture fixture) : CurationTestBase(fixture)
{
    private const string CitiesComment = "# Cities: a comment the export keeps.";
    private const string TwinsComment = "# Twins: so is this one.";

    [Fact]
    public async Task Exported_curation_is_valid_becomes_file_owned_and_loads_into_an_empty_graph_as_the_same_graph()
    {
        Graph.Sample.Files["entities/cities.yaml"] = CitiesComment + "\n\n" + Graph.Sample.Files["entities/cities.yaml"];
        Graph.Sample.Files["relations/twins.yaml"] = TwinsComment + "\n" + Graph.Sample.Files["relations/twins.yaml"];
        Graph.WriteFiles();
        await Graph.ReloadAsync();
        var untouchedCountries = await File.ReadAllTextAsync(Path.Combine(Graph.Sample.DataFolder, "entities/countries.yaml"));

        var curator = Graph.NewCurator();
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.CreateEntityAsync(tx, CurationGraph.City("Curated Town") with { Description = "a town: made up, for the test" }, ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.UpdateEntityAsync(
            tx, new EntityChanges(CurationGraph.Tacoma, new Dictionary<string, object?> { ["aliases"] = new List<object?> { "Tacoma WA", "تاكوما واشنطن" } }, []), ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.AddRelationshipAsync(tx, CurationGraph.Twins("city-curated-town", CurationGraph.Fuzhou, since: "2001"), ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.RemoveRelationshipAsync(tx, CurationGraph.FileTwins, ct)));
        var curated = await SnapshotAsync(Graph.Client, withMentions: false);

        var export = await FactExporter.ExportAsync(Graph.Client, Graph.Sample.DataFolder, Graph.Sample.CorpusFolder);

        Assert.True(export.Succeeded, string.Join("; ", export.Errors));
        Assert.Equal(
            [
                $"{ChangeCount.Node} city-curated-town {ExportedItem.Added} entities/cities.yaml",
                $"{ChangeCount.Node} {CurationGraph.Tacoma} {ExportedItem.Updated} entities/cities.yaml",
                $"{ChangeCount.Relationship} TWINNED_WITH:city-curated-town:city-fuzhou {ExportedItem.Added} relations/twins.yaml",
                $"{ChangeCount.Relationship} {CurationGraph.FileTwins} {ExportedItem.Removed} relations/twins.yaml",
            ],
            export.Items.Select(item => $"{item.Element} {item.Id} {item.Action} {item.File}").Order(StringComparer.Ordinal));
        Assert.Equal(["entities/cities.yaml", "relations/twins.yaml"], export.ChangedFiles);
        Assert.Empty(FactValidator.ReadAndValidate(Graph.Sample.DataFolder, Graph.Sample.Corpus()).Errors);

        // Text-level edits: comments and untouched entries stay as written, the changed entry is edited where it stands.
        var cities = await File.ReadAllTextAsync(Path.Combine(Graph.Sample.DataFolder, "entities/cities.yaml"));
        var twins = await File.ReadAllTextAsync(Path.Combine(Graph.Sample.DataFolder, "relations/twins.yaml"));
        Assert.StartsWith(CitiesComment + "\n\n- id: city-tacoma\n", cities, StringComparison.Ordinal);
        Assert.Contains("  aliases: [Tacoma WA, تاكوما واشنطن]\n", cities, StringComparison.Ordinal);
        Assert.True(cities.IndexOf("city-fuzhou", StringComparison.Ordinal) < cities.IndexOf("city-curated-town", StringComparison.Ordinal));
        Assert.Contains("  description: \"a town: made up, for the test\"\n", cities, StringComparison.Ordinal);
        Assert.StartsWith(TwinsComment + "\n", twins, StringComparison.Ordinal);
        Assert.DoesNotContain("city-tacoma", twins, StringComparison.Ordinal);
        Assert.Contains("from: city-curated-town", twins, StringComparison.Ordinal);
        Assert.Equal(untouchedCountries, await File.ReadAllTextAsync(Path.Combine(Graph.Sample.DataFolder, "entities/countries.yaml")));

        // A load takes every exported item over as file-owned: nothing is left to curation, no override is listed.
        var takeOver = await Graph.ReloadAsync();
        Assert.Empty(takeOver.Changes!.Overrides);
        Assert.Equal(["0"], await Graph.ColumnAsync("MATCH (n) WHERE n.origin = 'curation' RETURN count(n)"));
        Assert.Equal(["0"], await Graph.ColumnAsync("MATCH ()-[r]->() WHERE r.origin = 'curation' RETURN count(r)"));
        Assert.Equal(["0"], await Graph.ColumnAsync($"MATCH (t:{Origin.RemovalLabel}) RETURN count(t)"));
        Assert.Equal(curated, await SnapshotAsync(Graph.Client, withMentions: false));
        var takenOver = await SnapshotAsync(Graph.Client, withMentions: true);
        Assert.True((await Graph.ReloadAsync()).Changes!.IsEmpty);

        // The exported files loaded into an empty Neo4j: the same graph, MENTIONS included.
        await Graph.Client.RunAsync(new Statement("MATCH (n) DETACH DELETE n"));
        await Graph.ReloadAsync();
        Assert.Equal(takenOver, await SnapshotAsync(Graph.Client, withMentions: true));
        Assert.Equal(curated, await SnapshotAsync(Graph.Client, withMentions: false));

        // A second export finds nothing to write.
        var again = await FactExporter.ExportAsync(Graph.Client, Graph.Sample.DataFolder, Graph.Sample.CorpusFolder);
        Assert.True(again.Succeeded);
        Assert.Empty(again.Items);
        Assert.Empty(again.ChangedFiles);
    }

    [Fact]
    public async Task A_merge_is_exported_as_the_merged_entry_deleted_and_its_relations_moved()
    {
        var curator = Graph.NewCurator();
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.CreateEntityAsync(tx, CurationGraph.City("Town A"), ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.MergeEntitiesAsync(tx, "city-town-a", CurationGraph.Tacoma, ct)));
        var curated = await SnapshotAsync(Graph.Client, withMentions: false);

        var export = await FactExporter.ExportAsync(Graph.Client, Graph.Sample.DataFolder, Graph.Sample.CorpusFolder);

        Assert.True(export.Succeeded, string.Join("; ", export.Errors));
        Assert.Contains(export.Items, item => item.Id == CurationGraph.Tacoma && item.Action == ExportedItem.Removed);
        Assert.Contains(export.Items, item => item.Id == CurationGraph.FileTwins && item.Action == ExportedItem.Removed);
        Assert.Contains(export.Items, item => item.Id == "TWINNED_WITH:city-fuzhou:city-town-a" && item.Action == ExportedItem.Added);
        await Graph.Client.RunAsync(new Statement("MATCH (n) DETACH DELETE n"));
        await Graph.ReloadAsync();
        Assert.Equal(curated, await SnapshotAsync(Graph.Client, withMentions: false));
    }

    [Fact]
    public async Task Invalid_fact_files_are_refused_and_nothing_is_written()
    {
        var curator = Graph.NewCurator();
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.CreateEntityAsync(tx, CurationGraph.City("Curated Town"), ct)));
        var path = Path.Combine(Graph.Sample.DataFolder, "entities/cities.yaml");
        await File.AppendAllTextAsync(path, "- id: city-broken\n  label: Nowhere\n");
        var before = await File.ReadAllTextAsync(path);

        var export = await FactExporter.ExportAsync(Graph.Client, Graph.Sample.DataFolder, Graph.Sample.CorpusFolder);

        Assert.False(export.Succeeded);
        Assert.Contains(export.Errors, error => error.Message.Contains("fix them before exporting", StringComparison.Ordinal));
        Assert.Equal(before, await File.ReadAllTextAsync(path));
    }

    /// <summary>
    /// The graph: every entity and article and their relationships, with labels and properties, <c>origin</c> left out.
    /// What is derived from it or kept beside it (the search index, the change history, removal markers) is not the graph.
    /// </summary>
    private static async Task<string> SnapshotAsync(Neo4jClient client, bool withMentions)
    {
        var results = await client.RunAsync(
        [
            new Statement("MATCH (n) WHERE n:Entity OR n:Article RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id"),
            new Statement(
                "MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Article) AND ($mentions OR type(r) <> 'MENTIONS') RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS properties ORDER BY from, type, to, r.id",
                new Dictionary<string, object?> { ["mentions"] = withMentions }),
        ]);
        return JsonSerializer.Serialize(results.Select(result => result.Records.Select(record => record.Values.Select(Canonical))));
    }

    private static object? Canonical(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => new SortedDictionary<string, object?>(
            map.Where(pair => pair.Key != Origin.Property).ToDictionary(pair => pair.Key, pair => Canonical(pair.Value)), StringComparer.Ordinal),
        IReadOnlyList<object?> list => list.Select(Canonical).ToList(),
        _ => value,
    };
}
