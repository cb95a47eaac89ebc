using System.Text.Json;
using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// An argument means one thing however it arrives (issue 12): a sort object sorts in the order its
/// fields are written, as a literal and as a variable; an Int literal given for an ID is that ID's
/// string; <c>some: {}</c> / <c>none: {}</c> on a list of scalars mean "has any" / "has none".
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class InputCoercionTests(ApiFixture fixture)
{
    [Fact]
    public async Task A_sort_object_with_two_fields_sorts_in_written_order_as_a_literal_and_as_a_variable()
    {
        var byNameThenId = await fixture.ColumnAsync<string>("MATCH (n:Entity) RETURN n.id ORDER BY n.name DESC, n.id ASC LIMIT 30");
        var byIdThenName = await fixture.ColumnAsync<string>("MATCH (n:Entity) RETURN n.id ORDER BY n.id ASC, n.name DESC LIMIT 30");
        Assert.NotEqual(byNameThenId, byIdThenName);

        var literal = await fixture.Api.QueryAsync("""{ entities(order: [{name: DESC, id: ASC}], first: 30) { nodes { id } } }""");
        const string query = "query($order: [EntitySortInput!]) { entities(order: $order, first: 30) { nodes { id } } }";
        var variable = await fixture.Api.QueryAsync(query, JsonDocument.Parse("""{"order": [{"name": "DESC", "id": "ASC"}]}""").RootElement);
        var reversed = await fixture.Api.QueryAsync(query, JsonDocument.Parse("""{"order": [{"id": "ASC", "name": "DESC"}]}""").RootElement);

        Assert.Equal(byNameThenId, literal.Strings("entities.nodes", "id"));
        Assert.Equal(byNameThenId, variable.Strings("entities.nodes", "id"));
        Assert.Equal(byIdThenName, reversed.Strings("entities.nodes", "id"));
    }

    [Fact]
    public async Task An_Int_literal_for_an_ID_is_coerced_to_its_string_as_the_spec_says()
    {
        var expected = await fixture.ColumnAsync<string>("MATCH (n:Entity) WHERE n.id > '1' RETURN n.id ORDER BY n.id");
        var literal = await fixture.Api.QueryAsync("""{ entities(where: {id: {gt: 1}}, first: 500) { nodes { id } } }""");
        var variable = await fixture.Api.QueryAsync("query($v: ID) { entities(where: {id: {gt: $v}}, first: 500) { nodes { id } } }", JsonDocument.Parse("""{"v": 1}""").RootElement);
        var list = await fixture.Api.QueryAsync("""{ entities(where: {id: {in: [1, "city-tacoma"]}}) { nodes { id } } neighborhood(id: 1) { nodes { id } } }""");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, literal.Strings("entities.nodes", "id"));
        Assert.Equal(expected, variable.Strings("entities.nodes", "id"));
        Assert.Equal(["city-tacoma"], list.Strings("entities.nodes", "id"));
        Assert.Equal(0, list.At("neighborhood.nodes").GetArrayLength());
    }

    [Fact]
    public async Task Some_and_none_without_a_condition_mean_has_any_and_has_none()
    {
        var withAliases = (await fixture.ColumnAsync<long>("MATCH (n:Entity) WHERE size(coalesce(n.aliases, [])) > 0 RETURN count(n)"))[0];
        var total = (await fixture.ColumnAsync<long>("MATCH (n:Entity) RETURN count(n)"))[0];
        var data = await fixture.Api.QueryAsync("""
            { some: entities(where: {aliases: {some: {}}}) { totalCount }
              none: entities(where: {aliases: {none: {}}}) { totalCount }
              all: entities(where: {aliases: {all: {}}}) { totalCount }
              someNull: entities(where: {aliases: {some: {eq: null}}}) { totalCount } }
            """);

        Assert.InRange(withAliases, 1, total - 1);
        Assert.Equal(withAliases, data.At("some.totalCount").GetInt64());
        Assert.Equal(total - withAliases, data.At("none.totalCount").GetInt64());
        Assert.Equal(total, data.At("all.totalCount").GetInt64());
        Assert.Equal(0, data.At("someNull.totalCount").GetInt64());
    }
}
