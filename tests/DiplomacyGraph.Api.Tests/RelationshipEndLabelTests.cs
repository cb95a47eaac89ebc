using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Cypher.Translation;
using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.Host.Api;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// The API's compiler knows the relationship types' allowed label pairs (<c>relationship-types.yaml</c>,
/// which every write is checked against) and leaves out the label test they make true: every node that
/// LOCATED_IN reaches is a Place, so <c>contains</c> does not test each one for Country, Subdivision or
/// City. The answers stay those of Cypher with the test written out.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RelationshipEndLabelTests(ApiFixture fixture)
{
    private const string ContainsQuery = """
        {
          countries(where: {id: {eq: "country-china"}}) {
            nodes {
              contains(first: 3) { totalCount nodes { __typename id } }
              twins { totalCount }
              hubs: contains(where: {contains: {some: {id: {startsWith: "city-"}}}}) { nodes { id } }
            }
          }
        }
        """;

    [Fact]
    public async Task A_hub_page_tests_no_label_the_allowed_pairs_guarantee_and_answers_as_cypher_with_the_test()
    {
        fixture.Statements.Clear();
        var data = await fixture.Api.QueryAsync(ContainsQuery);

        var statement = Assert.Single(fixture.Statements.Statements, statement => statement.Text.Contains("LOCATED_IN", StringComparison.Ordinal));
        Assert.DoesNotContain(":`Subdivision` OR", statement.Text, StringComparison.Ordinal);

        var places = await fixture.ColumnAsync<string>("""
            MATCH (:Country {id: 'country-china'})<-[:LOCATED_IN]-(m)
            WHERE m:Country OR m:Subdivision OR m:City
            RETURN m.id ORDER BY m.id
            """);
        Assert.True(places.Count > 3, "the seed graph's China contains more places than one page");
        var contains = data.At("countries.nodes[0].contains");
        Assert.Equal(places.Count, contains.At("totalCount").GetInt32());
        Assert.Equal(places.Take(3), contains.At("nodes").EnumerateArray().Select(node => node.Text("id")));

        var parents = await fixture.ColumnAsync<string>("""
            MATCH (:Country {id: 'country-china'})<-[:LOCATED_IN]-(m)
            WHERE (m:Country OR m:Subdivision OR m:City)
              AND size([(m)<-[:LOCATED_IN]-(x) WHERE (x:Country OR x:Subdivision OR x:City) AND x.id STARTS WITH 'city-' | 1]) > 0
            RETURN m.id ORDER BY m.id
            """);
        Assert.NotEmpty(parents);
        Assert.Equal(parents, data.At("countries.nodes[0].hubs.nodes").EnumerateArray().Select(node => node.Text("id")));
    }

    [Fact]
    public void Without_the_allowed_pairs_the_label_test_is_written()
    {
        var document = Parser.Parse(ContainsQuery);
        var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
        var request = new RootFieldRequest(field.Name.Value, [field], new Dictionary<string, FragmentDefinitionNode>(), new Dictionary<string, object?>());

        var withoutRules = DiplomacyGraphSchema.CreateTranslator().Translate(request).Text;
        var withRules = DiplomacyGraphSchema.CreateTranslator(rules: CurationRules.Load(GraphLoader.DefaultDataFolder)).Translate(request).Text;

        Assert.Contains(":`Country` OR", withoutRules, StringComparison.Ordinal);
        Assert.DoesNotContain(":`Country` OR", withRules, StringComparison.Ordinal);
    }
}
