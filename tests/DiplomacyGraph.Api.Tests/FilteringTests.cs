using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// Every <c>where</c> operator, checked against the loaded seed graph: the API's answer must be
/// exactly the ids an independent Cypher query returns, and that set must be neither empty nor
/// everything (so the filter really decided something).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FilteringTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("cities", "{name: {eq: \"Tacoma\"}}", "MATCH (n:City) WHERE n.name = 'Tacoma'")]
    [InlineData("cities", "{name: {neq: \"Tacoma\"}}", "MATCH (n:City) WHERE n.name <> 'Tacoma'")]
    [InlineData("cities", "{id: {in: [\"city-tacoma\", \"city-fuzhou\", \"city-nowhere\"]}}", "MATCH (n:City) WHERE n.id IN ['city-tacoma', 'city-fuzhou']")]
    [InlineData("cities", "{id: {nin: [\"city-tacoma\", \"city-fuzhou\"]}}", "MATCH (n:City) WHERE NOT n.id IN ['city-tacoma', 'city-fuzhou']")]
    [InlineData("entities", "{name: {contains: \"Sister Cities\"}}", "MATCH (n:Entity) WHERE n.name CONTAINS 'Sister Cities'")]
    [InlineData("cities", "{name: {startsWith: \"S\"}}", "MATCH (n:City) WHERE n.name STARTS WITH 'S'")]
    [InlineData("entities", "{name: {endsWith: \"Forum\"}}", "MATCH (n:Entity) WHERE n.name ENDS WITH 'Forum'")]
    [InlineData("events", "{edition: {gt: 3}}", "MATCH (n:Event) WHERE n.edition > 3")]
    [InlineData("events", "{edition: {gte: 3}}", "MATCH (n:Event) WHERE n.edition >= 3")]
    [InlineData("events", "{edition: {lt: 3}}", "MATCH (n:Event) WHERE n.edition < 3")]
    [InlineData("events", "{edition: {lte: 3}}", "MATCH (n:Event) WHERE n.edition <= 3")]
    [InlineData("events", "{startDate: {gte: \"2022\", lt: \"2024\"}}", "MATCH (n:Event) WHERE n.startDate >= '2022' AND n.startDate < '2024'")]
    [InlineData("events", "{virtual: {eq: true}}", "MATCH (n:Event) WHERE n.virtual = true")]
    [InlineData("events", "{edition: {eq: null}}", "MATCH (n:Event) WHERE n.edition IS NULL")]
    [InlineData("events", "{edition: {neq: null}}", "MATCH (n:Event) WHERE n.edition IS NOT NULL")]
    [InlineData("statistics", "{value: {gt: 100}}", "MATCH (n:Statistic) WHERE n.value > 100")]
    [InlineData("subdivisions", "{kind: {in: [\"state\", \"county\"]}}", "MATCH (n:Subdivision) WHERE n.kind IN ['state', 'county']")]
    public async Task A_scalar_operator_selects_what_cypher_selects(string field, string where, string cypher) =>
        await AssertSameIds(field, where, cypher);

    [Theory]
    [InlineData("cities", "{and: [{name: {startsWith: \"S\"}}, {name: {endsWith: \"u\"}}]}", "MATCH (n:City) WHERE n.name STARTS WITH 'S' AND n.name ENDS WITH 'u'")]
    [InlineData("cities", "{or: [{name: {eq: \"Tacoma\"}}, {name: {eq: \"Fuzhou\"}}]}", "MATCH (n:City) WHERE n.name IN ['Tacoma', 'Fuzhou']")]
    [InlineData("cities", "{not: {name: {startsWith: \"S\"}}}", "MATCH (n:City) WHERE NOT n.name STARTS WITH 'S'")]
    [InlineData("events", "{not: {edition: {gt: 2}}}", "MATCH (n:Event) WHERE NOT coalesce(n.edition > 2, false)")]
    [InlineData("cities", "{name: {startsWith: \"S\"}, nameAr: {startsWith: \"س\"}}", "MATCH (n:City) WHERE n.name STARTS WITH 'S' AND n.nameAr STARTS WITH 'س'")]
    public async Task Logical_operators_combine_conditions(string field, string where, string cypher) =>
        await AssertSameIds(field, where, cypher);

    [Theory]
    [InlineData("cities", "{aliases: {some: {startsWith: \"Wash\"}}}", "MATCH (n:City) WHERE any(a IN coalesce(n.aliases, []) WHERE a STARTS WITH 'Wash')")]
    [InlineData("cities", "{aliases: {none: {contains: \"مدينة\"}}}", "MATCH (n:City) WHERE none(a IN coalesce(n.aliases, []) WHERE a CONTAINS 'مدينة')")]
    [InlineData("cities", "{aliases: {all: {startsWith: \"مدينة\"}}}", "MATCH (n:City) WHERE all(a IN coalesce(n.aliases, []) WHERE a STARTS WITH 'مدينة')")]
    public async Task List_operators_quantify_over_the_items(string field, string where, string cypher) =>
        await AssertSameIds(field, where, cypher);

    [Theory]
    [InlineData("cities", "{twins: {some: {name: {eq: \"Tacoma\"}}}}", "MATCH (n:City) WHERE size([(n)-[:TWINNED_WITH]-(t) WHERE t.name = 'Tacoma' | 1]) > 0")]
    [InlineData("cities", "{twins: {none: {}}}", "MATCH (n:City) WHERE size([(n)-[:TWINNED_WITH]-() | 1]) = 0")]
    [InlineData("countries", "{participatedIn: {all: {edition: {neq: null}}}}", "MATCH (n:Country) WHERE all(e IN [(n)-[:PARTICIPATED_IN]->(e:Event) | e] WHERE e.edition IS NOT NULL)")]
    [InlineData("people", "{participatedIn: {some: {edge: {role: {eq: \"speaker\"}}}}}", "MATCH (n:Person) WHERE size([(n)-[r:PARTICIPATED_IN]->(:Event) WHERE r.role = 'speaker' | 1]) > 0")]
    [InlineData("events", "{participants: {some: {edge: {role: {in: [\"host\", \"co_host\"]}}, name: {startsWith: \"C\"}}}}", "MATCH (n:Event) WHERE size([(n)<-[r:PARTICIPATED_IN]-(p) WHERE r.role IN ['host', 'co_host'] AND p.name STARTS WITH 'C' | 1]) > 0")]
    public async Task Relationship_filters_test_the_related_nodes_and_edges(string field, string where, string cypher) =>
        await AssertSameIds(field, where, cypher);

    [Fact]
    public async Task The_where_argument_of_a_relationship_field_filters_by_edge_properties()
    {
        var data = await fixture.Api.QueryAsync("""
            { people(where: {id: {eq: "person-xi-jinping"}}) { nodes { participatedIn(where: {edge: {role: {eq: "letter"}}}, first: 50) { edges { role node { id } } } } } }
            """);
        var expected = await fixture.ColumnAsync<string>(
            "MATCH (:Person {id: 'person-xi-jinping'})-[r:PARTICIPATED_IN]->(e:Event) WHERE r.role = 'letter' RETURN e.id ORDER BY e.id");
        var edges = data.At("people.nodes[0].participatedIn.edges");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, edges.Strings("", "node.id"));
        Assert.All(edges.EnumerateArray(), edge => Assert.Equal("letter", edge.Text("role")));
    }

    [Fact]
    public async Task A_value_that_looks_like_cypher_is_only_a_value()
    {
        var before = await fixture.ColumnAsync<long>("MATCH (n) RETURN count(n)");
        var data = await fixture.Api.QueryAsync("""
            { cities(where: {name: {eq: "x' OR 1=1 WITH n DETACH DELETE n //"}}) { totalCount } }
            """);
        Assert.Equal(0, data.At("cities.totalCount").GetInt32());
        Assert.Equal(before, await fixture.ColumnAsync<long>("MATCH (n) RETURN count(n)"));
    }

    private async Task AssertSameIds(string field, string where, string cypher)
    {
        var data = await fixture.Api.QueryAsync($"{{ {field}(where: {where}, first: 500) {{ totalCount nodes {{ id }} }} }}");
        var label = cypher[(cypher.IndexOf(':') + 1)..cypher.IndexOf(')')];
        var everything = await fixture.ColumnAsync<string>($"MATCH (n:{label}) RETURN n.id");
        var expected = await fixture.ColumnAsync<string>(cypher + " RETURN n.id ORDER BY n.id");

        Assert.NotEmpty(expected);
        Assert.True(expected.Count < everything.Count, $"The filter {where} selects every {label}; it decides nothing.");
        Assert.Equal(expected, data.Strings($"{field}.nodes", "id").Order(StringComparer.Ordinal));
        Assert.Equal(expected.Count, data.At($"{field}.totalCount").GetInt32());
    }
}
