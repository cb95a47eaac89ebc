using System.Text.Json;
using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests;

/// <summary><c>neighborhood</c> and <c>path</c>: subgraphs shaped for drawing libraries, checked against Cypher.</summary>
[Collection(ApiCollection.Name)]
public sealed class SubgraphTests(ApiFixture fixture)
{
    private const string Shape = "nodes { id labels name nameAr properties } edges { id type source target properties sources { id } }";

    [Fact]
    public async Task A_depth_one_neighborhood_is_the_node_its_neighbours_and_the_relationships_between_them()
    {
        var data = await fixture.Api.QueryAsync($$"""{ neighborhood(id: "city-tacoma") { {{Shape}} } }""");
        var neighbours = await fixture.ColumnAsync<string>("MATCH (:City {id: 'city-tacoma'})--(x) RETURN DISTINCT x.id");
        var relationships = await fixture.ColumnAsync<long>("MATCH (:City {id: 'city-tacoma'})-[r]-() RETURN count(DISTINCT r)");
        var subgraph = data.At("neighborhood");

        var nodes = subgraph.Strings("nodes", "id");
        Assert.Equal("city-tacoma", nodes[0]);
        Assert.Equal(neighbours.Append("city-tacoma").Order(StringComparer.Ordinal), nodes.Order(StringComparer.Ordinal));
        AssertEdgesJoinListedNodes(subgraph);
        Assert.True(subgraph.At("edges").GetArrayLength() >= relationships[0]);
        Assert.Contains(subgraph.At("nodes").EnumerateArray(), node => node.Text("labels[0]") is "City" or "Entity" && node.Text("name") == "Tacoma" && node.Text("nameAr") == "تاكوما");
        Assert.Equal("city-tacoma", subgraph.Text("nodes[0].properties.id"));
    }

    [Fact]
    public async Task Types_and_depth_follow_only_those_relationships_that_far()
    {
        var data = await fixture.Api.QueryAsync($$"""{ neighborhood(id: "city-tacoma", depth: 3, types: ["TWINNED_WITH", "LOCATED_IN"]) { {{Shape}} } }""");
        var expected = await fixture.ColumnAsync<string>(
            "MATCH (c:City {id: 'city-tacoma'})-[:TWINNED_WITH|LOCATED_IN*0..3]-(x) RETURN DISTINCT x.id ORDER BY x.id");
        var subgraph = data.At("neighborhood");
        Assert.Equal(expected, subgraph.Strings("nodes", "id").Order(StringComparer.Ordinal));
        Assert.All(subgraph.At("edges").EnumerateArray(), edge => Assert.Contains(edge.Text("type"), new[] { "TWINNED_WITH", "LOCATED_IN" }));
        AssertEdgesJoinListedNodes(subgraph);
    }

    [Fact]
    public async Task Limit_keeps_the_nearest_nodes_and_only_edges_between_kept_nodes()
    {
        var data = await fixture.Api.QueryAsync($$"""{ neighborhood(id: "country-china", depth: 2, limit: 4) { {{Shape}} } }""");
        var subgraph = data.At("neighborhood");
        Assert.Equal(4, subgraph.At("nodes").GetArrayLength());
        Assert.Equal("country-china", subgraph.Text("nodes[0].id"));
        AssertEdgesJoinListedNodes(subgraph);
    }

    [Fact]
    public async Task Edges_carry_their_provenance()
    {
        var data = await fixture.Api.QueryAsync("""{ neighborhood(id: "city-tacoma", types: ["TWINNED_WITH"]) { edges { id type sources { id title } properties } } }""");
        var edge = Assert.Single(data.At("neighborhood.edges").EnumerateArray());
        Assert.Equal("TWINNED_WITH:city-fuzhou:city-tacoma", edge.Text("id"));
        Assert.Equal("1994", edge.Text("properties.since"));
        Assert.NotEmpty(edge.At("sources").EnumerateArray());
        Assert.All(edge.At("sources").EnumerateArray(), article => Assert.False(string.IsNullOrEmpty(article.Text("title"))));
    }

    [Fact]
    public async Task An_unknown_id_has_an_empty_neighborhood()
    {
        var data = await fixture.Api.QueryAsync("""{ neighborhood(id: "city-atlantis") { nodes { id } edges { id } } }""");
        Assert.Equal(0, data.At("neighborhood.nodes").GetArrayLength());
        Assert.Equal(0, data.At("neighborhood.edges").GetArrayLength());
    }

    [Fact]
    public async Task Depth_outside_its_range_is_a_clear_error()
    {
        var response = await fixture.Api.PostAsync("""{ neighborhood(id: "city-tacoma", depth: 4) { nodes { id } } }""");
        Assert.Contains("Argument 'depth' of 'neighborhood' must be between 1 and 3; got 4.", Assert.Single(response.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_is_a_shortest_chain_of_nodes_and_edges()
    {
        var data = await fixture.Api.QueryAsync($$"""{ path(from: "city-tacoma", to: "country-china", types: ["TWINNED_WITH", "LOCATED_IN"]) { {{Shape}} } }""");
        var length = await fixture.ColumnAsync<long>(
            "MATCH (a:City {id: 'city-tacoma'}), (b:Country {id: 'country-china'}) " +
            "MATCH p = shortestPath((a)-[*..10]-(b)) WHERE all(step IN relationships(p) WHERE type(step) IN ['TWINNED_WITH', 'LOCATED_IN']) RETURN length(p)");
        var path = data.At("path");
        var nodes = path.Strings("nodes", "id");
        Assert.Equal(length[0] + 1, nodes.Count);
        Assert.Equal(length[0], path.At("edges").GetArrayLength());
        Assert.Equal("city-tacoma", nodes[0]);
        Assert.Equal("country-china", nodes[^1]);
        for (var i = 0; i < nodes.Count - 1; i++)
        {
            var edge = path.At($"edges[{i}]");
            Assert.Equal(new[] { nodes[i], nodes[i + 1] }.Order(), new[] { edge.Text("source"), edge.Text("target") }.Order());
        }
    }

    [Fact]
    public async Task A_path_longer_than_max_length_or_to_an_unknown_node_is_null()
    {
        var data = await fixture.Api.QueryAsync("""
            { tooLong: path(from: "city-tacoma", to: "country-china", maxLength: 1, types: ["TWINNED_WITH", "LOCATED_IN"]) { nodes { id } }
              unknown: path(from: "city-tacoma", to: "city-atlantis") { nodes { id } } }
            """);
        Assert.Equal(JsonValueKind.Null, data.At("tooLong").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.At("unknown").ValueKind);
    }

    [Fact]
    public async Task A_path_from_a_node_to_itself_is_that_node()
    {
        var data = await fixture.Api.QueryAsync("""{ path(from: "city-tacoma", to: "city-tacoma") { nodes { id } edges { id } } }""");
        Assert.Equal(["city-tacoma"], data.Strings("path.nodes", "id"));
        Assert.Equal(0, data.At("path.edges").GetArrayLength());
    }

    private static void AssertEdgesJoinListedNodes(JsonElement subgraph)
    {
        var nodes = subgraph.Strings("nodes", "id").ToHashSet();
        Assert.Equal(nodes.Count, subgraph.At("nodes").GetArrayLength());
        foreach (var edge in subgraph.At("edges").EnumerateArray())
        {
            Assert.Contains(edge.Text("source")!, nodes);
            Assert.Contains(edge.Text("target")!, nodes);
        }
    }
}
