using System.Text.Json;
using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests;

/// <summary>The example queries of the top-level README (the front door a new user pastes from), run as written: each must answer without errors and find something.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReadmeExamplesTests(ApiFixture fixture)
{
    public static TheoryData<int> Examples()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < ReadmeQueries.All().Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Fact]
    public void The_readme_shows_five_example_queries() => Assert.Equal(5, ReadmeQueries.All().Count);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task An_example_query_answers_with_data(int example)
    {
        var data = await fixture.Api.QueryAsync(ReadmeQueries.All()[example]);
        foreach (var field in data.EnumerateObject())
        {
            Assert.True(HasContent(field.Value), $"Example {example + 1}: '{field.Name}' found nothing.");
        }
    }

    [Fact]
    public async Task Example_five_draws_every_relationship_of_its_types_among_its_nodes_and_a_path_without_articles()
    {
        var data = await fixture.Api.QueryAsync(ReadmeQueries.All()[4]);
        var nodes = data.Strings("neighborhood.nodes", "id");
        var expected = await fixture.ColumnAsync<string>(
            "MATCH (a)-[r:TWINNED_WITH|LOCATED_IN|HELD_IN]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN r.id ORDER BY r.id",
            new { ids = nodes });
        Assert.Contains("city-fuzhou", nodes);
        Assert.Equal(expected, data.Strings("neighborhood.edges", "id").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(data.At("path.nodes").EnumerateArray(), node => node.At("labels").EnumerateArray().Any(label => label.GetString() == "Article"));
    }

    private static bool HasContent(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.GetArrayLength() > 0 && value.EnumerateArray().All(HasContent),
        JsonValueKind.Object => value.EnumerateObject().Any(),
        JsonValueKind.Null => false,
        _ => true,
    } && (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("nodes", out var nodes) || nodes.GetArrayLength() > 0);
}
