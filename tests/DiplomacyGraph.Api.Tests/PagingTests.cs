using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Cypher.Execution;

namespace DiplomacyGraph.Api.Tests;

/// <summary>Relay cursor paging: first/after, last/before, the edge cases, and cursors that were never issued.</summary>
[Collection(ApiCollection.Name)]
public sealed class PagingTests(ApiFixture fixture)
{
    private const string Page = "totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }";

    [Fact]
    public async Task First_zero_returns_no_edges_but_the_total_and_that_more_exist()
    {
        var data = await fixture.Api.QueryAsync($"{{ entities(first: 0) {{ {Page} }} }}");
        var total = (await fixture.ColumnAsync<long>("MATCH (n:Entity) RETURN count(n)"))[0];
        Assert.Equal(total, data.At("entities.totalCount").GetInt64());
        Assert.Equal(0, data.At("entities.edges").GetArrayLength());
        Assert.True(data.At("entities.pageInfo.hasNextPage").GetBoolean());
        Assert.False(data.At("entities.pageInfo.hasPreviousPage").GetBoolean());
        Assert.Null(data.Text("entities.pageInfo.startCursor"));
        Assert.Null(data.Text("entities.pageInfo.endCursor"));
    }

    [Fact]
    public async Task Paging_forward_with_end_cursors_visits_every_node_once_in_order()
    {
        var expected = await fixture.ColumnAsync<string>("MATCH (n:Entity) RETURN n.id ORDER BY n.name, n.id");
        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var data = await fixture.Api.QueryAsync(
                $"query($after: String) {{ entities(first: 7, after: $after, order: [{{name: ASC}}]) {{ {Page} }} }}", new { after });
            seen.AddRange(data.Strings("entities.edges", "node.id"));
            Assert.Equal(after is not null, data.At("entities.pageInfo.hasPreviousPage").GetBoolean());
            if (!data.At("entities.pageInfo.hasNextPage").GetBoolean())
            {
                break;
            }

            after = data.Text("entities.pageInfo.endCursor");
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Paging_backward_with_last_and_before_visits_every_node_once_in_order()
    {
        var expected = await fixture.ColumnAsync<string>("MATCH (n:City) RETURN n.id ORDER BY n.name, n.id");
        var seen = new List<string>();
        string? before = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var data = await fixture.Api.QueryAsync(
                $"query($before: String) {{ cities(last: 4, before: $before, order: [{{name: ASC}}]) {{ {Page} }} }}", new { before });
            seen.InsertRange(0, data.Strings("cities.edges", "node.id"));
            if (!data.At("cities.pageInfo.hasPreviousPage").GetBoolean())
            {
                break;
            }

            before = data.Text("cities.pageInfo.startCursor");
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task After_the_last_cursor_the_page_is_empty_and_says_there_is_no_more()
    {
        var all = await fixture.Api.QueryAsync($"{{ countries(first: 100) {{ {Page} }} }}");
        var last = all.Text("countries.pageInfo.endCursor");
        var data = await fixture.Api.QueryAsync($"query($after: String) {{ countries(first: 5, after: $after) {{ {Page} }} }}", new { after = last });
        Assert.Equal(0, data.At("countries.edges").GetArrayLength());
        Assert.False(data.At("countries.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(all.At("countries.totalCount").GetInt32(), data.At("countries.totalCount").GetInt32());
    }

    [Fact]
    public async Task Edge_cursors_continue_a_page_from_any_edge()
    {
        var all = await fixture.Api.QueryAsync($"{{ cities(first: 100) {{ {Page} }} }}");
        var third = all.Text("cities.edges[2].cursor");
        var data = await fixture.Api.QueryAsync($"query($after: String) {{ cities(first: 2, after: $after) {{ {Page} }} }}", new { after = third });
        Assert.Equal(all.Strings("cities.edges", "node.id").Skip(3).Take(2), data.Strings("cities.edges", "node.id"));
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("b2Zmc2V0Oi0x")] // base64 of "offset:-1"
    [InlineData("aGVsbG8=")] // base64 of "hello"
    [InlineData("b2Zmc2V0OjkyMjMzNzIwMzY4NTQ3NzU4MDc=")] // base64 of "offset:9223372036854775807", whose next offset overflows
    [InlineData("b2Zmc2V0Ojk5OTk5OTk5OTk5OTk5OTk5OTk5")] // base64 of "offset:99999999999999999999"
    [InlineData("b2Zmc2V0OiAx")] // base64 of "offset: 1"
    public async Task A_forged_cursor_is_a_clear_error(string cursor)
    {
        var response = await fixture.Api.PostAsync("query($after: String) { cities(first: 2, after: $after) { nodes { id } } }", new { after = cursor });
        var message = Assert.Single(response.Errors);
        Assert.Contains($"The cursor '{cursor}' given as 'after' is not valid", message, StringComparison.Ordinal);
        Assert.Equal(GraphApi.InvalidArgumentCode, response.FirstErrorCode);
    }

    [Theory]
    [InlineData("first: -1", "'first' must not be negative; got -1.")]
    [InlineData("last: -3", "'last' must not be negative; got -3.")]
    [InlineData("first: 100000", "'first' of 'cities' may be at most 500; got 100000.")]
    public async Task Page_sizes_out_of_range_are_clear_errors(string arguments, string message)
    {
        var response = await fixture.Api.PostAsync($"{{ cities({arguments}) {{ nodes {{ id }} }} }}");
        Assert.Contains(message, Assert.Single(response.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relationship_field_pages_with_its_own_arguments_and_total()
    {
        var data = await fixture.Api.QueryAsync("""
            { events(where: {id: {eq: "event-us-china-sister-cities-summit-6"}}) {
                nodes { first: participants(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
                        all: participants(first: 100) { nodes { id } } } } }
            """);
        var all = data.Strings("events.nodes[0].all.nodes", "id");
        var total = (await fixture.ColumnAsync<long>("MATCH (:Event {id: 'event-us-china-sister-cities-summit-6'})<-[:PARTICIPATED_IN]-(p) RETURN count(p)"))[0];
        Assert.True(total > 2);
        Assert.Equal(total, data.At("events.nodes[0].first.totalCount").GetInt64());
        Assert.Equal(all.Take(2), data.Strings("events.nodes[0].first.nodes", "id"));
        Assert.True(data.At("events.nodes[0].first.pageInfo.hasNextPage").GetBoolean());
    }
}
