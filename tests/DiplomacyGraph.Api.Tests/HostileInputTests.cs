using System.Text.Json;
using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Cypher.Execution;
using DiplomacyGraph.Host.Api;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// Requests written to break out of the Cypher they are compiled to. A value may only ever reach
/// Neo4j as a parameter; a name (field, enum value, label, relationship type) only after it was
/// checked against the schema. Either way the graph is left as it was.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HostileInputTests(ApiFixture fixture)
{
    private const string Hostile = "x`}) DETACH DELETE n //'\"";

    /// <summary>Each query takes the hostile text as <c>$v</c>, and the path of its answer that must be empty (or null).</summary>
    public static TheoryData<string, string> QueriesTakingAValue => new()
    {
        { "query($v: String) { cities(where: {name: {eq: $v}}) { nodes { id } } }", "cities.nodes" },
        { "query($v: String) { cities(where: {name: {in: [$v]}, or: [{nameAr: {startsWith: $v}}]}) { nodes { id } } }", "cities.nodes" },
        { "query($v: String) { entities(where: {aliases: {some: {contains: $v}}}) { nodes { id } } }", "entities.nodes" },
        { "query($v: String) { cities { nodes { twins(where: {edge: {since: {eq: $v}}}) { nodes { id } } } } }", "cities.nodes[0].twins.nodes" },
        { "query($v: ID!) { node(id: $v) { id } }", "node" },
        { "query($v: ID!) { nodes(ids: [$v]) { id } }", "nodes[0]" },
        { "query($v: String!) { search(text: $v) { score } }", "search" },
        { "query($v: ID!) { neighborhood(id: $v) { nodes { id } } }", "neighborhood.nodes" },
    };

    [Theory]
    [MemberData(nameof(QueriesTakingAValue))]
    public async Task A_hostile_value_reaches_Neo4j_only_as_a_parameter_and_matches_nothing(string query, string emptyAnswer)
    {
        var before = await fixture.GraphStateAsync();
        fixture.Statements.Clear();

        var data = await fixture.Api.QueryAsync(query, new { v = Hostile });

        var statement = Assert.Single(fixture.Statements.Statements);
        Assert.DoesNotContain(Hostile, statement.Text, StringComparison.Ordinal);
        Assert.Contains(Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(statement.Parameters).Values, value => Holds(value, Hostile));
        var answer = data.At(emptyAnswer);
        Assert.True(answer.ValueKind is JsonValueKind.Null || (answer.ValueKind is JsonValueKind.Array && answer.GetArrayLength() == 0), $"Expected nothing at {emptyAnswer}: {answer}");
        Assert.Equal(before, await fixture.GraphStateAsync());
    }

    /// <summary>Names that are not in the schema, given through variables (a literal would not even parse), and the name the error must quote.</summary>
    public static TheoryData<string, string, string> QueriesTakingAName => new()
    {
        { "query($w: CityFilterInput) { cities(where: $w) { nodes { id } } }", """{"w": {"name`}) DETACH DELETE n //": {"eq": "x"}}}""", "name`}) DETACH DELETE n //" },
        { "query($w: CityFilterInput) { cities(where: $w) { nodes { id } } }", """{"w": {"name": {"eq) DETACH DELETE n //": "x"}}}""", "eq) DETACH DELETE n //" },
        { "query($o: [CitySortInput!]) { cities(order: $o) { nodes { id } } }", """{"o": [{"name": "DESC, n.x) DETACH DELETE n //"}]}""", "DESC, n.x) DETACH DELETE n //" },
        { "query($o: [CitySortInput!]) { cities(order: $o) { nodes { id } } }", """{"o": [{"name`) DETACH DELETE n //": "ASC"}]}""", "name`) DETACH DELETE n //" },
        { "query($v: [EntityLabel!]) { search(text: \"tacoma\", labels: $v) { score } }", """{"v": ["City`) DETACH DELETE n //"]}""", "City`) DETACH DELETE n //" },
        { "query($v: [RelationshipType!]) { neighborhood(id: \"city-tacoma\", types: $v) { edges { id } } }", """{"v": ["TWINNED_WITH'] DETACH DELETE n //"]}""", "TWINNED_WITH'] DETACH DELETE n //" },
        { "query($v: [RelationshipType!]) { path(from: \"city-tacoma\", to: \"country-china\", excludeTypes: $v) { nodes { id } } }", """{"v": ["MENTIONS'] DETACH DELETE n //"]}""", "MENTIONS'] DETACH DELETE n //" },
    };

    [Theory]
    [MemberData(nameof(QueriesTakingAName))]
    public async Task A_name_the_schema_does_not_have_is_refused_before_any_statement_is_sent(string query, string variables, string name)
    {
        var before = await fixture.GraphStateAsync();
        fixture.Statements.Clear();

        var response = await fixture.Api.PostAsync(query, JsonDocument.Parse(variables).RootElement);

        Assert.Contains(name, Assert.Single(response.Errors), StringComparison.Ordinal);
        Assert.Empty(fixture.Statements.Statements);
        Assert.Equal(before, await fixture.GraphStateAsync());
    }

    [Fact]
    public async Task A_hostile_relationship_type_is_refused_as_unknown_and_nothing_is_written()
    {
        var before = await fixture.GraphStateAsync();

        var response = await fixture.Api.PostAsync(
            """mutation($type: String!) { addRelationship(input: {type: $type, from: "city-tacoma", to: "city-fuzhou", evidence: ["001_b4110a3c5ae23741:0-40"]}) { id } }""",
            new { type = Hostile },
            ApiFixture.ApiKey);

        Assert.Equal(MutationResolvers.RejectedCode, response.FirstErrorCode);
        Assert.Contains($"'{Hostile}' is not a relationship type", Assert.Single(response.Errors), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.GraphStateAsync());
    }

    [Theory]
    [InlineData("""mutation($v: ID!) { updateEntity(input: {id: $v, description: "x"}) { id } }""", "no entity has the id")]
    [InlineData("""mutation($v: ID!) { removeRelationship(id: $v) }""", "no relationship has the id")]
    [InlineData("""mutation($v: ID!) { mergeEntities(survivorId: "city-tacoma", mergedId: $v) { id } }""", "no entity has the id")]
    public async Task A_hostile_id_in_a_mutation_is_an_unknown_id_and_nothing_is_written(string mutation, string problem)
    {
        var before = await fixture.GraphStateAsync();

        var response = await fixture.Api.PostAsync(mutation, new { v = Hostile }, ApiFixture.ApiKey);

        Assert.Equal(Domain.Curation.CurationErrorCodes.NotFound, response.FirstErrorCode);
        Assert.Contains($"{problem} '{Hostile}'", Assert.Single(response.Errors), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.GraphStateAsync());
    }

    [Fact]
    public async Task A_hostile_label_for_a_new_entity_is_refused_by_its_enum()
    {
        var before = await fixture.GraphStateAsync();

        var response = await fixture.Api.PostAsync(
            """mutation($label: EntityLabel!) { createEntity(input: {label: $label, name: "Hostile Town", evidence: ["001_b4110a3c5ae23741:0-40"]}) { id } }""",
            new { label = "City`) DETACH DELETE n //" },
            ApiFixture.ApiKey);

        Assert.Contains("City`) DETACH DELETE n //", Assert.Single(response.Errors), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.GraphStateAsync());
    }

    [Theory]
    [InlineData("""{ neighborhood(id: "city-tacoma", depth: 50) { nodes { id } } }""", "Argument 'depth' of 'neighborhood' must be between 1 and 3; got 50.")]
    [InlineData("""{ neighborhood(id: "city-tacoma", depth: null) { nodes { id } } }""", "Argument 'depth' of 'neighborhood' must be between 1 and 3; got null.")]
    [InlineData("""{ neighborhood(id: "city-tacoma", limit: 0) { nodes { id } } }""", "Argument 'limit' of 'neighborhood' must be between 1 and 1000; got 0.")]
    [InlineData("""{ neighborhood(id: "city-tacoma", limit: null) { nodes { id } } }""", "Argument 'limit' of 'neighborhood' must be between 1 and 1000; got null.")]
    [InlineData("""{ path(from: "city-tacoma", to: "country-china", maxLength: 2147483647) { nodes { id } } }""", "Argument 'maxLength' of 'path' must be between 1 and 10; got 2147483647.")]
    [InlineData("""{ path(from: "city-tacoma", to: "country-china", maxLength: null) { nodes { id } } }""", "Argument 'maxLength' of 'path' must be between 1 and 10; got null.")]
    [InlineData("""{ search(text: "china", first: 0) { score } }""", "Argument 'first' of 'search' must be between 1 and 100; got 0.")]
    [InlineData("""{ search(text: "china", first: null) { score } }""", "Argument 'first' of 'search' must be between 1 and 100; got null.")]
    public async Task Subgraph_and_search_bounds_are_refused_with_a_clear_error_before_any_statement_is_sent(string query, string message)
    {
        fixture.Statements.Clear();

        var response = await fixture.Api.PostAsync(query);

        Assert.Equal(message, Assert.Single(response.Errors));
        Assert.Equal(GraphApi.InvalidArgumentCode, response.FirstErrorCode);
        Assert.Empty(fixture.Statements.Statements);
    }

    [Theory]
    [InlineData("contains", 60_000)]
    [InlineData("startsWith", 1_001)]
    [InlineData("endsWith", 1_001)]
    public async Task A_string_filter_operand_over_a_thousand_characters_is_refused_before_any_statement_is_sent(string operation, int length)
    {
        // Neo4j failed on such operands of tens of thousands of characters ("Determinizing automaton").
        fixture.Statements.Clear();
        var operand = new string('a', length);

        static string NameFilter(string operation, string operand) => "{ entities(where: {name: {" + operation + ": \"" + operand + "\"}}) { nodes { id } } }";
        var literal = await fixture.Api.PostAsync(NameFilter(operation, operand));
        var variable = await fixture.Api.PostAsync(
            "query($text: String) { cities(where: {twins: {some: {aliases: {some: {" + operation + ": $text}}}}}) { nodes { id } } }", new { text = operand });

        var message = $"The '{operation}' filter operand is {length:N0} characters long; string filter operands may be at most 1,000 characters.";
        foreach (var response in new[] { literal, variable })
        {
            Assert.Equal(message, Assert.Single(response.Errors));
            Assert.Equal(GraphApi.InvalidArgumentCode, response.FirstErrorCode);
        }

        Assert.Empty(fixture.Statements.Statements);
        var atTheLimit = await fixture.Api.QueryAsync(NameFilter(operation, new string('a', 1_000)));
        Assert.Equal(0, atTheLimit.At("entities.nodes").GetArrayLength());
    }

    [Fact]
    public async Task A_hostile_depth_in_a_variable_is_refused_like_a_literal_one()
    {
        var response = await fixture.Api.PostAsync("query($depth: Int) { neighborhood(id: \"city-tacoma\", depth: $depth) { nodes { id } } }", new { depth = 50 });

        Assert.Equal("Argument 'depth' of 'neighborhood' must be between 1 and 3; got 50.", Assert.Single(response.Errors));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("ـــ ،؟")]
    public async Task Search_for_empty_or_blank_text_finds_nothing(string text)
    {
        var data = await fixture.Api.QueryAsync("query($text: String!) { search(text: $text) { score } }", new { text });

        Assert.Equal(0, data.At("search").GetArrayLength());
    }

    [Fact]
    public async Task Search_for_very_long_text_answers_from_its_first_words()
    {
        // Search reads the first SearchQuery.MaximumWords words; the rest only costs the normalizer.
        var text = string.Concat(Enumerable.Repeat("Tacoma Beijing ", 5_000));

        var data = await fixture.Api.QueryAsync("query($text: String!) { search(text: $text) { score entity { id } } }", new { text });

        Assert.InRange(data.At("search").GetArrayLength(), 1, 10);
        Assert.Contains(data.Text("search[0].entity.id"), new[] { "city-tacoma", "city-beijing" });
    }

    /// <summary>Whether a parameter value is, or holds in a list or map, this text.</summary>
    private static bool Holds(object? value, string text) => value switch
    {
        string s => s == text,
        IDictionary<string, object?> map => map.Values.Any(item => Holds(item, text)),
        System.Collections.IEnumerable items => items.Cast<object?>().Any(item => Holds(item, text)),
        _ => false,
    };
}
