using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Neo4j.Tests;

[Collection(Neo4jCollection.Name)]
public sealed class ValueRoundTripTests(Neo4jFixture fixture)
{
    private async Task<object?> RoundTripAsync(object? value)
    {
        var result = await fixture.Client.RunAsync(new Statement("RETURN $value AS value", new Dictionary<string, object?> { ["value"] = value }));
        return result.Single()["value"];
    }

    [Fact]
    public async Task Int64_beyond_two_to_the_53_round_trips_exactly()
    {
        Assert.Equal(9007199254740993L, await RoundTripAsync(9007199254740993L));
        Assert.Equal(long.MaxValue, await RoundTripAsync(long.MaxValue));
        Assert.Equal(long.MinValue, await RoundTripAsync(long.MinValue));
    }

    [Fact]
    public async Task Integers_computed_by_the_server_come_back_exactly()
    {
        var result = await fixture.Client.RunAsync(new Statement("RETURN 9007199254740992 + 1 AS n"));
        Assert.Equal(9007199254740993L, result.Single()["n"]);
    }

    [Fact]
    public async Task Doubles_round_trip_and_stay_doubles_even_when_whole()
    {
        Assert.Equal(0.1, await RoundTripAsync(0.1));
        Assert.Equal(1.5e300, await RoundTripAsync(1.5e300));
        var whole = await RoundTripAsync(1.0);
        Assert.IsType<double>(whole);
        Assert.Equal(1.0, whole);
    }

    [Fact]
    public async Task Arabic_strings_round_trip_unchanged()
    {
        const string arabic = "المملكة العربية السعودية — مجلس التعاون";
        Assert.Equal(arabic, await RoundTripAsync(arabic));
    }

    [Fact]
    public async Task Booleans_and_null_round_trip()
    {
        Assert.Equal(true, await RoundTripAsync(true));
        Assert.Equal(false, await RoundTripAsync(false));
        Assert.Null(await RoundTripAsync(null));
    }

    [Fact]
    public async Task Nested_lists_and_maps_round_trip()
    {
        var value = new Dictionary<string, object?>
        {
            ["name"] = "قطر",
            ["population"] = 2_900_000L,
            ["ratio"] = 0.25,
            ["tags"] = new object?[] { "gulf", 1L, null, new object?[] { true, 2.5 } },
            ["nested"] = new Dictionary<string, object?> { ["empty"] = Array.Empty<object?>(), ["none"] = null },
        };

        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(await RoundTripAsync(value));

        Assert.Equal("قطر", map["name"]);
        Assert.Equal(2_900_000L, map["population"]);
        Assert.Equal(0.25, map["ratio"]);
        var tags = Assert.IsAssignableFrom<IReadOnlyList<object?>>(map["tags"]);
        Assert.Equal(["gulf", 1L, null], tags.Take(3));
        Assert.Equal([true, 2.5], Assert.IsAssignableFrom<IReadOnlyList<object?>>(tags[3]));
        var nested = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(map["nested"]);
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<object?>>(nested["empty"]));
        Assert.Null(nested["none"]);
    }

    [Fact]
    public async Task Values_of_other_types_go_through_the_serializer_and_round_trip()
    {
        // Lists and string-keyed maps of object are written directly; typed collections and floats take the serializer.
        Assert.Equal([1L, 9007199254740993L], Assert.IsAssignableFrom<IReadOnlyList<object?>>(await RoundTripAsync(new[] { 1L, 9007199254740993L })));
        var typed = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(await RoundTripAsync(new Dictionary<string, string> { ["nameAr"] = "الدوحة" }));
        Assert.Equal("الدوحة", typed["nameAr"]);
        var single = await RoundTripAsync(2f);
        Assert.IsType<double>(single);
        Assert.Equal(2.0, single);
    }

    [Fact]
    public async Task Text_that_JSON_must_escape_reaches_the_server_intact()
    {
        const string text = "quote \" back\\slash <tag> & 'single' + tab\t line\n \u0001 \u2028 مرحبا";
        Assert.Equal(text, await RoundTripAsync(text));
        var result = await fixture.Client.RunAsync(new Statement("RETURN '<' + \"'\" + $value AS value", new Dictionary<string, object?> { ["value"] = text }));
        Assert.Equal("<'" + text, result.Single()["value"]);
    }

    [Fact]
    public async Task Values_stored_on_a_node_come_back_as_stored()
    {
        await fixture.CleanDatabaseAsync();
        var parameters = new Dictionary<string, object?>
        {
            ["props"] = new Dictionary<string, object?>
            {
                ["id"] = "country:SA", ["nameAr"] = "السعودية", ["big"] = 9007199254740993L, ["score"] = 3.75,
                ["active"] = true, ["aliases"] = new[] { "KSA", "المملكة" },
            },
        };

        await fixture.Client.RunAsync(new Statement("CREATE (n:RoundTrip) SET n = $props", parameters));
        var record = (await fixture.Client.RunAsync(new Statement("MATCH (n:RoundTrip) RETURN n"))).Single();

        var node = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(record["n"]);
        Assert.Equal("السعودية", node["nameAr"]);
        Assert.Equal(9007199254740993L, node["big"]);
        Assert.Equal(3.75, node["score"]);
        Assert.Equal(true, node["active"]);
        Assert.Equal(["KSA", "المملكة"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(node["aliases"]));
    }

    [Fact]
    public async Task Nodes_and_relationships_are_returned_when_the_graph_is_asked_for()
    {
        await fixture.CleanDatabaseAsync();
        var statement = new Statement(
            "CREATE (a:Country {id: $a})-[r:BORDERS {since: $since}]->(b:Country {id: $b}) RETURN a, r, b",
            new Dictionary<string, object?> { ["a"] = "country:SA", ["b"] = "country:QA", ["since"] = 1971L })
        {
            IncludeGraph = true,
        };

        var record = (await fixture.Client.RunAsync(statement)).Single();

        var graph = Assert.IsType<RecordGraph>(record.Graph);
        Assert.Equal(2, graph.Nodes.Count);
        Assert.All(graph.Nodes, node => Assert.Equal(["Country"], node.Labels));
        var relationship = Assert.Single(graph.Relationships);
        Assert.Equal("BORDERS", relationship.Type);
        Assert.Equal(1971L, relationship.Properties["since"]);
        var start = graph.Nodes.Single(node => node.Id == relationship.StartNodeId);
        var end = graph.Nodes.Single(node => node.Id == relationship.EndNodeId);
        Assert.Equal("country:SA", start.Properties["id"]);
        Assert.Equal("country:QA", end.Properties["id"]);
    }

    [Fact]
    public async Task Records_carry_no_graph_unless_asked()
    {
        var record = (await fixture.Client.RunAsync(new Statement("RETURN 1 AS one"))).Single();

        Assert.Null(record.Graph);
        Assert.Equal(1, record.Get<int>("one"));
    }
}
