using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// An Int literal past Int64 is valid GraphQL where a Float or an ID is expected (the fuzzer found it
/// answered INTERNAL_SERVER_ERROR): it must be read as the number it is and simply match nothing here.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OversizedIntegerLiteralTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("{ statistics(first: 2, where: {value: {gt: 99999999999999999999}}) { nodes { id } } }", "statistics.nodes")]
    [InlineData("{ statistics(first: 2, where: {value: {lt: -99999999999999999999}}) { nodes { id } } }", "statistics.nodes")]
    [InlineData("{ nodes(ids: [99999999999999999999]) { id } }", "nodes")]
    public async Task An_integer_literal_past_Int64_where_a_Float_or_an_ID_is_expected_matches_nothing(string query, string emptyAnswer)
    {
        var data = await fixture.Api.QueryAsync(query);

        var answer = data.At(emptyAnswer);
        Assert.True(answer.GetArrayLength() == 0 || answer.EnumerateArray().All(item => item.ValueKind == System.Text.Json.JsonValueKind.Null), answer.ToString());
    }
}
