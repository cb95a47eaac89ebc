using System.Text.Json;
using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.GraphQL.AspNetCore.Tests;
using Xunit.Abstractions;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// Apollo Client's InMemoryCache and urql's Graphcache, run from Node against the real host
/// (<c>tests/js/caches.mjs</c>), must answer exactly what the server answered: on the README's
/// queries and on symmetric relationships seen from both ends in one response, where edge objects
/// with one <c>__typename</c> and <c>id</c> but different <c>node</c>s used to be merged by the caches
/// (Apollo answered "Fuzhou → Tacoma; Tacoma → Tacoma").
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class NormalizedCacheTests(ApiFixture fixture, ITestOutputHelper output)
{
    private const string TwinsFromBothEnds = """
        { tacoma: cities(where: {id: {eq: "city-tacoma"}}) { nodes { id name twins { edges { cursor relationshipId since node { id name } } } } }
          fuzhou: cities(where: {id: {eq: "city-fuzhou"}}) { nodes { id name twins { edges { cursor relationshipId since node { id name } } } } } }
        """;

    private const string CountryRelationsFromBothEnds = """
        { countries(first: 100) { nodes { id name
            partnerships { edges { relationshipId level since node { id name } } }
            diplomaticRelations { edges { relationshipId since node { id name } } } } } }
        """;

    // One relationship in two lists of one response: a different cursor in each.
    private const string OneRelationshipInTwoOrders = """
        { countries(where: {id: {eq: "country-china"}}) { nodes { id
            byName: diplomaticRelations(order: [{name: ASC}]) { edges { cursor relationshipId node { id name } } }
            byNameDescending: diplomaticRelations(order: [{name: DESC}]) { edges { cursor relationshipId node { id name } } } } } }
        """;

    [Fact]
    public async Task The_symmetric_cases_really_show_one_relationship_from_both_ends()
    {
        var twins = await fixture.Api.QueryAsync(TwinsFromBothEnds);
        Assert.Equal(["city-fuzhou"], twins.Strings("tacoma.nodes[0].twins.edges", "node.id"));
        Assert.Contains("city-tacoma", twins.Strings("fuzhou.nodes[0].twins.edges", "node.id"));
        var relationship = Assert.Single(twins.Strings("tacoma.nodes[0].twins.edges", "relationshipId"));
        Assert.Contains(relationship, twins.Strings("fuzhou.nodes[0].twins.edges", "relationshipId"));

        var countries = await fixture.Api.QueryAsync(CountryRelationsFromBothEnds);
        foreach (var field in new[] { "partnerships", "diplomaticRelations" })
        {
            var ends = countries.At("countries.nodes").EnumerateArray()
                .SelectMany(country => country.Strings($"{field}.edges", "relationshipId"))
                .GroupBy(id => id)
                .Count(group => group.Count() == 2);
            Assert.True(ends > 0, $"No {field} relationship is seen from both its ends.");
        }

        var orders = await fixture.Api.QueryAsync(OneRelationshipInTwoOrders);
        Assert.True(orders.At("countries.nodes[0].byName.edges").GetArrayLength() > 1, "China needs two diplomatic relations for the two orders to differ.");
    }

    [Fact]
    public async Task Apollo_and_urql_caches_answer_what_the_server_answered()
    {
        var cases = ReadmeQueries.All().Select((query, index) => new { name = $"README example {index + 1}", query })
            .Append(new { name = "Tacoma and Fuzhou twins, both ends", query = TwinsFromBothEnds })
            .Append(new { name = "country partnerships and diplomatic relations, both ends", query = CountryRelationsFromBothEnds })
            .Append(new { name = "one relationship in two orders", query = OneRelationshipInTwoOrders })
            .ToList();
        var casesFile = Path.Combine(Path.GetTempPath(), $"diplomacygraph-cache-cases-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(casesFile, JsonSerializer.Serialize(cases));
        try
        {
            var run = await NodeScripts.RunAsync("caches.mjs", [fixture.Endpoint.ToString(), casesFile], TimeSpan.FromMinutes(3));
            output.WriteLine(run.Output);
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains($"All {cases.Count} cases agree with the server in both caches.", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(casesFile);
        }
    }
}
