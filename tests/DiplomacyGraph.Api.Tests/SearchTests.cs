using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// <c>search</c> finds entities by any spelling the normalizer folds together: Arabic hamza and alef
/// forms, taa marbuta, alef maqsura, diacritics, tatweel, the clitics و ف ب ك ل and the article
/// ال on the first word; English in any case and with or without accents. Exact matches rank
/// above prefix matches, above substring matches.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SearchTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("بكين", "city-beijing", "بكين")]
    [InlineData("بِكِّين", "city-beijing", "بكين")] // diacritics
    [InlineData("بكـــين", "city-beijing", "بكين")] // tatweel
    [InlineData("وبكين", "city-beijing", "بكين")] // the conjunction و
    [InlineData("بالصين", "country-china", "الصين")] // the preposition ب with the article
    [InlineData("للصين", "country-china", "الصين")] // ل + ال written لل
    [InlineData("صين", "country-china", "الصين")] // without the article
    [InlineData("TACOMA", "city-tacoma", "Tacoma")] // case
    [InlineData("Tácomá", "city-tacoma", "Tacoma")] // accents
    [InlineData("marrakech", "city-marrakesh", "Marrakech")] // an alias
    public async Task A_spelling_variant_finds_the_entity_as_an_exact_match(string text, string id, string matched)
    {
        var data = await fixture.Api.QueryAsync("query($text: String!) { search(text: $text) { score matched entity { id } } }", new { text });
        var best = data.At("search[0]");
        Assert.Equal(id, best.Text("entity.id"));
        Assert.Equal(matched, best.Text("matched"));
        Assert.True(best.At("score").GetDouble() >= 3, $"'{text}' should match exactly; score {best.At("score").GetDouble()}.");
    }

    /// <summary>
    /// Letter variants, tested on whichever entities of the loaded graph have such letters in their
    /// Arabic name: the name written with the other form must still be an exact match.
    /// </summary>
    [Theory]
    [InlineData("أ", "ا")] // hamza above → bare alef
    [InlineData("إ", "ا")] // hamza below → bare alef
    [InlineData("ة", "ه")] // taa marbuta → heh
    [InlineData("ى", "ي")] // alef maqsura → yeh
    public async Task An_arabic_name_written_with_the_other_letter_form_is_an_exact_match(string letter, string variant)
    {
        var names = await fixture.ColumnAsync<string>(
            "MATCH (n:Entity) WHERE n.nameAr CONTAINS $letter RETURN n.id + '|' + n.nameAr ORDER BY n.id LIMIT 3", new { letter });
        Assert.NotEmpty(names);
        foreach (var entry in names)
        {
            var (id, nameAr) = (entry[..entry.IndexOf('|')], entry[(entry.IndexOf('|') + 1)..]);
            var text = nameAr.Replace(letter, variant, StringComparison.Ordinal);
            var data = await fixture.Api.QueryAsync("query($text: String!) { search(text: $text, first: 20) { score matched entity { id } } }", new { text });
            var exact = data.At("search").EnumerateArray().Where(hit => hit.At("score").GetDouble() >= 3).ToList();
            Assert.Contains(exact, hit => hit.Text("entity.id") == id && hit.Text("matched") == nameAr);
        }
    }

    [Fact]
    public async Task Exact_matches_rank_above_prefix_matches_above_substring_matches()
    {
        var data = await fixture.Api.QueryAsync("""{ search(text: "china", first: 100) { score matched entity { id } } }""");
        var scores = data.At("search").EnumerateArray().Select(hit => hit.At("score").GetDouble()).ToList();
        var tiers = scores.Select(score => (int)Math.Floor(score)).ToList();

        Assert.Equal("country-china", data.Text("search[0].entity.id"));
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Contains(3, tiers);
        Assert.Contains(2, tiers);
        Assert.Contains(1, tiers);
        Assert.All(data.At("search").EnumerateArray().Where(hit => hit.At("score").GetDouble() is >= 2 and < 3),
            hit => Assert.StartsWith("china", hit.Text("matched")!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Labels_and_first_narrow_the_hits()
    {
        var data = await fixture.Api.QueryAsync("""{ search(text: "washington", labels: [City], first: 1) { entity { __typename id } } }""");
        var hit = Assert.Single(data.At("search").EnumerateArray());
        Assert.Equal("City", hit.Text("entity.__typename"));
        Assert.Equal("city-washington-dc", hit.Text("entity.id"));
    }

    [Fact]
    public async Task Text_that_matches_nothing_gives_no_hits()
    {
        var data = await fixture.Api.QueryAsync("""{ a: search(text: "zzqqxx") { score } b: search(text: "؟!،") { score } }""");
        Assert.Equal(0, data.At("a").GetArrayLength());
        Assert.Equal(0, data.At("b").GetArrayLength());
    }

    [Fact]
    public async Task First_outside_its_range_is_a_clear_error()
    {
        var response = await fixture.Api.PostAsync("""{ search(text: "china", first: 101) { score } }""");
        Assert.Contains("Argument 'first' of 'search' must be between 1 and 100; got 101.", Assert.Single(response.Errors), StringComparison.Ordinal);
    }
}
