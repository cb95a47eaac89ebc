using System.Net;
using System.Text.Json;
using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.Host.Api;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// The change history through the API: each mutation is recorded under the curator name of its API
/// key, entities and edges list their changes, the root <c>changes</c> filters them, and
/// <c>revertChange</c> undoes one (and is recorded). Each test removes what it created.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class HistoryTests(ApiFixture fixture) : IAsyncLifetime
{
    private const string Span = "001_b4110a3c5ae23741:0-233";
    private const string City = "city-curation-historyville";
    private const string Twins = "TWINNED_WITH:city-curation-historyville:city-tacoma";
    private const string AliceKey = "alice-test-key";

    public Task InitializeAsync() => CleanUpAsync();

    public Task DisposeAsync() => CleanUpAsync();

    [Fact]
    public async Task Changes_are_recorded_per_curator_listed_per_item_and_filtered_at_the_root()
    {
        await using var app = ApiServer.Build(fixture.Settings with { CuratorApiKeys = new Dictionary<string, string> { ["alice"] = AliceKey } });
        await app.StartAsync();
        using var client = new GraphQLClient(ApiServer.EndpointUri(app));
        var start = DateTime.UtcNow.AddSeconds(-1).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

        await client.QueryAsync($$"""mutation { createEntity(input: {label: City, name: "Curation Historyville", aliases: ["الساحلية"], evidence: ["{{Span}}"]}) { id } }""", apiKey: AliceKey);
        await client.QueryAsync($$"""mutation { updateEntity(input: {id: "{{City}}", description: "A test city."}) { id } }""", apiKey: ApiFixture.ApiKey);
        var added = await client.QueryAsync($$"""mutation { addRelationship(input: {type: "TWINNED_WITH", from: "city-tacoma", to: "{{City}}", since: "2020", evidence: ["{{Span}}"]}) { id history { operation curator } } }""", apiKey: AliceKey);
        Assert.Equal(["alice"], added.Strings("addRelationship.history", "curator"));

        var city = await fixture.Api.QueryAsync($$"""
            { node(id: "{{City}}") { ... on City { history { curator operation subjects before after evidence { span } }
                twins { edges { relationshipId history { curator operation after } } } } } }
            """);
        var history = city.At("node.history");
        Assert.Equal(["createEntity", "updateEntity"], history.Strings("", "operation"));
        Assert.Equal(["alice", CuratorKeys.SingleKeyCurator], history.Strings("", "curator"));
        Assert.Equal([Span], history.Strings("[0].evidence", "span"));
        Assert.Equal(JsonValueKind.Object, history.At("[0].before").ValueKind);
        Assert.False(history.At("[0].before").TryGetProperty(City, out _));
        Assert.Equal("Curation Historyville", history.Text($"[0].after.{City}.properties.name"));
        Assert.False(history.At($"[1].before.{City}.properties").TryGetProperty("description", out _));
        Assert.Equal("A test city.", history.Text($"[1].after.{City}.properties.description"));

        var edge = city.At("node.twins.edges[0]");
        Assert.Equal(Twins, edge.Text("relationshipId"));
        Assert.Equal(["addRelationship"], edge.Strings("history", "operation"));
        Assert.Equal("2020", edge.Text($"history[0].after.{Twins}.properties.since"));
        var subgraphs = await fixture.Api.QueryAsync($$"""
            { path(from: "{{City}}", to: "city-tacoma") { edges { id history { operation } } }
              neighborhood(id: "{{City}}") { edges { id history { operation } } } }
            """);
        foreach (var subgraph in new[] { "path", "neighborhood" })
        {
            var twins = Assert.Single(subgraphs.At($"{subgraph}.edges").EnumerateArray());
            Assert.Equal(Twins, twins.Text("id"));
            Assert.Equal(["addRelationship"], twins.Strings("history", "operation"));
        }

        var byAlice = await fixture.Api.QueryAsync($$$"""{ changes(where: {curator: {eq: "alice"}, at: {gte: "{{{start}}}"}}) { totalCount nodes { operation subjects } } }""");
        Assert.Equal(["createEntity", "addRelationship"], byAlice.Strings("changes.nodes", "operation"));
        var later = await fixture.Api.QueryAsync("""{ changes(where: {at: {gte: "2999-01-01"}}) { totalCount } }""");
        Assert.Equal(0, later.At("changes.totalCount").GetInt32());
        await app.StopAsync();
    }

    [Fact]
    public async Task Revert_restores_the_previous_state_is_recorded_and_refuses_a_superseded_change()
    {
        await fixture.Api.QueryAsync($$"""mutation { createEntity(input: {label: City, name: "Curation Historyville", aliases: ["الساحلية"], evidence: ["{{Span}}"]}) { id } }""", apiKey: ApiFixture.ApiKey);
        await fixture.Api.QueryAsync($$"""mutation { updateEntity(input: {id: "{{City}}", description: "First."}) { id } }""", apiKey: ApiFixture.ApiKey);
        await fixture.Api.QueryAsync($$"""mutation { updateEntity(input: {id: "{{City}}", description: "Second."}) { id } }""", apiKey: ApiFixture.ApiKey);
        var ids = (await fixture.Api.QueryAsync($$"""{ node(id: "{{City}}") { ... on City { history { id } } } }""")).Strings("node.history", "id");

        var superseded = await fixture.Api.PostAsync($$"""mutation { revertChange(id: "{{ids[1]}}") { id } }""", apiKey: ApiFixture.ApiKey);
        Assert.Equal(CurationErrorCodes.Superseded, superseded.FirstErrorCode);
        Assert.Equal("Second.", (await DescriptionAsync()));

        var reverted = await fixture.Api.QueryAsync($$"""mutation { revertChange(id: "{{ids[2]}}") { operation curator reverts { id } subjects } }""", apiKey: ApiFixture.ApiKey);
        Assert.Equal("revertChange", reverted.Text("revertChange.operation"));
        Assert.Equal(ids[2], reverted.Text("revertChange.reverts.id"));
        Assert.Equal([City], reverted.Strings("revertChange.subjects", ""));
        Assert.Equal("First.", await DescriptionAsync());

        var wrongKey = await fixture.Api.PostAsync($$"""mutation { revertChange(id: "{{ids[1]}}") { id } }""", apiKey: "not-the-key");
        Assert.Equal(HttpStatusCode.Forbidden, wrongKey.Status);
        Assert.Equal("API_KEY_INVALID", wrongKey.FirstErrorCode);
        Assert.Equal(4, (await fixture.Api.QueryAsync($$"""{ node(id: "{{City}}") { ... on City { history { id } } } }""")).At("node.history").GetArrayLength());
    }

    private async Task<string?> DescriptionAsync() =>
        (await fixture.Api.QueryAsync($$"""{ node(id: "{{City}}") { ... on City { description } } }""")).Text("node.description");

    private async Task CleanUpAsync()
    {
        await fixture.Cypher.RunAsync(new Neo4j.Statement("MATCH (n:Entity) WHERE n.id STARTS WITH 'city-curation-historyville' DETACH DELETE n"));
        await fixture.Cypher.RunAsync(new Neo4j.Statement("MATCH (c:Change) WHERE any(id IN c.subjects WHERE id CONTAINS 'city-curation-historyville') DETACH DELETE c"));
        await fixture.Cypher.RunAsync(new Neo4j.Statement("MATCH (h:History) WHERE h.itemId CONTAINS 'city-curation-historyville' DETACH DELETE h"));
    }
}
