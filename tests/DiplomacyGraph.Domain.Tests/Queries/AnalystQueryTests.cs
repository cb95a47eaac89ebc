using DiplomacyGraph.Domain.Tests.Support;
using DiplomacyGraph.Neo4j;
using Record = DiplomacyGraph.Neo4j.Record;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Domain.Tests.Queries;

/// <summary>
/// Each analyst question run against the loaded seed graph, its answer checked against what the
/// articles say.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class AnalystQueryTests(Neo4jFixture fixture) : IAsyncLifetime
{
    private const string Article000 = "000_2a62da6a5c15cfd4";
    private const string Article001 = "001_b4110a3c5ae23741";
    private const string Cpaffc = "Chinese People's Association for Friendship with Foreign Countries";

    /// <summary>The questions this class answers; every file in cypher/queries must be one of them.</summary>
    private static readonly string[] Covered =
    [
        "city-twins", "co-mentioned-entities", "country-relations", "event-participants-by-role", "event-speakers",
        "events-in-country", "figure-over-time", "person-offices", "relationship-provenance", "series-earlier-editions",
        "shared-agreements", "shortest-path",
    ];

    public Task InitializeAsync() => SeedGraph.LoadAsync(fixture.Client);

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<IReadOnlyList<Record>> Run(string name, object parameters) => AnalystQueries.RunAsync(fixture.Client, name, parameters);

    private static IReadOnlyList<string?> Column(IReadOnlyList<Record> records, string column) =>
        [.. records.Select(record => record.Get<string?>(column))];

    public static TheoryData<string> QueryNames() => [.. AnalystQueries.Names];

    [Fact]
    public void There_are_at_least_ten_questions_and_each_has_a_test()
    {
        Assert.True(AnalystQueries.Names.Count >= 10);
        Assert.Equal(Covered.Order(StringComparer.Ordinal), AnalystQueries.Names);
    }

    [Theory]
    [MemberData(nameof(QueryNames))]
    public void Each_question_documents_its_question_parameters_result_and_example(string name)
    {
        var header = AnalystQueries.Text(name).Split('\n').TakeWhile(line => line.StartsWith("//", StringComparison.Ordinal)).ToList();
        foreach (var part in new[] { "// Question:", "// Parameters:", "// Returns:", "// Example:" })
        {
            Assert.Contains(header, line => line.StartsWith(part, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task City_twins_tacoma_is_twinned_with_fuzhou_since_1994()
    {
        var records = await Run("city-twins", new { city = "Tacoma" });

        var twin = Assert.Single(records);
        Assert.Equal("Fuzhou", twin.Get<string>("twin"));
        Assert.Equal("فوتشو", twin.Get<string>("twinAr"));
        Assert.Equal("1994", twin.Get<string>("since"));
        Assert.Equal([Article001], twin.Get<IReadOnlyList<object?>>("sources"));
    }

    [Fact]
    public async Task City_twins_finds_nanjing_by_its_arabic_name_twinned_with_st_louis_since_1979_by_both_sister_city_articles()
    {
        var twin = Assert.Single(await Run("city-twins", new { city = "نانجينغ" }));
        Assert.Equal("St. Louis", twin.Get<string>("twin"));
        Assert.Equal("1979", twin.Get<string?>("since"));
        Assert.Equal([Article000, Article001], twin.Get<IReadOnlyList<object?>>("sources"));
    }

    [Fact]
    public async Task City_twins_of_a_city_without_a_stated_year_have_no_since()
    {
        var twin = Assert.Single(await Run("city-twins", new { city = "Lijiang" }));
        Assert.Equal("Roanoke", twin.Get<string>("twin"));
        Assert.Null(twin.Get<string?>("since"));
    }

    [Fact]
    public async Task Event_participants_of_the_tacoma_summit_by_role()
    {
        var records = await Run("event-participants-by-role", new { @event = "event-us-china-sister-cities-summit-6" });

        var byRole = records.ToDictionary(
            record => record.Get<string>("role"),
            record => record.Get<IReadOnlyList<object?>>("participants").Cast<IReadOnlyDictionary<string, object?>>().Select(p => (string)p["name"]!).ToList());
        Assert.Equal([Cpaffc, "Sister Cities International"], byRole["co_sponsor"]);
        Assert.Equal(["Victoria Woodards", "Yang Wanming"], byRole["speaker"]);
    }

    [Fact]
    public async Task Event_participants_of_the_third_arab_china_cities_forum_are_four_organizers_the_league_through_its_unit()
    {
        var records = await Run("event-participants-by-role", new { @event = "event-arab-china-cities-forum-3" });

        var organizers = Assert.Single(records, record => record.Get<string>("role") == "organizer")
            .Get<IReadOnlyList<object?>>("participants").Cast<IReadOnlyDictionary<string, object?>>().ToList();
        Assert.Equal(
            [
                ("Arab Towns Organization", null),
                ("China-Arab Friendship Association", null),
                (Cpaffc, null),
                ("General Secretariat of the League of Arab States", "Social Affairs Sector / Civil Society Organizations Department"),
            ],
            organizers.Select(organizer => ((string)organizer["name"]!, (string?)organizer["unit"])));
    }

    [Fact]
    public async Task Shared_agreements_china_and_russia_signed_the_2001_treaty()
    {
        var treaty = Assert.Single(await Run("shared-agreements", new { country1 = "China", country2 = "روسيا" }));
        Assert.Equal("Treaty of Good-Neighborliness and Friendly Cooperation between China and Russia", treaty.Get<string>("agreement"));
        Assert.Equal("2001", treaty.Get<string>("date"));
        Assert.Equal(("signatory", "signatory"), (treaty.Get<string>("role1"), treaty.Get<string>("role2")));
    }

    [Fact]
    public async Task Shared_agreements_china_initiated_the_belt_and_road_kazakhstan_joined()
    {
        var records = await Run("shared-agreements", new { country1 = "China", country2 = "Kazakhstan" });
        var beltAndRoad = Assert.Single(records, record => record.Get<string>("agreement") == "Belt and Road Initiative");
        Assert.Equal(("initiator", "participant"), (beltAndRoad.Get<string>("role1"), beltAndRoad.Get<string>("role2")));
    }

    [Fact]
    public async Task Shared_agreements_china_and_kazakhstan_plan_cooperation_in_traditional_and_new_fields()
    {
        var records = await Run("shared-agreements", new { country1 = "الصين", country2 = "Kazakhstan" });
        var plans = records.Where(record => record.Get<string>("kind") == "plan").ToList();

        Assert.Equal(
            ["China-Kazakhstan plan to deepen cooperation in traditional fields", "China-Kazakhstan plan to grow cooperation in new fields"],
            Column(plans, "agreement"));
        Assert.Equal(["economy", "trade", "investment", "production capacity", "connectivity", "energy"], plans[0].Get<IReadOnlyList<object?>>("areas"));
        Assert.Contains("space", plans[1].Get<IReadOnlyList<object?>>("areas"));
        Assert.All(plans, plan => Assert.Equal(("participant", "participant"), (plan.Get<string>("role1"), plan.Get<string>("role2"))));
        Assert.Empty(Assert.Single(records, record => record.Get<string>("agreement") == "Belt and Road Initiative").Get<IReadOnlyList<object?>>("areas"));
    }

    [Fact]
    public async Task Figure_over_time_china_us_sister_pairs_284_in_2023_and_286_in_2024_with_their_articles()
    {
        var records = await Run("figure-over-time", new { about1 = "China", about2 = "الولايات المتحدة", unit = "pairs" });

        Assert.Equal([284L, 286L], records.Select(record => record.Get<long>("value")));
        Assert.Equal(["2023-11-06", "2024-07-19"], Column(records, "asOf"));
        Assert.Equal([Article000, Article001], Column(records, "article"));
        Assert.Contains("284", records[0].Get<string>("quote"), StringComparison.Ordinal);
        Assert.Contains("286", records[1].Get<string>("quote"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Person_offices_arken_imirbaki_holds_two()
    {
        var records = await Run("person-offices", new { person = "Arken Imirbaki" });

        Assert.Equal(["President", "Vice Chairman"], Column(records, "title").Order(StringComparer.Ordinal));
        Assert.Contains("China-Arab Friendship Association", Column(records, "body").Select(body => body!), StringComparer.Ordinal);
    }

    [Fact]
    public async Task Event_speakers_at_the_2024_tacoma_summit_and_their_offices()
    {
        var records = await Run("event-speakers", new { city = "Tacoma", year = "2024" });

        Assert.Equal(["Victoria Woodards", "Yang Wanming"], Column(records, "speaker"));
        Assert.Equal(["Mayor, Tacoma"], records[0].Get<IReadOnlyList<object?>>("offices"));
        Assert.Equal([$"President, {Cpaffc}"], records[1].Get<IReadOnlyList<object?>>("offices"));
        Assert.All(records, record => Assert.Equal("6th US-China Sister Cities Summit", record.Get<string>("event")));
    }

    [Fact]
    public async Task Events_in_country_china_include_the_summits_in_nanchang_and_suzhou_and_the_quanzhou_forum()
    {
        var records = await Run("events-in-country", new { country = "الصين" });
        var places = records.Select(record => (record.Get<string?>("startDate"), record.Get<string>("place"))).ToList();

        Assert.Contains(("2016", "Nanchang"), places);
        Assert.Contains(("2014", "Quanzhou"), places);
        Assert.Contains(places, place => place.Item2 == "Suzhou" && place.Item1!.StartsWith("2023", StringComparison.Ordinal));
        Assert.DoesNotContain(places, place => place.Item2 is "Tacoma" or "Chicago" or "Marrakesh");
        Assert.Equal(places.Select(place => place.Item1).Order(StringComparer.Ordinal), places.Select(place => place.Item1));
    }

    [Fact]
    public async Task Series_earlier_editions_of_the_tacoma_summit_in_order()
    {
        var records = await Run("series-earlier-editions", new { @event = "event-us-china-sister-cities-summit-6" });

        Assert.Equal(["2014", "2015", "2016", "2019", "2023"], Column(records, "startDate").Select(date => date![..4]));
        Assert.Equal(
            ["Washington, D.C.", "Chicago", "Nanchang", "Houston", "Suzhou"],
            records.Select(record => (string)Assert.Single(record.Get<IReadOnlyList<object?>>("places"))!));
    }

    [Fact]
    public async Task Relationship_provenance_of_tacoma_and_fuzhou_is_the_twinning_sentence_of_the_tacoma_article()
    {
        var records = await Run("relationship-provenance", new { from = "تاكوما", to = "Fuzhou" });

        var twinning = Assert.Single(records);
        Assert.Equal("TWINNED_WITH", twinning.Get<string>("type"));
        Assert.Equal(Article001, twinning.Get<string>("article"));
        Assert.Contains(twinning.Get<IReadOnlyList<object?>>("properties"), pair => pair is IReadOnlyList<object?> { Count: 2 } kv && (string)kv[0]! == "since" && (string)kv[1]! == "1994");
        var quote = twinning.Get<string>("quote");
        Assert.Contains("1994", quote, StringComparison.Ordinal);
        Assert.Contains("فوتشو", quote, StringComparison.Ordinal);
        SeedData.Corpus.TryGetText(Article001, out var text);
        var span = twinning.Get<string>("span").Split(':')[1].Split('-').Select(int.Parse).ToArray();
        Assert.Equal(text[span[0]..span[1]], quote);
    }

    [Fact]
    public async Task Co_mentioned_entities_of_the_two_sister_city_articles()
    {
        var records = await Run("co-mentioned-entities", new { article1 = Article000, article2 = Article001 });
        var entities = Column(records, "entity");

        Assert.Contains("China", entities);
        Assert.Contains("United States", entities);
        Assert.Contains("China-US Sister Cities Conference", entities);
        Assert.DoesNotContain("Tacoma", entities);
        Assert.All(records, record => Assert.True(record.Get<long>("count1") > 0 && record.Get<long>("count2") > 0));
    }

    [Fact]
    public async Task Shortest_path_from_the_mayor_of_tacoma_to_fujian_goes_through_the_twin_cities()
    {
        var path = Assert.Single(await Run("shortest-path", new { from = "Victoria Woodards", to = "Fujian" }));

        Assert.Equal(3L, path.Get<long>("hops"));
        Assert.Equal(["Victoria Woodards", "Tacoma", "Fuzhou", "Fujian"], path.Get<IReadOnlyList<object?>>("names"));
        Assert.Equal(["HOLDS_OFFICE", "TWINNED_WITH"], path.Get<IReadOnlyList<object?>>("types").Take(2));
    }

    [Fact]
    public async Task Country_relations_of_china_and_kazakhstan()
    {
        var records = await Run("country-relations", new { country1 = "China", country2 = "كازاخستان" });
        var types = records.Select(record => (record.Get<string>("type"), record.Get<string>("direction"))).ToList();

        Assert.Contains(("DIPLOMATIC_RELATIONS", "--"), types);
        Assert.Contains(("LARGEST_TRADING_PARTNER", "->"), types);
        var partnership = Assert.Single(records, record => record.Get<string>("type") == "PARTNERSHIP");
        Assert.Contains("الشراكة الاستراتيجية الشاملة الدائمة", partnership.Get<string>("levelAr"), StringComparison.Ordinal);
    }
}
