using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.Domain.Ingest;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Domain.Tests.Support;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Domain.Tests.Curation;

/// <summary>
/// Curated writes are owned by curation: a load (the run command loads at every start) and an
/// ingest leave them as they are, and the load lists the fact-file items curation overrides.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class CuratedOwnershipTests(Neo4jFixture fixture) : CurationTestBase(fixture)
{
    [Fact]
    public async Task Curated_entities_aliases_and_relationships_survive_load_restart_and_ingest()
    {
        var curator = Graph.NewCurator();
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.CreateEntityAsync(tx, CurationGraph.City("Curated Town"), ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.UpdateEntityAsync(
            tx, new EntityChanges(CurationGraph.Tacoma, new Dictionary<string, object?> { ["aliases"] = new List<object?> { "Tacoma WA" } }, []), ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.AddRelationshipAsync(tx, CurationGraph.Twins("city-curated-town", CurationGraph.Fuzhou), ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.RemoveRelationshipAsync(tx, CurationGraph.FileTwins, ct)));
        var entities = await Graph.EntityIdsAsync();
        var relationships = await Graph.RelationshipIdsAsync();

        var load = await Graph.ReloadAsync();
        var restart = await Graph.ReloadAsync();
        var folder = Directory.CreateTempSubdirectory("dg-curation-ingest-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "new-1.txt"), "زار وفد من تاكوما مدينة فوتشو.\n");
            Assert.True((await ArticleIngester.IngestAsync(Graph.Client, folder.FullName)).Succeeded);
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        Assert.Equal(entities, await Graph.EntityIdsAsync());
        Assert.Equal(relationships, await Graph.RelationshipIdsAsync());
        Assert.Contains("city-curated-town", entities);
        Assert.Contains("TWINNED_WITH:city-curated-town:city-fuzhou", relationships);
        Assert.DoesNotContain(CurationGraph.FileTwins, relationships);
        Assert.Equal(["Tacoma WA"], await Graph.ColumnAsync("MATCH (n:Entity {id: 'city-tacoma'}) UNWIND n.aliases AS alias RETURN alias"));
        Assert.Equal(["curation"], await Graph.ColumnAsync("MATCH (n:Entity {id: 'city-curated-town'}) RETURN n.origin"));
        Assert.Equal(["file"], await Graph.ColumnAsync("MATCH (n:Entity {id: 'country-china'}) RETURN n.origin"));

        // Both loads report the fact-file items curation overrides; neither writes them.
        foreach (var result in new[] { load, restart })
        {
            Assert.Equal(
                [$"{ChangeCount.Node} {CurationGraph.Tacoma} {CuratedOverride.Changed}", $"{ChangeCount.Relationship} {CurationGraph.FileTwins} {CuratedOverride.Removed}"],
                result.Changes!.Overrides.Select(item => $"{item.Element} {item.Id} {item.Reason}"));
        }

        Assert.True(restart.Changes!.IsEmpty);
    }

    [Fact]
    public async Task A_file_entity_dropped_from_the_files_stays_while_a_curated_relationship_uses_it()
    {
        var curator = Graph.NewCurator();
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.CreateEntityAsync(tx, CurationGraph.City("Curated Town"), ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.AddRelationshipAsync(tx, CurationGraph.Twins("city-curated-town", CurationGraph.Tacoma), ct)));

        // Tacoma leaves the files (with its file-owned twin relation).
        Graph.Sample.Files["entities/cities.yaml"] = Graph.Sample.Files["entities/cities.yaml"][Graph.Sample.Files["entities/cities.yaml"].IndexOf("- id: city-fuzhou", StringComparison.Ordinal)..];
        Graph.Sample.Files.Remove("relations/twins.yaml");
        Graph.WriteFiles();
        var load = await Graph.ReloadAsync();

        Assert.Contains(load.Changes!.Overrides, item => item.Id == CurationGraph.Tacoma && item.Reason == CuratedOverride.InUse);
        Assert.Contains(CurationGraph.Tacoma, await Graph.EntityIdsAsync());
        Assert.Equal(["TWINNED_WITH:city-curated-town:city-tacoma"], await Graph.RelationshipIdsAsync().ContinueWith(ids => ids.Result.Where(id => id.StartsWith("TWINNED", StringComparison.Ordinal)).ToList()));
    }

    [Fact]
    public async Task A_merged_file_entity_is_not_loaded_back_and_its_moved_relationships_stay()
    {
        var curator = Graph.NewCurator();
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.CreateEntityAsync(tx, CurationGraph.City("Curated Town"), ct)));
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.MergeEntitiesAsync(tx, "city-curated-town", CurationGraph.Fuzhou, ct)));
        var relationships = await Graph.RelationshipIdsAsync();

        var load = await Graph.ReloadAsync();

        Assert.DoesNotContain(CurationGraph.Fuzhou, await Graph.EntityIdsAsync());
        Assert.Equal(relationships, await Graph.RelationshipIdsAsync());
        Assert.Contains("TWINNED_WITH:city-curated-town:city-tacoma", relationships);
        Assert.Contains(load.Changes!.Overrides, item => item.Id == CurationGraph.Fuzhou && item.Reason == CuratedOverride.Removed);
    }
}
