using System.Text.Json;
using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests;

/// <summary>Relay's <c>node(id:)</c> and <c>nodes(ids:)</c> over every node type.</summary>
[Collection(ApiCollection.Name)]
public sealed class GlobalObjectIdentificationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Node_finds_an_entity_or_an_article_by_id_with_its_type()
    {
        var article = (await fixture.ColumnAsync<string>("MATCH (a:Article) RETURN a.id ORDER BY a.id LIMIT 1"))[0];
        var data = await fixture.Api.QueryAsync("""
            query($article: ID!) {
              city: node(id: "city-fuzhou") { __typename id ... on City { name locatedIn { nodes { name } } } }
              article: node(id: $article) { __typename id ... on Article { title } }
              none: node(id: "city-atlantis") { id }
            }
            """, new { article });
        Assert.Equal("City", data.Text("city.__typename"));
        Assert.Equal("Fuzhou", data.Text("city.name"));
        Assert.Equal("Fujian", data.Text("city.locatedIn.nodes[0].name"));
        Assert.Equal("Article", data.Text("article.__typename"));
        Assert.False(string.IsNullOrEmpty(data.Text("article.title")));
        Assert.Equal(JsonValueKind.Null, data.At("none").ValueKind);
    }

    [Fact]
    public async Task Nodes_answers_each_id_in_order_with_null_for_unknown_ones()
    {
        var data = await fixture.Api.QueryAsync("""
            { nodes(ids: ["person-xi-jinping", "nobody", "country-russia", "person-xi-jinping"]) { __typename id ... on Entity { name } } }
            """);
        var nodes = data.At("nodes");
        Assert.Equal(4, nodes.GetArrayLength());
        Assert.Equal("Person", nodes[0].Text("__typename"));
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal("Russia", nodes[2].Text("name"));
        Assert.Equal("person-xi-jinping", nodes[3].Text("id"));
    }

    [Fact]
    public async Task An_interface_root_field_lists_every_label_and_tells_their_types()
    {
        var data = await fixture.Api.QueryAsync("{ entities(first: 500) { totalCount nodes { __typename id } } }");
        var expected = await fixture.ColumnAsync<string>("MATCH (n:Entity) RETURN head([l IN labels(n) WHERE l <> 'Entity']) + ':' + n.id ORDER BY n.id");
        Assert.Equal(expected, data.At("entities.nodes").EnumerateArray().Select(node => node.Text("__typename") + ":" + node.Text("id")));
    }
}
