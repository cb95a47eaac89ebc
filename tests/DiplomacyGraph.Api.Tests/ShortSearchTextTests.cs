using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// Text whose words are all under three letters has no prefixes to look up; the fuzzer found that Neo4j
/// 3.1 then failed the search statement (GRAPH_DATABASE_ERROR on a seek of STARTS WITH null).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ShortSearchTextTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("T")]
    [InlineData("Ta")]
    [InlineData("Xi")]
    [InlineData("شي")]
    public async Task Search_for_words_under_three_letters_answers_without_error(string text)
    {
        var response = await fixture.Api.PostAsync("query($text: String!) { search(text: $text, first: 5) { score entity { id } } }", new { text });

        Assert.Empty(response.Errors);
    }
}
