using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.Domain.Tests.Support;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Domain.Tests.Curation;

/// <summary>
/// Relationships found by id from their start node (<see cref="RelationshipLookup"/>): ids whose role
/// holds the separator, ids that start at an article, and ids of the wrong shape or direction.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class RelationshipLookupTests(Neo4jFixture fixture) : CurationTestBase(fixture)
{
    private const string Town = "city-curated-town";
    private const string Role = "host: day 1:2";
    private const string Cooperation = $"COOPERATES_WITH:{Town}:{CurationGraph.Tacoma}:{Role}";

    [Theory]
    [InlineData("COOPERATES_WITH:city-curated-town:city-tacoma:host: day 1:2", "COOPERATES_WITH", "city-curated-town")]
    [InlineData("MENTIONS:a1.b_c-2:city-tacoma", "MENTIONS", "a1.b_c-2")]
    [InlineData("TWINNED_WITH:city-fuzhou:city-tacoma", "TWINNED_WITH", "city-fuzhou")]
    public void An_id_names_its_type_and_start_node_whatever_its_role_holds(string id, string type, string from) =>
        Assert.Equal((type, from), RelationshipLookup.Parse(id));

    [Theory]
    [InlineData("")]
    [InlineData("TWINNED_WITH")]
    [InlineData("TWINNED_WITH:city-fuzhou")]
    [InlineData(":::")]
    [InlineData("TWINNED_WITH::city-tacoma")]
    public void An_id_of_another_shape_names_nothing(string id) => Assert.Null(RelationshipLookup.Parse(id));

    [Fact]
    public async Task A_relationship_whose_role_holds_colons_is_found_removed_recorded_and_restored_by_its_id()
    {
        Graph.Sample.Files["relationship-types.yaml"] += """

            - type: COOPERATES_WITH
              between: [[City, City]]
              properties: [role]
            """;
        Graph.WriteFiles();
        await Graph.ReloadAsync();
        var curator = Graph.NewCurator();
        Assert.Null(await Graph.TryAsync((tx, ct) => curator.CreateEntityAsync(tx, CurationGraph.City("Curated Town"), ct)));
        var cooperation = new RelationshipDraft("COOPERATES_WITH", Town, CurationGraph.Tacoma, new Dictionary<string, object?> { ["role"] = Role }, [CurationGraph.TownsSpan]);

        Assert.Null(await Graph.TryAsync((tx, ct) => curator.AddRelationshipAsync(tx, cooperation, ct)));
        Assert.Equal(CurationErrorCodes.AlreadyExists, await Graph.TryAsync((tx, ct) => curator.AddRelationshipAsync(tx, cooperation, ct)));
        var added = await LatestChangeAsync();
        Assert.Contains(Cooperation, added.Subjects);

        Assert.Null(await Graph.TryAsync((tx, ct) => curator.RemoveRelationshipAsync(tx, Cooperation, ct)));
        Assert.Empty(await CooperationsAsync());
        var removed = await LatestChangeAsync();
        Assert.Equal([Cooperation], removed.Subjects);

        Assert.Null(await Graph.TryAsync((tx, ct) => curator.RevertChangeAsync(tx, removed.Id, ct)));
        Assert.Equal([Cooperation], await CooperationsAsync());
    }

    [Theory]
    [InlineData("COOPERATES_WITH:city-curated-town:city-tacoma:host")]
    [InlineData("TWINNED_WITH:city-tacoma:city-fuzhou")]
    [InlineData("LOCATED_IN:city-fuzhou:country-china:extra")]
    [InlineData("TWINNED_WITH")]
    [InlineData("MENTIONS:city-tacoma:a1")]
    [InlineData("LOCATED_IN:city-none:country-china")]
    public async Task An_id_that_names_no_relationship_is_not_found_and_nothing_changes(string id)
    {
        var curator = Graph.NewCurator();
        var relationships = await Graph.RelationshipIdsAsync();

        Assert.Equal(CurationErrorCodes.NotFound, await Graph.TryAsync((tx, ct) => curator.RemoveRelationshipAsync(tx, id, ct)));

        Assert.Equal(relationships, await Graph.RelationshipIdsAsync());
    }

    [Fact]
    public async Task A_relationship_that_starts_at_an_article_is_found_by_its_id()
    {
        var mentions = $"MENTIONS:{SampleFacts.ArticleId}:{CurationGraph.Tacoma}";
        Assert.Equal([mentions], await Graph.ColumnAsync("MATCH (:Article {id: 'a1'})-[r:MENTIONS]->(:City {id: 'city-tacoma'}) RETURN r.id"));

        Assert.Null(await Graph.TryAsync((tx, ct) => Graph.NewCurator().RemoveRelationshipAsync(tx, mentions, ct)));

        Assert.Empty(await Graph.ColumnAsync("MATCH ()-[r:MENTIONS]->() WHERE r.id = $id RETURN r.id", new { id = mentions }));
    }

    private Task<List<string>> CooperationsAsync() => Graph.ColumnAsync("MATCH ()-[r:COOPERATES_WITH]->() RETURN r.id");

    private async Task<(string Id, List<string> Subjects)> LatestChangeAsync()
    {
        var id = (await Graph.ColumnAsync("MATCH (c:Change) RETURN c.id ORDER BY c.id DESC LIMIT 1")).Single();
        return (id, await Graph.ColumnAsync("MATCH (c:Change {id: $id}) UNWIND c.subjects AS subject RETURN subject", new { id }));
    }
}
