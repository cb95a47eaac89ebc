using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Cypher.Execution;
using DiplomacyGraph.Cypher.Schema;
using DiplomacyGraph.Cypher.Statistics;
using DiplomacyGraph.Cypher.Translation;
using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation;
using DiplomacyGraph.GraphQL.Validation.Limits;
using DiplomacyGraph.Host.Api;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// The cost limit counts with the graph's statistics (<see cref="ApiCostEstimator"/>): the same request costs what
/// Neo4j would read on the graph it runs on. The statistics are a value, so each test gives its own: the seed
/// graph's (read from the test Neo4j) or a hand-made one with the 1M-entity graph's counts.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class GraphCostTests(ApiFixture fixture)
{
    private static readonly Lazy<CypherTranslator> Translator = new(() => DiplomacyGraphSchema.CreateTranslator());

    private static readonly Lazy<GraphQLSchema> Schema = new(() => DiplomacyGraphSchema.Create(
        Translator.Value, null!, new Curator(CurationRules.Load(GraphLoader.DefaultDataFolder), null)));

    /// <summary>The counts of the synthetic 1M-entity graph (tests/DiplomacyGraph.Scale) that the requests below touch.</summary>
    private static readonly GraphStatistics MillionEntities = new(
        new Dictionary<string, long> { ["Entity"] = 1_000_000, ["Article"] = 1_000, ["City"] = 200_000, ["Country"] = 250, ["Subdivision"] = 50_000 },
        new Dictionary<(string, string), long> { [("Article", "MENTIONS")] = 1_500_000, [("City", "LOCATED_IN")] = 200_000, [("City", "TWINNED_WITH")] = 80_739 },
        new Dictionary<(string, string), long> { [("MENTIONS", "Entity")] = 1_500_000, [("LOCATED_IN", "Country")] = 104_986, [("TWINNED_WITH", "City")] = 80_739 },
        new HashSet<(string, string)> { ("Entity", "id"), ("City", "id"), ("City", "name") },
        new Dictionary<(string, string, RelationshipDirection), long>
        {
            [("City", "TWINNED_WITH", RelationshipDirection.Both)] = 181,
            [("City", "LOCATED_IN", RelationshipDirection.Out)] = 1,
            [("Article", "MENTIONS", RelationshipDirection.Out)] = 1_500,
        });

    /// <summary>A small graph whose arithmetic can be followed by hand.</summary>
    private static readonly GraphStatistics Small = new(
        new Dictionary<string, long> { ["Entity"] = 1_000, ["Article"] = 10, ["City"] = 100 },
        new Dictionary<(string, string), long> { [("Article", "MENTIONS")] = 200, [("City", "LOCATED_IN")] = 100 },
        new Dictionary<(string, string), long> { [("MENTIONS", "Entity")] = 200 },
        new HashSet<(string, string)> { ("City", "name") });

    [Fact]
    public void A_root_page_reads_its_label_and_a_nested_page_the_related_items_of_each_parent()
    {
        const int Item = ApiCostEstimator.ItemCost;

        // articles: 10 nodes read, 2 items returned (20 each), then 2 × (nodes 1 + id 1 + mentions: 20 mentions read
        // (20 each) and 3 items returned (20 each), then 3 × (nodes 1 + id 1)).
        Assert.Equal(
            10 + (2 * Item) + (2 * (1 + 1 + (20 * Item) + (3 * Item) + (3 * 2))),
            Cost(Small, "{ articles(first: 2) { nodes { id mentions(first: 3) { nodes { id } } } } }"));
        // cities: 100 read, 5 returned; a city has 1 LOCATED_IN on average (20), and with no largest degree known its
        // page may hold the default 50 (20 each) × (nodes 1 + id 1).
        Assert.Equal(
            100 + (5 * Item) + (5 * (1 + Item + (50 * Item) + (50 * 2))),
            Cost(Small, "{ cities(first: 5) { nodes { locatedIn { nodes { id } } } } }"));
        // A root page holds at most the label's nodes: 10 articles, not 50.
        Assert.Equal(10 + (10 * Item) + (10 * 2), Cost(Small, "{ articles { nodes { id } } }"));
    }

    [Fact]
    public void A_page_below_a_parent_holds_at_most_the_largest_degree_of_its_relationship()
    {
        const int Item = ApiCostEstimator.ItemCost;
        var known = Small with
        {
            LargestDegrees = new Dictionary<(string, string, RelationshipDirection), long> { [("City", "LOCATED_IN", RelationshipDirection.Out)] = 1 },
        };

        // As above, but every city is located in one place at most: a page of 1, not 50.
        Assert.Equal(100 + (5 * Item) + (5 * (1 + Item + (1 * Item) + (1 * 2))), Cost(known, "{ cities(first: 5) { nodes { locatedIn { nodes { id } } } } }"));
    }

    [Fact]
    public void An_equality_on_an_indexed_property_seeks_instead_of_reading_the_label()
    {
        const int Item = ApiCostEstimator.ItemCost;

        // 1 node seeked and tested (1 + 1 condition), then the default page of 50 (20 each) × (nodes 1 + id 1): a seek's
        // estimate is no bound on the page (kind: "summit" seeks thousands of events at 1M).
        Assert.Equal(2 + (50 * Item) + (50 * 2), Cost(Small, """{ cities(where: {name: {eq: "x"}}) { nodes { id } } }"""));
        Assert.Equal((3 * 2) + (50 * Item) + (50 * 2), Cost(Small, """{ cities(where: {and: [{name: {in: ["x", "y", "z"]}}]}) { nodes { id } } }"""));
        // Not indexed here (id), or not an equality: every city is read and tested (1 + 1 condition each).
        Assert.Equal((100 * 2) + (50 * Item) + (50 * 2), Cost(Small, """{ cities(where: {id: {eq: "x"}}) { nodes { id } } }"""));
        Assert.Equal((100 * 2) + (50 * Item) + (50 * 2), Cost(Small, """{ cities(where: {name: {startsWith: "x"}}) { nodes { id } } }"""));
    }

    [Fact]
    public void A_relationship_condition_costs_each_candidates_average_degree_times_what_it_nests()
    {
        // 1,000 entities read; each reads its mentions (0.2 on average), each costing 20 and tested by 1 condition
        // (1 + 1): 0.2 × 22 = 4.4, counted 5; then 1 item returned (20) and totalCount (1).
        Assert.Equal(
            (1_000 * (1 + 5)) + ApiCostEstimator.ItemCost + 1,
            Cost(Small, """{ entities(first: 1, where: {mentionedIn: {some: {id: {eq: "x"}}}}) { totalCount } }"""));
    }

    [Fact]
    public void Nested_relationship_conditions_add_up_the_items_they_read()
    {
        // Each entity reads 0.2 mentions; each of those (an article) reads 20 mentions (200 / 10), each tested by 1
        // condition: 0.2 × (20 + 1 + 20 × (20 + 1 + 1)) = 92.2, counted 93 per entity.
        Assert.Equal(
            (1_000 * (1 + 93)) + ApiCostEstimator.ItemCost + 1,
            Cost(Small, """{ entities(first: 1, where: {mentionedIn: {some: {mentions: {some: {id: {eq: "x"}}}}}}) { totalCount } }"""));
    }

    [Fact]
    public void Without_statistics_the_cost_counts_from_the_request_alone()
    {
        // cities: 1 + 50 × (nodes: 1 + (twins: 1 + 50 × (nodes: 1 + 1))), as before the statistics existed.
        Assert.Equal(1 + (50 * (1 + 1 + (50 * 2))), Cost(null, "{ cities { nodes { twins { nodes { id } } } } }"));
        Assert.Equal(1 + (50 * (1 + 1)) + 1, Cost(null, """{ entities(first: 1, where: {mentionedIn: {some: {id: {eq: "x"}}}}) { totalCount } }"""));
    }

    public static TheoryData<string> CheapOnTheSeedGraphOnly => new()
    {
        "{ articles(first: 100) { nodes { id mentions(first: 100) { nodes { id } } } } }",
        "{ articles(first: 500) { nodes { id mentions(first: 1) { nodes { id } } } } }",
        """{ entities(first: 10, where: {mentionedIn: {some: {id: {eq: "article-1"}}}}) { totalCount nodes { id } } }""",
    };

    /// <summary>The requests that ran past the deadline on the 1M graph while the cost computed from the request alone allowed them.</summary>
    [Theory]
    [MemberData(nameof(CheapOnTheSeedGraphOnly))]
    public void A_request_allowed_on_the_seed_graph_is_refused_on_the_million_entity_graph(string document)
    {
        var seed = fixture.CostStatistics.Current ?? throw new InvalidOperationException("The fixture reads the seed graph's statistics before the tests.");

        Assert.InRange(Cost(seed, document), 1, ApiServerSettings.DefaultMaxCost);
        Assert.InRange(Cost(MillionEntities, document), ApiServerSettings.DefaultMaxCost + 1, long.MaxValue);
    }

    [Fact]
    public void The_readme_queries_stay_allowed_on_the_million_entity_graph_as_a_normalized_cache_sends_them()
    {
        var city = """{ cities(where: {name: {eq: "Tacoma"}}) { nodes { __typename id name nameAr twins { edges { since node { __typename id name nameAr ... on City { locatedIn { nodes { __typename id name } } } } evidence { quote article { __typename id title publishedOn } } } } } } }""";

        Assert.InRange(Cost(MillionEntities, city), 1, ApiServerSettings.DefaultMaxCost);
    }

    /// <summary>The cost the API's estimator gives the document with these statistics (none: from the request alone).</summary>
    internal static long Cost(GraphStatistics? statistics, string document)
    {
        var estimator = new ApiCostEstimator(Translator.Value.Api, Translator.Value.Options, () => statistics);
        long? cost = null;
        var errors = Validator.Validate(Schema.Value, Parser.Parse(document), [new MaxCostRule(long.MaxValue, null, estimator.Estimate, (_, measured) => cost = measured)]);
        Assert.Empty(errors);
        return cost ?? throw new InvalidOperationException("The rule measured no operation.");
    }
}
