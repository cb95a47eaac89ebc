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
        Assert.Equal(await RelationshipsAmongAsync(nodes, types: null, excludeTypes: null), subgraph.Strings("edges", "id").Order(StringComparer.Ordinal));
        Assert.True(subgraph.At("edges").GetArrayLength() > relationships[0], "Tacoma's neighbours are related to each other too.");
        Assert.Contains(subgraph.At("nodes").EnumerateArray(), node => node.Text("labels[0]") is "City" or "Entity" && node.Text("name") == "Tacoma" && node.Text("nameAr") == "تاكوما");
        Assert.Equal("city-tacoma", subgraph.Text("nodes[0].properties.id"));
    }

    [Fact]
    public async Task Types_and_depth_follow_only_those_relationships_that_far()
    {
        var data = await fixture.Api.QueryAsync($$"""{ neighborhood(id: "city-tacoma", depth: 3, types: [TWINNED_WITH, LOCATED_IN]) { {{Shape}} } }""");
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
        var data = await fixture.Api.QueryAsync("""{ neighborhood(id: "city-tacoma", types: [TWINNED_WITH]) { edges { id type sources { id title } properties } } }""");
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
        var data = await fixture.Api.QueryAsync($$"""{ path(from: "city-tacoma", to: "country-china", types: [TWINNED_WITH, LOCATED_IN]) { {{Shape}} } }""");
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
    public async Task A_path_does_not_pass_through_articles_unless_asked_and_agrees_with_the_analysts_query()
    {
        var data = await fixture.Api.QueryAsync("""
            { stated: path(from: "city-tacoma", to: "person-xi-jinping") { nodes { id labels } edges { type } }
              viaArticles: path(from: "city-tacoma", to: "person-xi-jinping", includeArticles: true) { nodes { id labels } edges { type } } }
            """);
        static bool IsArticle(JsonElement node) => node.At("labels").EnumerateArray().Any(label => label.GetString() == "Article");
        var stated = data.At("stated");
        var viaArticles = data.At("viaArticles");
        Assert.DoesNotContain(stated.At("nodes").EnumerateArray(), IsArticle);
        Assert.DoesNotContain(stated.At("edges").EnumerateArray(), edge => edge.Text("type") == "MENTIONS");
        Assert.Contains(viaArticles.At("nodes").EnumerateArray(), IsArticle);
        Assert.True(viaArticles.At("edges").GetArrayLength() < stated.At("edges").GetArrayLength());

        var analystQuery = File.ReadAllText(Path.Combine(GraphQL.AspNetCore.Tests.RepositoryPaths.Root, "cypher", "queries", "shortest-path.cypher"));
        foreach (var (from, to, fromName, toName) in new[] { ("city-tacoma", "person-xi-jinping", "Tacoma", "Xi Jinping"), ("person-victoria-woodards", "subdivision-fujian", "Victoria Woodards", "Fujian") })
        {
            var hops = await fixture.ColumnAsync<long>(analystQuery, new { from = fromName, to = toName });
            var path = await fixture.Api.QueryAsync($$"""{ path(from: "{{from}}", to: "{{to}}") { edges { type } } }""");
            Assert.Equal(Assert.Single(hops), path.At("path.edges").GetArrayLength());
        }
    }

    [Fact]
    public async Task A_path_may_start_at_an_article_and_takes_exclude_types()
    {
        var article = (await fixture.ColumnAsync<string>("MATCH (a:Article)-[:MENTIONS]->(:City {id: 'city-tacoma'}) RETURN a.id ORDER BY a.id LIMIT 1"))[0];
        var data = await fixture.Api.QueryAsync($$"""
            { fromArticle: path(from: "{{article}}", to: "city-tacoma") { edges { type } }
              noTwins: path(from: "city-tacoma", to: "city-fuzhou", excludeTypes: [TWINNED_WITH]) { edges { type } } }
            """);
        Assert.Equal(["MENTIONS"], data.Strings("fromArticle.edges", "type"));
        var noTwins = data.At("noTwins");
        Assert.True(noTwins.ValueKind == JsonValueKind.Null || noTwins.Strings("edges", "type").All(type => type != "TWINNED_WITH"));
    }

    [Fact]
    public async Task A_path_longer_than_max_length_or_to_an_unknown_node_is_null()
    {
        var data = await fixture.Api.QueryAsync("""
            { tooLong: path(from: "city-tacoma", to: "country-china", maxLength: 1, types: [TWINNED_WITH, LOCATED_IN]) { nodes { id } }
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

    [Fact]
    public async Task A_neighborhood_holds_every_relationship_of_its_types_between_its_nodes()
    {
        // The issue's repro: Fuzhou's PARTICIPATED_IN to the 30th-anniversary event was left out.
        var data = await fixture.Api.QueryAsync("""{ neighborhood(id: "city-tacoma", depth: 1, types: [TWINNED_WITH, PARTICIPATED_IN]) { nodes { id } edges { id type source target } } }""");
        var subgraph = data.At("neighborhood");
        var nodes = subgraph.Strings("nodes", "id");
        Assert.Contains("event-tacoma-fuzhou-sister-cities-30th-anniversary", nodes);
        Assert.Contains(subgraph.At("edges").EnumerateArray(), edge => edge.Text("type") == "PARTICIPATED_IN" && edge.Text("source") == "city-fuzhou");
        Assert.Equal(await RelationshipsAmongAsync(nodes, ["TWINNED_WITH", "PARTICIPATED_IN"], null), subgraph.Strings("edges", "id").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Exclude_types_leaves_those_types_out_of_the_walk_and_the_edges()
    {
        var data = await fixture.Api.QueryAsync("""
            { all: neighborhood(id: "country-china", depth: 2) { nodes { id } edges { type } }
              without: neighborhood(id: "country-china", depth: 2, excludeTypes: [MENTIONS]) { nodes { id labels } edges { id type } } }
            """);
        Assert.Contains(data.At("all.edges").EnumerateArray(), edge => edge.Text("type") == "MENTIONS");
        var without = data.At("without");
        Assert.DoesNotContain(without.At("edges").EnumerateArray(), edge => edge.Text("type") == "MENTIONS");
        Assert.DoesNotContain(without.At("nodes").EnumerateArray(), node => node.At("labels").EnumerateArray().Any(label => label.GetString() == "Article"));
        Assert.Equal(await RelationshipsAmongAsync(without.Strings("nodes", "id"), null, ["MENTIONS"]), without.Strings("edges", "id").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Types_are_enum_values_so_a_wrong_case_is_an_error_not_an_empty_subgraph()
    {
        var response = await fixture.Api.PostAsync("""{ neighborhood(id: "city-tacoma", types: [twinned_with]) { nodes { id } } }""");
        Assert.Contains("twinned_with", Assert.Single(response.Errors), StringComparison.Ordinal);
        var introspection = await fixture.Api.QueryAsync("""{ __type(name: "RelationshipType") { enumValues { name } } }""");
        var values = introspection.Strings("__type.enumValues", "name");
        Assert.Subset(values.ToHashSet(), (await fixture.ColumnAsync<string>("MATCH (a)-[r]->() WHERE a:Entity OR a:Article RETURN DISTINCT type(r)")).ToHashSet());
        Assert.Contains("MENTIONS", values);
    }

    /// <summary>
    /// Every neighborhood of the seed graph (every entity and article as centre) for several type
    /// sets: its nodes are those the walk reaches (checked against a variable-length Cypher match
    /// when the limit did not cut them), and its edges are exactly the relationships of the allowed
    /// types among them (a direct Cypher query).
    /// </summary>
    [Theory]
    [InlineData(1, null, null)]
    [InlineData(2, null, "MENTIONS")]
    [InlineData(2, "TWINNED_WITH,PARTICIPATED_IN", null)]
    [InlineData(3, "LOCATED_IN,TWINNED_WITH,HELD_IN", null)]
    public async Task Every_neighborhood_of_the_seed_graph_is_complete(int depth, string? typeList, string? excludeList)
    {
        string[]? types = typeList?.Split(',');
        string[]? excludeTypes = excludeList?.Split(',');
        var centres = await fixture.ColumnAsync<string>("MATCH (n) WHERE n:Entity OR n:Article RETURN n.id ORDER BY n.id");
        var arguments = $"depth: {depth}" +
            (types is null ? "" : $", types: [{string.Join(", ", types)}]") +
            (excludeTypes is null ? "" : $", excludeTypes: [{string.Join(", ", excludeTypes)}]");
        var checkedNodeSets = 0;
        foreach (var batch in centres.Chunk(25))
        {
            var fields = batch.Select((id, i) => $$"""n{{i}}: neighborhood(id: "{{id}}", {{arguments}}) { nodes { id } edges { id } }""");
            var data = await fixture.Api.QueryAsync("{ " + string.Join("\n", fields) + " }");
            for (var i = 0; i < batch.Length; i++)
            {
                var subgraph = data.At($"n{i}");
                var nodes = subgraph.Strings("nodes", "id");
                Assert.Equal(batch[i], nodes[0]);
                Assert.Equal(nodes.Count, nodes.Distinct().Count());
                var edges = subgraph.Strings("edges", "id").Order(StringComparer.Ordinal).ToList();
                var expected = await RelationshipsAmongAsync(nodes, types, excludeTypes);
                Assert.True(expected.SequenceEqual(edges), $"neighborhood(id: {batch[i]}, {arguments}): edges {string.Join(" ", edges)}; Cypher finds {string.Join(" ", expected)}");
                if (nodes.Count < 200)
                {
                    var reached = await fixture.ColumnAsync<string>(
                        $"MATCH p = (c)-[*0..{depth}]-(x) WHERE c.id = $id AND (c:Entity OR c:Article) " +
                        "AND all(n IN nodes(p) WHERE n:Entity OR n:Article) " +
                        "AND all(r IN relationships(p) WHERE ($types IS NULL OR type(r) IN $types) AND NOT type(r) IN $exclude) " +
                        "RETURN DISTINCT x.id AS id ORDER BY id",
                        new { id = batch[i], types, exclude = excludeTypes ?? [] });
                    Assert.Equal(reached, nodes.Order(StringComparer.Ordinal));
                    checkedNodeSets++;
                }
            }
        }

        Assert.True(checkedNodeSets > centres.Count / 2, $"Only {checkedNodeSets} of {centres.Count} node sets were under the limit.");
    }

    [Fact]
    public async Task Edges_of_paths_and_neighborhoods_list_their_history_and_sources()
    {
        // The fuzzer's finding: history (a lookup whose values are a pattern comprehension) under a
        // list of edges compiled to a statement Neo4j refused (an unknown variable).
        const string Edges = "edges { id history { id operation } sources { id } }";
        var data = await fixture.Api.QueryAsync($$"""
            { path(from: "city-tacoma", to: "country-china", types: [TWINNED_WITH, LOCATED_IN]) { {{Edges}} }
              neighborhood(id: "city-tacoma", depth: 2) { nodes { id } {{Edges}} }
              lone: path(from: "city-tacoma", to: "city-tacoma") { {{Edges}} } }
            """);
        Assert.Equal(0, data.At("lone.edges").GetArrayLength());
        foreach (var subgraph in new[] { data.At("path"), data.At("neighborhood") })
        {
            Assert.NotEqual(0, subgraph.At("edges").GetArrayLength());
            foreach (var edge in subgraph.At("edges").EnumerateArray())
            {
                var id = edge.Text("id")!;
                var history = await fixture.ColumnAsync<string>("MATCH (h:History)-[:RECORDED]->(c) WHERE h.itemId = $id RETURN c.id AS id ORDER BY id", new { id });
                Assert.Equal(history, edge.Strings("history", "id").Order(StringComparer.Ordinal));
                var sources = await fixture.ColumnAsync<string>(
                    "MATCH (a)-[r]->(b) WHERE coalesce(r.id, type(r) + ':' + a.id + ':' + b.id) = $id UNWIND coalesce(r.sources, []) AS source " +
                    "MATCH (article:Article {id: source}) RETURN DISTINCT article.id AS id ORDER BY id", new { id });
                Assert.Equal(sources, edge.Strings("sources", "id").Order(StringComparer.Ordinal));
            }
        }
    }

    /// <summary>Ids (as GraphEdge.id has them) of the relationships whose both ends are among <paramref name="nodes"/>, of the allowed types.</summary>
    private Task<List<string>> RelationshipsAmongAsync(IReadOnlyList<string> nodes, string[]? types, string[]? excludeTypes) =>
        fixture.ColumnAsync<string>(
            "MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids AND (a:Entity OR a:Article) AND (b:Entity OR b:Article) " +
            "AND ($types IS NULL OR type(r) IN $types) AND NOT type(r) IN $exclude " +
            "RETURN coalesce(r.id, type(r) + ':' + a.id + ':' + b.id) AS id ORDER BY id",
            new { ids = nodes, types, exclude = excludeTypes ?? [] });

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
