using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// However deep the selection — fragments, aliases, nested relationships with their own filters,
/// order and paging, edge properties, lookups — each root field is one Cypher statement. The
/// statement log of the API's Neo4j client is the witness.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OneStatementPerRootFieldTests(ApiFixture fixture)
{
    private const string DepthFourQuery = """
        query Deep($city: String!) {
          cities(where: {name: {eq: $city}}) {
            edges {
              cursor
              node {
                ...CityParts
                twins(first: 5, order: [{name: ASC}]) {
                  totalCount
                  edges {
                    since
                    sources { id title }
                    evidence { start end quote article { id } }
                    node {
                      name
                      locatedIn(first: 2) {
                        nodes {
                          __typename
                          name
                          ... on Subdivision {
                            locatedIn(first: 2) { nodes { id name } }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
          summits: events(where: {kind: {eq: "summit"}}, order: [{edition: ASC}], first: 3) {
            nodes {
              name
              heldIn { nodes { name ... on City { locatedIn { nodes { name ... on Subdivision { locatedIn { nodes { name } } } } } } } }
              participants(where: {edge: {role: {eq: "host"}}}) { edges { role node { __typename name } } }
            }
          }
        }

        fragment CityParts on City {
          id
          name
          nameAr
          sources { id }
        }
        """;

    [Fact]
    public async Task A_depth_four_query_with_two_root_fields_sends_two_statements()
    {
        fixture.Statements.Clear();

        var data = await fixture.Api.QueryAsync(DepthFourQuery, new { city = "Tacoma" });

        var statements = fixture.Statements.Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, statement => Assert.DoesNotContain("Tacoma", statement.Text, StringComparison.Ordinal));
        Assert.Contains(statements, statement => statement.Parameters!.Values.Contains("Tacoma"));
        Assert.Equal("Fuzhou", data.Text("cities.edges[0].node.twins.edges[0].node.name"));
        Assert.Equal("1994", data.Text("cities.edges[0].node.twins.edges[0].since"));
    }

    [Fact]
    public async Task The_depth_four_answer_agrees_with_cypher()
    {
        var data = await fixture.Api.QueryAsync(DepthFourQuery, new { city = "Tacoma" });
        var twin = data.At("cities.edges[0].node.twins.edges[0]");

        var chain = await fixture.ColumnAsync<string>("""
            MATCH (:City {name: 'Tacoma'})-[:TWINNED_WITH]-(t)-[:LOCATED_IN]->(s:Subdivision)-[:LOCATED_IN]->(c)
            RETURN t.name + '/' + s.name + '/' + c.name
            """);
        var answer = $"{twin.Text("node.name")}/{twin.Text("node.locatedIn.nodes[0].name")}/{twin.Text("node.locatedIn.nodes[0].locatedIn.nodes[0].name")}";
        Assert.Equal(chain, [answer]);
        Assert.Equal("Subdivision", twin.Text("node.locatedIn.nodes[0].__typename"));

        var evidence = twin.At("evidence[0]");
        var span = (await fixture.ColumnAsync<IReadOnlyList<object?>>("MATCH (:City {name: 'Tacoma'})-[r:TWINNED_WITH]-() RETURN r.evidence"))[0][0] as string;
        Assert.Equal(span, $"{evidence.Text("article.id")}:{evidence.At("start").GetInt32()}-{evidence.At("end").GetInt32()}");
        if (fixture.CorpusFolder is not null)
        {
            Assert.False(string.IsNullOrEmpty(evidence.Text("quote")));
        }
    }

    [Fact]
    public async Task Aliases_of_one_relationship_field_with_different_arguments_each_get_their_own_answer()
    {
        fixture.Statements.Clear();
        var data = await fixture.Api.QueryAsync("""
            { countries(where: {id: {eq: "country-china"}}) { nodes {
                firstTwo: participatedIn(first: 2, order: [{name: ASC}]) { nodes { name } }
                lastOne: participatedIn(last: 1, order: [{name: ASC}]) { nodes { name } }
                named: participatedIn(where: {name: {contains: "Summit"}}) { totalCount } } } }
            """);
        var names = await fixture.ColumnAsync<string>("MATCH (:Country {id: 'country-china'})-[:PARTICIPATED_IN]->(e:Event) RETURN e.name ORDER BY e.name, e.id");
        var summits = names.Count(name => name.Contains("Summit", StringComparison.Ordinal));

        Assert.Single(fixture.Statements.Statements);
        Assert.Equal(names.Take(2), data.Strings("countries.nodes[0].firstTwo.nodes", "name"));
        Assert.Equal(names.TakeLast(1), data.Strings("countries.nodes[0].lastOne.nodes", "name"));
        Assert.Equal(summits, data.At("countries.nodes[0].named.totalCount").GetInt32());
    }

    [Fact]
    public async Task Fragments_on_different_object_types_each_get_their_own_nested_fields()
    {
        fixture.Statements.Clear();
        var data = await fixture.Api.QueryAsync("""
            { entities(where: {id: {in: ["city-tacoma", "person-xi-jinping"]}}, order: [{name: ASC}]) {
                nodes { __typename id
                  ... on City { twins { nodes { id } } }
                  ... on Person { related: offices { edges { title node { id } } } } } } }
            """);

        Assert.Single(fixture.Statements.Statements);
        var nodes = data.At("entities.nodes");
        Assert.Equal(["City", "Person"], data.Strings("entities.nodes", "__typename"));
        Assert.Equal(
            await fixture.ColumnAsync<string>("MATCH (:City {id: 'city-tacoma'})-[:TWINNED_WITH]-(t) RETURN t.id ORDER BY t.id"),
            nodes[0].Strings("twins.nodes", "id"));
        Assert.Equal(
            await fixture.ColumnAsync<string>("MATCH (:Person {id: 'person-xi-jinping'})-[:HOLDS_OFFICE]->(o) RETURN o.id ORDER BY o.id"),
            nodes[1].Strings("related.edges", "node.id"));
        Assert.False(nodes[0].TryGetProperty("related", out _));
        Assert.False(nodes[1].TryGetProperty("twins", out _));
    }

    [Fact]
    public async Task Skip_and_include_leave_unwanted_fields_out_of_the_statement()
    {
        fixture.Statements.Clear();
        var data = await fixture.Api.QueryAsync("""
            query($withTwins: Boolean!) { cities(where: {id: {eq: "city-tacoma"}}) { nodes { name
              twins @include(if: $withTwins) { nodes { id } }
              locatedIn @skip(if: true) { nodes { id } } } } }
            """, new { withTwins = false });

        var statement = Assert.Single(fixture.Statements.Statements);
        Assert.DoesNotContain("TWINNED_WITH", statement.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("LOCATED_IN", statement.Text, StringComparison.Ordinal);
        Assert.Equal("Tacoma", data.Text("cities.nodes[0].name"));
        Assert.False(data.At("cities.nodes[0]").TryGetProperty("twins", out _));
    }

    [Fact]
    public async Task Search_neighborhood_and_node_are_one_statement_each()
    {
        fixture.Statements.Clear();
        await fixture.Api.QueryAsync("""
            { search(text: "tacoma") { entity { name sources { id } ... on City { twins { nodes { name } } } } }
              neighborhood(id: "city-tacoma") { nodes { id } edges { type sources { id } } }
              node(id: "city-fuzhou") { id ... on City { locatedIn { nodes { name } } } } }
            """);
        Assert.Equal(3, fixture.Statements.Statements.Count);
    }
}
