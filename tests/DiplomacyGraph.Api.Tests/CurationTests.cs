using System.Text.Json;
using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.Host.Api;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// The curation mutations against the real graph: what they write is what the loader would write
/// and what the queries then find; a refused change lists every problem and writes nothing. Each
/// test removes what it created, so the seed graph the other tests read stays as loaded.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CurationTests(ApiFixture fixture) : IAsyncLifetime
{
    private const string Span = "001_b4110a3c5ae23741:0-233";

    public Task InitializeAsync() => CleanUpAsync();

    public Task DisposeAsync() => CleanUpAsync();

    [Fact]
    public async Task A_created_entity_has_its_provenance_and_is_found_by_search_and_by_id()
    {
        var created = await MutateAsync("""
            mutation { createEntity(input: {label: City, name: "Curation Testville", nameAr: "تستفيل", aliases: ["Testville", "الساحلية"], evidence: ["001_b4110a3c5ae23741:0-233"]}) {
              __typename id name nameAr aliases sources { id } evidence { start end quote } } }
            """);
        var city = created.At("createEntity");
        Assert.Equal("City", city.Text("__typename"));
        Assert.Equal("city-curation-testville", city.Text("id"));
        Assert.Equal(["Testville", "الساحلية"], city.Strings("aliases", ""));
        Assert.Equal(["001_b4110a3c5ae23741"], city.Strings("sources", "id"));
        Assert.Equal(233, city.At("evidence[0].end").GetInt32());
        if (fixture.CorpusFolder is not null)
        {
            Assert.Equal(233, city.Text("evidence[0].quote")!.Length);
        }

        var found = await fixture.Api.QueryAsync("""{ search(text: "وتستفيل") { matched entity { id } } node(id: "city-curation-testville") { id } }""");
        Assert.Equal("city-curation-testville", found.Text("search[0].entity.id"));
        Assert.Equal("تستفيل", found.Text("search[0].matched"));
        Assert.Equal("city-curation-testville", found.Text("node.id"));
    }

    [Fact]
    public async Task Update_changes_names_and_description_and_adds_evidence()
    {
        await CreateCityAsync("Curation Updateville", "الصداقة");
        var updated = await MutateAsync("""
            mutation { updateEntity(input: {id: "city-curation-updateville", aliases: ["Updateburg", "شينخوا"], description: "A test city.", evidence: ["001_b4110a3c5ae23741:0-100"]}) {
              id aliases description evidence { start end } } }
            """);
        var city = updated.At("updateEntity");
        Assert.Equal(["Updateburg", "شينخوا"], city.Strings("aliases", ""));
        Assert.Equal("A test city.", city.Text("description"));
        Assert.Equal([233, 100], city.At("evidence").EnumerateArray().Select(span => span.At("end").GetInt32()));

        // The second query is two edits from the new ten-letter alias: the update wrote its pieces too.
        var found = await fixture.Api.QueryAsync("""{ search(text: "updateburg") { entity { id } } typo: search(text: "apdatebourg") { entity { id } } }""");
        Assert.Equal("city-curation-updateville", found.Text("search[0].entity.id"));
        Assert.Equal("city-curation-updateville", found.Text("typo[0].entity.id"));
    }

    [Fact]
    public async Task A_refused_entity_lists_every_problem_and_writes_nothing()
    {
        var before = await fixture.GraphStateAsync();
        var response = await fixture.Api.PostAsync("""
            mutation { createEntity(input: {label: City, name: "Tacoma", kind: "state", date: "19-4",
              evidence: ["no-such-article:0-10", "001_b4110a3c5ae23741:0-99999999", "garbage"]}) { id } }
            """, apiKey: ApiFixture.ApiKey);

        Assert.Equal(MutationResolvers.RejectedCode, response.FirstErrorCode);
        var problems = Problems(response);
        Assert.Contains(problems, problem => problem.Contains("'kind' is not a property a City can have", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("'date' is not a property a City can have", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("cites the article 'no-such-article', which is not in the graph", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("'garbage' is not a span", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("already used by the City 'city-tacoma'", StringComparison.Ordinal));
        if (fixture.CorpusFolder is not null)
        {
            Assert.Contains(problems, problem => problem.Contains("does not lie inside article '001_b4110a3c5ae23741'", StringComparison.Ordinal));
        }

        Assert.Equal(before, await fixture.GraphStateAsync());
    }

    [Fact]
    public async Task An_entity_without_evidence_or_with_an_unknown_id_is_refused()
    {
        var before = await fixture.GraphStateAsync();
        var noEvidence = await fixture.Api.PostAsync("""mutation { createEntity(input: {label: Person, name: "Nobody Known", evidence: []}) { id } }""", apiKey: ApiFixture.ApiKey);
        var unknown = await fixture.Api.PostAsync("""mutation { updateEntity(input: {id: "city-atlantis", description: "x"}) { id } }""", apiKey: ApiFixture.ApiKey);

        Assert.Contains(Problems(noEvidence), problem => problem.Contains("evidence is required", StringComparison.Ordinal));
        Assert.Contains(Problems(unknown), problem => problem.Contains("no entity has the id 'city-atlantis'", StringComparison.Ordinal));
        Assert.Equal(before, await fixture.GraphStateAsync());
    }

    [Fact]
    public async Task An_added_relationship_is_an_edge_the_queries_see_until_it_is_removed()
    {
        await CreateCityAsync("Curation Twinville", "التبادلات");
        var added = await MutateAsync("""
            mutation { addRelationship(input: {type: "TWINNED_WITH", from: "city-tacoma", to: "city-curation-twinville", since: "2020", evidence: ["001_b4110a3c5ae23741:0-233"]}) {
              id type source target properties sources { id } } }
            """);
        var edge = added.At("addRelationship");
        Assert.Equal("TWINNED_WITH:city-curation-twinville:city-tacoma", edge.Text("id"));
        Assert.Equal("city-curation-twinville", edge.Text("source"));
        Assert.Equal("2020", edge.Text("properties.since"));
        Assert.Equal(["001_b4110a3c5ae23741"], edge.Strings("sources", "id"));

        var twins = await fixture.Api.QueryAsync("""{ node(id: "city-tacoma") { ... on City { twins(where: {edge: {since: {eq: "2020"}}}) { nodes { id } } } } }""");
        Assert.Equal(["city-curation-twinville"], twins.Strings("node.twins.nodes", "id"));

        var removed = await MutateAsync("""mutation { removeRelationship(id: "TWINNED_WITH:city-curation-twinville:city-tacoma") }""");
        Assert.Equal("TWINNED_WITH:city-curation-twinville:city-tacoma", removed.Text("removeRelationship"));
        var after = await fixture.Api.QueryAsync("""{ node(id: "city-tacoma") { ... on City { twins(where: {edge: {since: {eq: "2020"}}}) { totalCount } } } }""");
        Assert.Equal(0, after.At("node.twins.totalCount").GetInt32());

        var again = await fixture.Api.PostAsync("""mutation { removeRelationship(id: "TWINNED_WITH:city-curation-twinville:city-tacoma") }""", apiKey: ApiFixture.ApiKey);
        Assert.Contains(Problems(again), problem => problem.Contains("no relationship has the id", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("TWINNED_WITH", "country-china", "city-tacoma", "", "TWINNED_WITH cannot go from a Country to a City", CurationErrorCodes.Rejected)]
    [InlineData("FRIENDS_WITH", "city-tacoma", "city-fuzhou", "", "'FRIENDS_WITH' is not a relationship type", CurationErrorCodes.Rejected)]
    [InlineData("LOCATED_IN", "city-tacoma", "country-china", "since: \"2001\"", "LOCATED_IN has no property 'since'", CurationErrorCodes.Rejected)]
    [InlineData("LOCATED_IN", "city-tacoma", "subdivision-washington", "", "already exists", CurationErrorCodes.AlreadyExists)]
    [InlineData("TWINNED_WITH", "city-tacoma", "city-fuzhou", "", "the evidence does not name 'city-fuzhou'", CurationErrorCodes.Rejected)]
    [InlineData("TWINNED_WITH", "city-tacoma", "city-atlantis", "", "no node has the id 'city-atlantis'", CurationErrorCodes.NotFound)]
    [InlineData("HOLDS_OFFICE", "person-xi-jinping", "country-china", "since: \"last year\"", "'since' must be an ISO-8601 date", CurationErrorCodes.Rejected)]
    public async Task A_relationship_the_rules_do_not_allow_is_refused_and_nothing_is_written(string type, string from, string to, string properties, string problem, string code)
    {
        var before = await fixture.GraphStateAsync();
        var response = await fixture.Api.PostAsync(
            $$"""mutation { addRelationship(input: {type: "{{type}}", from: "{{from}}", to: "{{to}}", {{properties}} evidence: ["{{Span}}"]}) { id } }""",
            apiKey: ApiFixture.ApiKey);
        Assert.Equal(code, response.FirstErrorCode);
        Assert.Contains(Problems(response), found => found.Contains(problem, StringComparison.Ordinal));
        Assert.Equal(before, await fixture.GraphStateAsync());
    }

    [Fact]
    public async Task A_relationship_without_evidence_is_refused()
    {
        var before = await fixture.GraphStateAsync();
        var response = await fixture.Api.PostAsync(
            """mutation { addRelationship(input: {type: "NEAR", from: "city-tacoma", to: "city-houston", evidence: []}) { id } }""", apiKey: ApiFixture.ApiKey);
        Assert.Contains(Problems(response), found => found.Contains("evidence is required", StringComparison.Ordinal));
        Assert.Equal(before, await fixture.GraphStateAsync());
    }

    [Fact]
    public async Task Merging_moves_names_relationships_and_evidence_to_the_survivor_and_deletes_the_other()
    {
        await CreateCityAsync("Curation Mergetown", "المستويات");
        await CreateCityAsync("Curation Mergeville", "يوليو", "001_b4110a3c5ae23741:0-50");
        await MutateAsync("""
            mutation { addRelationship(input: {type: "LOCATED_IN", from: "city-curation-mergeville", to: "subdivision-washington", evidence: ["001_b4110a3c5ae23741:0-233"]}) { id } }
            """);

        var merged = await MutateAsync("""
            mutation { mergeEntities(survivorId: "city-curation-mergetown", mergedId: "city-curation-mergeville") {
              id aliases evidence { end } ... on City { locatedIn { edges { relationshipId node { id } } } } } }
            """);
        var survivor = merged.At("mergeEntities");
        Assert.Contains("Curation Mergeville", survivor.Strings("aliases", ""));
        Assert.Equal([233, 50], survivor.At("evidence").EnumerateArray().Select(span => span.At("end").GetInt32()));
        Assert.Equal(["subdivision-washington"], survivor.Strings("locatedIn.edges", "node.id"));
        Assert.Equal(["LOCATED_IN:city-curation-mergetown:subdivision-washington"], survivor.Strings("locatedIn.edges", "relationshipId"));
        Assert.Empty(await fixture.ColumnAsync<string>("MATCH (n {id: 'city-curation-mergeville'}) RETURN n.id"));

        var search = await fixture.Api.QueryAsync("""{ search(text: "curation mergeville") { entity { id } } }""");
        Assert.Equal("city-curation-mergetown", search.Text("search[0].entity.id"));
    }

    [Fact]
    public async Task Evidence_that_does_not_name_the_entity_is_refused_and_a_quote_can_be_evidence()
    {
        var before = await fixture.GraphStateAsync();
        var unnamed = await fixture.Api.PostAsync(
            """mutation { createEntity(input: {label: City, name: "Curation Fez", evidence: ["001_b4110a3c5ae23741:0-233"]}) { id } }""", apiKey: ApiFixture.ApiKey);
        Assert.Equal(MutationResolvers.RejectedCode, unnamed.FirstErrorCode);
        Assert.Contains(Problems(unnamed), problem => problem.Contains("the evidence does not name 'city-curation-fez'", StringComparison.Ordinal));
        Assert.Equal(before, await fixture.GraphStateAsync());
        if (fixture.CorpusFolder is null)
        {
            return;
        }

        // Two words of the article's first sentence, written without its hamza and taa marbuta spelling.
        var quoted = await MutateAsync("""
            mutation { createEntity(input: {label: City, name: "Curation Quoteville", aliases: ["الساحليه"], quotes: [{article: "001_b4110a3c5ae23741", quote: "تاكوما الساحليه"}]}) {
              evidence { start end quote } } }
            """);
        Assert.EndsWith("الساحلية", quoted.Text("createEntity.evidence[0].quote")!, StringComparison.Ordinal);
        Assert.StartsWith("تاكوما", quoted.Text("createEntity.evidence[0].quote")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merging_entities_of_different_labels_is_refused_and_nothing_changes()
    {
        var before = await fixture.GraphStateAsync();
        var response = await fixture.Api.PostAsync("""mutation { mergeEntities(survivorId: "country-china", mergedId: "city-beijing") { id } }""", apiKey: ApiFixture.ApiKey);
        Assert.Contains(Problems(response), found => found.Contains("a City cannot be merged into a Country", StringComparison.Ordinal));
        Assert.Equal(before, await fixture.GraphStateAsync());
    }

    /// <summary>A test city; its evidence must name it, so it gets an alias that the span has (a single word of the article).</summary>
    private async Task CreateCityAsync(string name, string aliasInSpan, string span = Span) =>
        await MutateAsync($$"""mutation { createEntity(input: {label: City, name: "{{name}}", aliases: ["{{aliasInSpan}}"], evidence: ["{{span}}"]}) { id } }""");

    private async Task<JsonElement> MutateAsync(string mutation) => await fixture.Api.QueryAsync(mutation, apiKey: ApiFixture.ApiKey);

    private static List<string> Problems(GraphQLResponse response)
    {
        Assert.True(response.Errors.Count > 0, $"Expected the change to be refused: {response.Body}");
        return [.. response.Root.At("errors[0].extensions.problems").EnumerateArray().Select(problem => problem.GetString()!)];
    }

    private Task CleanUpAsync() => fixture.Cypher.RunAsync(new Neo4j.Statement("MATCH (n:Entity) WHERE n.id STARTS WITH 'city-curation-' DETACH DELETE n"));
}
