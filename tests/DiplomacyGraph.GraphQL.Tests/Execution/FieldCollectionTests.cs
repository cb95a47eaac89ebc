namespace DiplomacyGraph.GraphQL.Tests.Execution;

/// <summary>https://spec.graphql.org/October2021/#CollectFields() — fragments, type conditions, @skip and @include.</summary>
public sealed class FieldCollectionTests
{
    [Fact]
    public async Task Skip_and_include_follow_literals_and_variables()
    {
        var json = await CharacterSchema.RunAsync(
            "query ($yes: Boolean!, $no: Boolean!) { hero { id @skip(if: $yes) name @include(if: $yes) homeless: id @include(if: $no) } a: greeting @skip(if: false) b: greeting @skip(if: true) @include(if: true) }",
            new Dictionary<string, object?> { ["yes"] = true, ["no"] = false });
        Assert.Equal("""{"data":{"hero":{"name":"Luke"},"a":"Hello world"}}""", json);
    }

    [Fact]
    public async Task Fragments_merge_into_their_response_keys_in_first_seen_order()
    {
        var json = await CharacterSchema.RunAsync("""
            { hero { ...Names ... on Human { homePlanet id } ... on Droid { primaryFunction } } }
            fragment Names on Character { name id ...Names }
            """);
        Assert.Equal("""{"data":{"hero":{"name":"Luke","id":"1","homePlanet":"Tatooine"}}}""", json);
    }

    [Fact]
    public async Task A_skipped_fragment_contributes_nothing()
    {
        var json = await CharacterSchema.RunAsync("""
            { hero { name ...Ids @skip(if: true) ... @include(if: false) { homePlanet } } }
            fragment Ids on Character { id }
            """);
        Assert.Equal("""{"data":{"hero":{"name":"Luke"}}}""", json);
    }

    [Fact]
    public async Task A_root_skip_given_null_is_an_error_with_null_data()
    {
        var json = await EchoSchema.RunAsync(
            "query ($x: Boolean = true) { list @skip(if: $x) }",
            new Dictionary<string, object?> { ["x"] = null });
        Assert.Equal(
            """{"errors":[{"message":"Argument \"if\" of non-null type \"Boolean!\" must not be null.","locations":[{"line":1,"column":45}]}],"data":null}""",
            json);
    }

    [Fact]
    public async Task A_root_include_given_null_in_a_mutation_is_an_error_with_null_data()
    {
        var json = await EchoSchema.RunAsync(
            "mutation ($x: Boolean = true) { m @include(if: $x) }",
            new Dictionary<string, object?> { ["x"] = null });
        Assert.Equal(
            """{"errors":[{"message":"Argument \"if\" of non-null type \"Boolean!\" must not be null.","locations":[{"line":1,"column":48}]}],"data":null}""",
            json);
    }
}
