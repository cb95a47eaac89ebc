using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests;

/// <summary><c>order</c> on root connections and relationship fields, by node and by edge properties, compared with Cypher's ORDER BY.</summary>
[Collection(ApiCollection.Name)]
public sealed class OrderingTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("cities", "[{name: ASC}]", "MATCH (n:City) RETURN n.id ORDER BY n.name, n.id")]
    [InlineData("cities", "[{name: DESC}]", "MATCH (n:City) RETURN n.id ORDER BY n.name DESC, n.id")]
    [InlineData("events", "[{edition: DESC}, {name: ASC}]", "MATCH (n:Event) RETURN n.id ORDER BY n.edition DESC, n.name, n.id")]
    [InlineData("organizations", "[{kind: ASC, name: DESC}]", "MATCH (n:Organization) RETURN n.id ORDER BY n.kind, n.name DESC, n.id")]
    public async Task Root_connections_are_ordered_as_cypher_orders_them(string field, string order, string cypher)
    {
        var data = await fixture.Api.QueryAsync($"{{ {field}(order: {order}, first: 500) {{ nodes {{ id }} }} }}");
        var expected = await fixture.ColumnAsync<string>(cypher);
        Assert.True(expected.Count > 2);
        Assert.Equal(expected, data.Strings($"{field}.nodes", "id"));
    }

    [Fact]
    public async Task Without_an_order_nodes_come_by_id_so_pages_are_stable()
    {
        var data = await fixture.Api.QueryAsync("{ countries { nodes { id } } }");
        var expected = await fixture.ColumnAsync<string>("MATCH (n:Country) RETURN n.id ORDER BY n.id");
        Assert.Equal(expected, data.Strings("countries.nodes", "id"));
    }

    [Fact]
    public async Task A_relationship_field_orders_by_edge_properties_then_node_fields()
    {
        var data = await fixture.Api.QueryAsync("""
            { events(where: {id: {eq: "event-us-china-sister-cities-summit-6"}}) {
                nodes { participants(order: [{edge: {role: DESC}}, {name: ASC}], first: 100) { edges { role node { id } } } } } }
            """);
        var expected = await fixture.ColumnAsync<string>("""
            MATCH (e:Event {id: 'event-us-china-sister-cities-summit-6'})<-[r:PARTICIPATED_IN]-(p)
            RETURN p.id ORDER BY r.role DESC, p.name, p.id, id(r)
            """);
        Assert.True(expected.Count > 2);
        Assert.Equal(expected, data.Strings("events.nodes[0].participants.edges", "node.id"));
    }

    [Fact]
    public async Task Nested_relationship_fields_are_ordered_inside_each_parent()
    {
        var data = await fixture.Api.QueryAsync("""
            { countries(order: [{name: ASC}]) { nodes { id participatedIn(order: [{startDate: DESC}], first: 100) { nodes { id } } } } }
            """);
        foreach (var country in data.At("countries.nodes").EnumerateArray())
        {
            var expected = await fixture.ColumnAsync<string>(
                "MATCH (:Country {id: $id})-[r:PARTICIPATED_IN]->(e:Event) RETURN e.id ORDER BY e.startDate DESC, e.id, id(r)",
                new { id = country.Text("id") });
            Assert.Equal(expected, country.Strings("participatedIn.nodes", "id"));
        }
    }
}
