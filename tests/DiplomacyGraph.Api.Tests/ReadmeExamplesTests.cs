using System.Text.Json;
using System.Text.RegularExpressions;
using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.GraphQL.AspNetCore.Tests;

namespace DiplomacyGraph.Api.Tests;

/// <summary>The example queries of the top-level README (the front door a new user pastes from), run as written: each must answer without errors and find something.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class ReadmeExamplesTests(ApiFixture fixture)
{
    public static TheoryData<int> Examples()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Queries().Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Fact]
    public void The_readme_shows_five_example_queries() => Assert.Equal(5, Queries().Count);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task An_example_query_answers_with_data(int example)
    {
        var data = await fixture.Api.QueryAsync(Queries()[example]);
        foreach (var field in data.EnumerateObject())
        {
            Assert.True(HasContent(field.Value), $"Example {example + 1}: '{field.Name}' found nothing.");
        }
    }

    private static List<string> Queries()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        return [.. GraphQLBlock().Matches(readme).Select(match => match.Groups["query"].Value).Where(query => !query.TrimStart().StartsWith("mutation", StringComparison.Ordinal))];
    }

    private static bool HasContent(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.GetArrayLength() > 0 && value.EnumerateArray().All(HasContent),
        JsonValueKind.Object => value.EnumerateObject().Any(),
        JsonValueKind.Null => false,
        _ => true,
    } && (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("nodes", out var nodes) || nodes.GetArrayLength() > 0);

    [GeneratedRegex("```graphql\n(?<query>.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
