using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// The parts of the graph model that reach the API through schema.graphql alone: an edge property
/// (the unit a body took part through), list properties of a node (a plan's areas) and relationship
/// types between new label pairs (an event aligned with an agenda, a statement drawing on an
/// initiative), each read over HTTP and checked against the stored graph.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FactModelFieldsTests(ApiFixture fixture)
{
    [Fact]
    public async Task An_organizer_edge_carries_the_unit_the_body_organized_through()
    {
        var data = await fixture.Api.QueryAsync("""
            { events(where: {id: {eq: "event-arab-china-cities-forum-3"}}) { nodes {
                participants(where: {edge: {role: {eq: "organizer"}}}, order: [{name: ASC}]) { totalCount edges { unit unitAr node { id } } } } } }
            """);
        var edges = data.At("events.nodes[0].participants.edges");
        var stored = await fixture.ColumnAsync<string>(
            "MATCH (o)-[r:PARTICIPATED_IN {role: 'organizer'}]->(:Event {id: 'event-arab-china-cities-forum-3'}) WHERE r.unit IS NOT NULL RETURN o.id + ' | ' + r.unit + ' | ' + r.unitAr");

        Assert.Equal(4, data.At("events.nodes[0].participants.totalCount").GetInt32());
        var withUnit = Assert.Single(edges.EnumerateArray(), edge => edge.Text("unit") is not null);
        Assert.Equal(
            Assert.Single(stored),
            $"{withUnit.Text("node.id")} | {withUnit.Text("unit")} | {withUnit.Text("unitAr")}");
        Assert.Equal("organization-arab-league-general-secretariat", withUnit.Text("node.id"));
    }

    [Fact]
    public async Task A_plan_lists_its_areas_in_english_and_arabic()
    {
        var data = await fixture.Api.QueryAsync("""
            { agreements(where: {kind: {eq: "plan"}}, order: [{id: ASC}]) { nodes { id areas areasAr } } }
            """);
        var stored = await fixture.ColumnAsync<string>(
            "MATCH (a:Agreement {kind: 'plan'}) RETURN a.id + ': ' + reduce(text = '', area IN a.areas | text + area + ';') ORDER BY a.id");

        var plans = data.At("agreements.nodes").EnumerateArray().ToList();
        Assert.Equal(3, plans.Count);
        Assert.Equal(
            stored,
            plans.Select(plan => plan.Text("id") + ": " + string.Concat(plan.GetProperty("areas").EnumerateArray().Select(area => area.GetString() + ";"))));
        Assert.All(plans, plan => Assert.Equal(plan.GetProperty("areas").GetArrayLength(), plan.GetProperty("areasAr").GetArrayLength()));
    }

    [Fact]
    public async Task An_event_is_aligned_with_an_agenda_and_a_statement_draws_on_an_initiative()
    {
        var data = await fixture.Api.QueryAsync("""
            {
              events(where: {id: {eq: "event-arab-china-cities-forum-3"}}) { nodes { alignedWith { edges { aspect node { id } } } } }
              agreements(where: {id: {eq: "agreement-belt-and-road-initiative"}}) { nodes { drawnOnBy { nodes { id } } } }
            }
            """);

        var aligned = Assert.Single(data.At("events.nodes[0].alignedWith.edges").EnumerateArray());
        Assert.Equal("agreement-2030-agenda-for-sustainable-development", aligned.Text("node.id"));
        Assert.NotNull(aligned.Text("aspect"));
        Assert.Equal(
            await fixture.ColumnAsync<string>("MATCH (a)-[:DRAWS_ON]->(:Agreement {id: 'agreement-belt-and-road-initiative'}) RETURN a.id"),
            data.Strings("agreements.nodes[0].drawnOnBy.nodes", "id"));
        Assert.Equal(["agreement-arab-china-cities-forum-3-statement"], data.Strings("agreements.nodes[0].drawnOnBy.nodes", "id"));
    }
}
