using DiplomacyGraph.Domain.Loading;

namespace DiplomacyGraph.Domain.Tests.Loading;

public sealed class GraphDiffTests
{
    private static readonly Dictionary<string, object> TacomaProperties = new()
    {
        ["id"] = "city-tacoma",
        ["name"] = "Tacoma",
        ["aliases"] = new List<string> { "مدينة تاكوما" },
        ["population"] = 219000L,
    };

    private static NodeRow Tacoma(string label = "City") => new("city-tacoma", NodeKind.Entity, label, TacomaProperties);

    // As Neo4j returns it: lists of objects, integers as long.
    private static ExistingNode StoredTacoma(params string[] labels) => new(
        "city-tacoma",
        NodeKind.Entity,
        labels,
        new Dictionary<string, object?>
        {
            ["id"] = "city-tacoma",
            ["name"] = "Tacoma",
            ["aliases"] = new List<object?> { "مدينة تاكوما" },
            ["population"] = 219000L,
        });

    private static GraphChanges Diff(NodeRow wanted, params ExistingNode[] existing) =>
        GraphDiff.Compute(new GraphContent([wanted], [], []), new ExistingGraph(existing, []), deleteStaleNodes: true);

    [Fact]
    public void Writes_nothing_for_a_node_stored_as_wanted()
    {
        var changes = Diff(Tacoma(), StoredTacoma("Entity", "City"));
        Assert.True(changes.IsEmpty);
        Assert.Equal(1, Assert.Single(changes.Counts).Unchanged);
    }

    [Fact]
    public void Rewrites_a_node_whose_label_changed()
    {
        var changes = Diff(Tacoma("Subdivision"), StoredTacoma("Entity", "City"));
        Assert.Single(changes.NodesToWrite);
        Assert.Equal(1, Assert.Single(changes.Counts).Updated);
    }

    [Fact]
    public void Rewrites_a_node_with_an_extra_stored_property()
    {
        var stored = StoredTacoma("Entity", "City");
        var withExtra = stored with { Properties = new Dictionary<string, object?>(stored.Properties) { ["stale"] = "x" } };
        Assert.Single(Diff(Tacoma(), withExtra).NodesToWrite);
    }

    [Fact]
    public void Deletes_a_node_no_longer_wanted_and_creates_a_new_one()
    {
        var other = StoredTacoma("Entity", "City") with { Id = "city-old" };
        var changes = Diff(Tacoma(), other);
        Assert.Equal("city-old", Assert.Single(changes.NodesToDelete).Id);
        Assert.Equal((1, 1), (changes.Counts.Single().Created, changes.Counts.Single().Deleted));
    }

    [Fact]
    public void Deletes_relationships_without_an_id_inside_the_managed_part()
    {
        var stray = new ExistingRelationship(null, "KNOWS", NodeKind.Entity, "city-tacoma", "city-seattle", new Dictionary<string, object?>());
        var changes = GraphDiff.Compute(new GraphContent([], [], []), new ExistingGraph([], [stray]), deleteStaleNodes: false);
        Assert.Same(stray, Assert.Single(changes.RelationshipsToDelete));
    }
}
